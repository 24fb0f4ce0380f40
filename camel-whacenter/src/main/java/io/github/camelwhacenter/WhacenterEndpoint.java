/*
 * Copyright 2026 the camel-whacenter authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelwhacenter;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.github.camelwhacenter.device.DeviceMonitor;
import io.github.camelwhacenter.device.DeviceRegistry;
import io.github.camelwhacenter.device.SendAdmission;
import io.github.camelwhacenter.gateway.DeviceSendQueue;
import io.github.camelwhacenter.gateway.GatewayChannel;
import io.github.camelwhacenter.gateway.GatewayClient;
import io.github.camelwhacenter.gateway.GatewayClientSettings;
import io.github.camelwhacenter.gateway.GatewayService;
import io.github.camelwhacenter.model.WhacenterDeviceStatus;
import io.github.camelwhacenter.model.WhacenterResult;
import io.github.camelwhacenter.model.WhacenterWebhookInfo;
import io.github.camelwhacenter.support.HttpUrls;
import io.github.camelwhacenter.support.Secrets;
import io.github.camelwhacenter.webhook.WebhookHandler;
import io.github.camelwhacenter.webhook.WebhookRegistration;
import io.github.camelwhacenter.webhook.WebhookUrls;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.component.webhook.WebhookCapableEndpoint;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Send and receive WhatsApp messages, files, group and scheduled messages, and watch devices, through the Whacenter
 * gateway.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "whacenter", title = "Whacenter", syntax = "whacenter:operation",
             category = { Category.CHAT, Category.CLOUD, Category.API },
             headersClass = WhacenterConstants.class)
public class WhacenterEndpoint extends ScheduledPollEndpoint
        implements AsyncEndpoint, EndpointServiceLocation, WebhookCapableEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(WhacenterEndpoint.class);
    static final long DEFAULT_WATCHDOG_DELAY = 60_000;
    static final long DEFAULT_CONVERSATIONS_DELAY = 1_000;

    @UriPath(description = "The gateway operation to perform. sendButton is deprecated: the gateway documents that it no longer works.")
    @Metadata(required = true)
    private WhacenterOperation operation;
    @UriParam
    private WhacenterConfiguration configuration;
    /**
     * Milliseconds between two polls of the deviceStatus consumer (the device watchdog). Declared here for the catalog
     * only, which would otherwise show Camel's 500 ms: the value lives in ScheduledPollEndpoint, set to a minute by the
     * constructor, since each poll is a call to the gateway.
     */
    @UriParam(label = "consumer,scheduler", defaultValue = "60000", javaType = "long",
              description = "Milliseconds before the next poll: a minute by default, since each poll of the device watchdog is a call to the gateway; a second for whacenter:conversations.")
    @SuppressWarnings({ "unused", "FieldCanBeLocal" })
    private final long delay = DEFAULT_WATCHDOG_DELAY;

    private final String operationName;
    private FieldContext fieldContext;
    private GatewayChannel channel;
    private IdempotentRepository duplicates;
    private WebhookConfiguration webhookConfiguration;
    private final WebhookRegistration webhookRegistration = new WebhookRegistration(new RegistrationTarget());
    private volatile DeviceMonitor deviceMonitor;
    private long sendIntervalNanos;

    public WhacenterEndpoint(String uri, WhacenterComponent component, String operationName,
                             WhacenterConfiguration configuration) {
        super(uri, component);
        this.operationName = operationName;
        this.configuration = configuration;
        // the watchdog polls once a minute unless the URI says otherwise: a device's state changes rarely, and each
        // poll is a call to the gateway; the conversations consumer reads the store every second, no gateway call
        setDelay("conversations".equalsIgnoreCase(operationName) ? DEFAULT_CONVERSATIONS_DELAY : DEFAULT_WATCHDOG_DELAY);
    }

    @Override
    public WhacenterComponent getComponent() {
        return (WhacenterComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new WhacenterProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Consumer consumer;
        if ("webhook".equalsIgnoreCase(operationName)) {
            consumer = new WhacenterWebhookConsumer(this, processor);
        } else if ("deviceStatus".equalsIgnoreCase(operationName)) {
            consumer = new WhacenterDeviceStatusConsumer(this, processor);
        } else if ("conversations".equalsIgnoreCase(operationName)) {
            consumer = new WhacenterConversationsConsumer(this, processor);
        } else {
            throw new UnsupportedOperationException("whacenter:" + operationName + " cannot be a route's source: "
                                                    + "use whacenter:webhook (incoming messages), whacenter:deviceStatus "
                                                    + "(device watchdog) or whacenter:conversations (conversations ended "
                                                    + "without a reply)");
        }
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public Processor createWebhookHandler(Processor next) {
        return new WebhookHandler(webhookSettings(null), AsyncProcessorConverterHelper.convert(next), null,
                duplicatesRepository());
    }

    @Override
    public void registerWebhook() throws Exception {
        webhookRegistration.register(webhookUrls().registrationUrl(webhookConfiguration.computeFullExternalUrl()));
    }

    @Override
    public void unregisterWebhook() {
        // the gateway has no call to remove a webhook: the URL stays until another is set, or the previous one is restored
        webhookRegistration.restore();
    }

    @Override
    public List<String> getWebhookMethods() {
        return List.of("POST");
    }

    @Override
    public void setWebhookConfiguration(WebhookConfiguration webhookConfiguration) {
        this.webhookConfiguration = webhookConfiguration;
    }

    /**
     * Calls one gateway operation for the configured device outside any route (watchdog, registration), through the
     * component's gateway service, and waits for the answer.
     *
     * @param fields the operation's wire fields besides device_id
     * @throws WhacenterException as a producer would fail the exchange, a status:false answer included
     */
    WhacenterResult callGateway(WhacenterOperation gatewayOperation, Map<String, String> fields) {
        String deviceId = configuration.getDeviceId();
        if (deviceId == null || deviceId.isBlank()) {
            throw new WhacenterValidationException(gatewayOperation.name(), "deviceId",
                    "deviceId is missing: set the option deviceId on the component or the endpoint");
        }
        WhacenterResult result;
        try {
            result = channel.callAndWait(gatewayOperation, deviceId.strip(), fields);
        } catch (WhacenterException e) {
            if (gatewayOperation == WhacenterOperation.deviceStatus && deviceMonitor != null) {
                deviceMonitor.failed(e);
            }
            throw e;
        }
        observed(result);
        return result;
    }

    /** Tells the device's monitor what a status answer said, whoever asked. */
    private void observed(WhacenterResult result) {
        if (result instanceof WhacenterDeviceStatus status && status.isSuccess() && deviceMonitor != null) {
            deviceMonitor.observed(status);
        }
    }

    /**
     * The settings a webhook handler of this endpoint works with.
     *
     * @param servedPath the path template the HTTP engine serves, or null when camel-webhook serves its own
     */
    WebhookHandler.Settings webhookSettings(String servedPath) {
        return new WebhookHandler.Settings(configuration.getWebhookToken(), configuration.getWebhookTokenParameter(),
                servedPath, configuration.getWebhookMaxBodySize(), configuration.getWebhookAcceptedSource(),
                fieldContext.zone());
    }

    /** What webhook registration asks of the gateway, through this endpoint's settings. */
    private final class RegistrationTarget implements WebhookRegistration.Target {
        @Override
        public boolean restoreOnStop() {
            return configuration.isWebhookRestoreOnStop();
        }

        @Override
        public String registeredUrl() {
            return registeredWebhookUrl();
        }

        @Override
        public void register(String url) {
            registerWebhookUrl(url);
        }

        @Override
        public String mask(String url) {
            return webhookUrls().mask(url);
        }
    }

    WebhookRegistration getWebhookRegistration() {
        return webhookRegistration;
    }

    /** The URL the gateway posts the device's incoming messages to now; null or blank when none is. */
    String registeredWebhookUrl() {
        return ((WhacenterWebhookInfo) callGateway(WhacenterOperation.getWebhook, Map.of())).getWebhookUrl();
    }

    void registerWebhookUrl(String url) {
        callGateway(WhacenterOperation.setWebhook,
                Map.of(RequestField.WEBHOOK_URL.wireName(), RequestField.WEBHOOK_URL.toWire(url, fieldContext)));
        LOG.info("Registered the webhook URL {} at the gateway", webhookUrls().mask(url));
    }

    /** The URL to register at the gateway, and webhook URLs fit for a log line. */
    WebhookUrls webhookUrls() {
        return new WebhookUrls(configuration.getWebhookToken(), configuration.getWebhookTokenParameter(),
                configuration.getDeviceId());
    }

    synchronized IdempotentRepository duplicatesRepository() {
        if (!configuration.isSkipDuplicates()) {
            return null;
        }
        if (duplicates == null) {
            duplicates = configuration.getIdempotentRepository() != null
                    ? configuration.getIdempotentRepository() : MemoryIdempotentRepository.memoryIdempotentRepository(10_000);
            ServiceHelper.startService(duplicates);
        }
        return duplicates;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        String baseUrl = HttpUrls.requireAbsoluteHttpUrl(configuration.getBaseUrl());
        ZoneId zone;
        try {
            zone = ZoneId.of(configuration.getTimeZone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timeZone '" + configuration.getTimeZone()
                                               + "' is not a time zone: use a region id such as Asia/Jakarta", e);
        }
        if (configuration.getIoThreadCount() < 1) {
            throw new IllegalArgumentException("ioThreadCount must be at least 1, not " + configuration.getIoThreadCount());
        }
        sendIntervalNanos = DeviceSendQueue.intervalNanos(configuration.getSendRateLimit(),
                configuration.getSendRatePeriod(), configuration.getMinSendInterval());
        fieldContext = new FieldContext(configuration.getDefaultCountryCode(), zone, Clock.systemUTC());
        GatewayClientSettings clientSettings = new GatewayClientSettings(
                configuration.getConnectTimeout(), configuration.getResponseTimeout(),
                configuration.getConnectionRequestTimeout(), configuration.getMaxConnections(),
                configuration.getMaxResponseSize(),
                configuration.getProxyHost(), configuration.getProxyPort(), configuration.getProxyAuthUsername(),
                configuration.getProxyAuthPassword(),
                configuration.getSslContextParameters() == null
                        ? null : getGatewayService().sslContext(configuration.getSslContextParameters()),
                configuration.getIoThreadCount());
        channel = new GatewayChannel(getGatewayService(), new GatewayChannel.Settings(baseUrl,
                configuration.getHttpMethod(), configuration.getFormEncoding() == WhacenterFormEncoding.MULTIPART,
                configuration.getConnectionRequestTimeout(), configuration.getMaxResponseSize(),
                configuration.getWebhookToken(), clientSettings), this::isRunAllowed);
    }

    @Override
    @SuppressWarnings("deprecation")
    protected void doStart() throws Exception {
        super.doStart();
        if (operation == null) {
            try {
                operation = WhacenterOperation.fromName(operationName);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + " (endpoint " + this + ")");
            }
        }
        if (operation == WhacenterOperation.sendButton) {
            LOG.warn("{} uses sendButton, which the gateway documents as no longer working", this);
        }
        String deviceId = configuration.getDeviceId();
        if (deviceId != null && !deviceId.isBlank()) {
            deviceMonitor = getDevices().monitor(deviceId, this, configuration.getBaseUrl(),
                    () -> callGateway(WhacenterOperation.deviceStatus, Map.of()));
        }
    }

    @Override
    protected void doStop() throws Exception {
        try {
            DeviceMonitor monitor = deviceMonitor;
            if (monitor != null) {
                getDevices().release(configuration.getDeviceId(), this, monitor);
            }
            if (channel != null) {
                channel.close();
            }
        } finally {
            try {
                stopDuplicatesRepository();
            } finally {
                super.doStop();
            }
        }
    }

    private synchronized void stopDuplicatesRepository() {
        if (duplicates != null) {
            IdempotentRepository started = duplicates;
            duplicates = null;
            ServiceHelper.stopService(started);
        }
    }

    /** This endpoint's own pace for message sends, which may only tighten the component's per-device pace. */
    long getSendIntervalNanos() {
        return sendIntervalNanos;
    }

    GatewayService getGatewayService() {
        return getComponent().getGatewayService();
    }

    DeviceRegistry getDevices() {
        return getComponent().getDevices();
    }

    SendAdmission getAdmission() {
        return getComponent().getAdmission();
    }

    /** This endpoint's way to the gateway: its requests, its connection pool, the reading of the answers. */
    GatewayChannel getGatewayChannel() {
        return channel;
    }

    /**
     * The connection pool, opened at the first gateway call rather than at start.
     *
     * @return null when the endpoint is not running
     */
    GatewayClient getGatewayClient() {
        return channel.transport();
    }

    FieldContext getFieldContext() {
        return fieldContext;
    }

    public WhacenterOperation getOperation() {
        return operation;
    }

    /**
     * The gateway operation to perform.
     */
    public void setOperation(WhacenterOperation operation) {
        this.operation = operation;
    }

    public WhacenterConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(WhacenterConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    @Override
    public String toString() {
        return "Endpoint[" + Secrets.maskUri(URISupport.sanitizeUri(getEndpointUri())) + "]";
    }
}
