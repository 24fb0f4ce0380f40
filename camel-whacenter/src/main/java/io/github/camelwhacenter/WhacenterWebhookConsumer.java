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

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelwhacenter.device.OptOuts;
import io.github.camelwhacenter.gateway.WhacenterMetrics;
import io.github.camelwhacenter.health.WhacenterWebhookHealthCheck;
import io.github.camelwhacenter.media.MediaFetcher;
import io.github.camelwhacenter.webhook.InflightDeliveries;
import io.github.camelwhacenter.webhook.VertxRequestBody;
import io.github.camelwhacenter.webhook.VertxWebhookEngine;
import io.github.camelwhacenter.webhook.WebhookActivity;
import io.github.camelwhacenter.webhook.WebhookHandler;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.apache.camel.component.platform.http.spi.PlatformHttpEngine;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the gateway's webhook POSTs through camel-platform-http, so the same route runs on Camel Main's server,
 * Spring Boot's servlet container or any other platform-http engine.
 */
public class WhacenterWebhookConsumer extends DefaultConsumer implements Suspendable {

    private static final Logger LOG = LoggerFactory.getLogger(WhacenterWebhookConsumer.class);
    static final String MISSING_HTTP_SERVER = "whacenter:webhook receives HTTP through camel-platform-http with an HTTP "
                                              + "engine, and none was found: add camel-platform-http-main (Camel Main, "
                                              + "with camel.server.enabled=true), camel-platform-http-starter (Spring Boot) "
                                              + "or camel-platform-http-vertx";


    private final WhacenterEndpoint endpoint;
    private Consumer httpConsumer;
    private AutoCloseable bodyLimit;
    private volatile WebhookHandler handler;
    private MediaFetcher mediaFetcher;
    /** The deliveries held on Vert.x; null on an engine that reads bodies before the consumer sees them. */
    private volatile InflightDeliveries inflight;
    private volatile String registeredUrl;

    public WhacenterWebhookConsumer(WhacenterEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    public WhacenterEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        WhacenterConfiguration configuration = endpoint.getConfiguration();
        registeredUrl = null;
        if (HealthCheckRegistry.get(getEndpoint().getCamelContext()) != null && !(getHealthCheck() instanceof WhacenterWebhookHealthCheck)) {
            // Camel's check of the route's consumer reports this one
            setHealthCheck(new WhacenterWebhookHealthCheck(new HealthSource(), endpoint.getComponent().getDeviceCheckInterval()));
        }
        if (configuration.getWebhookBodyTimeout() <= 0) {
            throw new IllegalArgumentException("webhookBodyTimeout must be positive, not " + configuration.getWebhookBodyTimeout());
        }
        if (configuration.getWebhookMaxInflight() < 1) {
            throw new IllegalArgumentException("webhookMaxInflight must be at least 1, not " + configuration.getWebhookMaxInflight());
        }
        AsyncProcessor route = getAsyncProcessor();
        if (configuration.isFetchMedia()) {
            mediaFetcher = new MediaFetcher(MediaFetching.policy(configuration));
            route = new WebhookMediaFetch(route, mediaFetcher, configuration.getMediaFetchFailure(),
                    endpoint.getGatewayService()::continueOnWorker);
        }
        String deviceId = configuration.getDeviceId();
        if (deviceId != null && !deviceId.isBlank()) {
            route = new WebhookConversations(route, endpoint.getComponent()::getConversations, deviceId.strip(),
                    configuration.getDefaultCountryCode());
            route = new WebhookReplies(route, endpoint.getComponent()::getReplies, deviceId.strip(),
                    configuration.getDefaultCountryCode());
            if (endpoint.getComponent().getUnansweredBudget() > 0) {
                route = new WebhookContacts(route, endpoint.getComponent().getAdmission(), deviceId.strip(),
                        configuration.getDefaultCountryCode());
            }
        }
        route = optOuts(route, configuration);
        WebhookHandler handler = new WebhookHandler(endpoint.webhookSettings(configuration.getWebhookPath()),
                route, this, endpoint.duplicatesRepository());
        this.handler = handler;
        WhacenterMetrics metrics = endpoint.getGatewayService().metrics();
        handler.activity().reportTo(outcome -> metrics.webhookPost(getRouteId(), outcome));
        try {
            // created on demand: an existing instance is not required, but the engine behind it is
            Component platformHttp = getEndpoint().getCamelContext().getComponent("platform-http", true);
            if (platformHttp == null) {
                throw new IllegalStateException("camel-platform-http is not on the classpath");
            }
            PlatformHttpEngine vertx = vertxEngine(platformHttp, handler, configuration);
            if (vertx == null) {
                bodyLimit = bodyLimit(configuration);
            }
            // on Vert.x the engine hands the request over unread and the webhook's own engine reads it on the event loop
            String uri = "platform-http:" + configuration.getWebhookPath() + (vertx == null ? "" : "?useBodyHandler=false");
            PlatformHttpEndpoint http = getEndpoint().getCamelContext().getEndpoint(uri, PlatformHttpEndpoint.class);
            http.setPlatformHttpEngine(vertx);
            httpConsumer = http.createConsumer(handler);
            ServiceHelper.startService(httpConsumer);
        } catch (Exception e) {
            stopHttpConsumer();
            throw new IllegalStateException(MISSING_HTTP_SERVER + " (" + e.getMessage() + ")", e);
        }
        LOG.info("Receiving Whacenter webhook posts on path {}", configuration.getWebhookPath());
        if (configuration.getWebhookExternalUrl() != null) {
            try {
                String url = endpoint.webhookUrls().registrationUrl(configuration.getWebhookExternalUrl());
                endpoint.getWebhookRegistration().register(url);
                registeredUrl = url;
            } catch (RuntimeException e) {
                // a consumer that failed to start must not keep its path bound
                stopHttpConsumer();
                throw e;
            }
        }
    }

    /** Records opt-out and opt-in keywords before the route runs, when the component honours opt-outs. */
    private AsyncProcessor optOuts(AsyncProcessor route, WhacenterConfiguration configuration) {
        WhacenterComponent component = endpoint.getComponent();
        OptOuts optOuts = component.getOptOuts();
        if (optOuts == null) {
            return route;
        }
        String deviceId = configuration.getDeviceId();
        if (deviceId == null || deviceId.isBlank()) {
            LOG.warn("Opt-outs received on webhook path {} are not recorded: they are kept per device, and this endpoint "
                     + "has no deviceId (set it on the component or the endpoint)", configuration.getWebhookPath());
            return route;
        }
        return new WebhookOptOut(route, optOuts, deviceId.strip(), configuration.getDefaultCountryCode(),
                WhacenterComponent.keywords(component.getOptOutKeywords()),
                WhacenterComponent.keywords(component.getOptInKeywords()));
    }

    /** What the consumer received since it last started; null before it first started. */
    WebhookActivity activity() {
        WebhookHandler current = handler;
        return current == null ? null : current.activity();
    }

    /**
     * What the dev console and JMX show of this consumer, no token: its path and registered URL, what it received, and
     * on Vert.x the deliveries it holds now ({@code inflight}, {@code reading}, {@code waitingForThread},
     * {@code longestWaitMillis}).
     */
    public Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("route", getRouteId());
        report.put("path", endpoint.getConfiguration().getWebhookPath());
        String url = registeredUrl;
        report.put("registeredUrl", url == null ? null : endpoint.webhookUrls().mask(url));
        WebhookActivity activity = activity();
        if (activity != null) {
            report.putAll(activity.report());
        }
        InflightDeliveries.Report held = inflight();
        if (held != null) {
            report.putAll(held.asMap());
        }
        return report;
    }

    /** The deliveries this consumer holds now, on Vert.x; null on an engine that holds them in its own threads. */
    InflightDeliveries.Report inflight() {
        InflightDeliveries current = inflight;
        return current == null ? null : current.report();
    }

    /** The URL this consumer registered at the gateway, token included; null when it has not (yet). */
    String registeredUrl() {
        return registeredUrl;
    }

    /** What the webhook's health check reads of this consumer. */
    private final class HealthSource implements WhacenterWebhookHealthCheck.Source {
        @Override
        public String path() {
            return endpoint.getConfiguration().getWebhookPath();
        }

        @Override
        public WebhookActivity activity() {
            return WhacenterWebhookConsumer.this.activity();
        }

        @Override
        public InflightDeliveries.Report inflight() {
            return WhacenterWebhookConsumer.this.inflight();
        }

        @Override
        public boolean registers() {
            return endpoint.getConfiguration().getWebhookExternalUrl() != null;
        }

        @Override
        public String registeredUrl() {
            return registeredUrl;
        }

        @Override
        public String gatewayUrl() {
            return endpoint.registeredWebhookUrl();
        }

        @Override
        public String mask(String url) {
            return endpoint.webhookUrls().mask(url);
        }
    }

    @Override
    protected void doStop() throws Exception {
        registeredUrl = null;
        try {
            endpoint.getWebhookRegistration().restore();
        } finally {
            try {
                stopHttpConsumer();
            } finally {
                try {
                    if (mediaFetcher != null) {
                        mediaFetcher.close();
                        mediaFetcher = null;
                    }
                } finally {
                    super.doStop();
                }
            }
        }
    }

    /** Suspended, the HTTP engine answers 503 and the gateway keeps the webhook URL: no gateway call either way. */
    @Override
    protected void doSuspend() throws Exception {
        ServiceHelper.suspendService(httpConsumer);
    }

    @Override
    protected void doResume() throws Exception {
        ServiceHelper.resumeService(httpConsumer);
    }

    private void stopHttpConsumer() {
        Consumer consumer = httpConsumer;
        httpConsumer = null;
        try {
            ServiceHelper.stopAndShutdownService(consumer);
        } finally {
            AutoCloseable limit = bodyLimit;
            bodyLimit = null;
            if (limit != null) {
                try {
                    limit.close();
                } catch (Exception e) {
                    LOG.debug("Removing the webhook's body limit failed: {}", e.getMessage());
                }
            }
        }
    }

    /**
     * On Vert.x (camel-platform-http-vertx's engine, its classes visible to this bundle) the webhook's path gets an
     * engine of its own that reads each body on the event loop, within webhookMaxBodySize and webhookBodyTimeout,
     * before a worker thread is taken.
     *
     * @return that engine, or null when another engine serves the path
     */
    private PlatformHttpEngine vertxEngine(Component platformHttp, WebhookHandler handler,
                                           WhacenterConfiguration configuration) {
        InflightDeliveries held = new InflightDeliveries(configuration.getWebhookMaxInflight(), System::nanoTime);
        PlatformHttpEngine engine = VertxEngines.ownEngine(getEndpoint().getCamelContext(), platformHttp,
                vertx -> new VertxWebhookEngine(vertx, handler,
                        new VertxRequestBody(configuration.getWebhookMaxBodySize(), configuration.getWebhookBodyTimeout()), held));
        inflight = engine == null ? null : held;
        return engine;
    }

    /**
     * An engine that reads the whole body before the consumer sees it: an engine integration that offers
     * {@link WebhookBodyLimits} (the Spring Boot starter's filter) is told the path and limit; elsewhere the consumer
     * says once where to set a limit.
     */
    private AutoCloseable bodyLimit(WhacenterConfiguration configuration) {
        CamelContext context = getEndpoint().getCamelContext();
        WebhookBodyLimits limits = context.getRegistry().findSingleByType(WebhookBodyLimits.class);
        if (limits != null) {
            return limits.add(configuration.getWebhookPath(), configuration.getWebhookMaxBodySize(),
                    configuration.getWebhookBodyTimeout(), configuration.getWebhookMaxInflight());
        }
        LOG.warn("The HTTP engine reads each webhook body whole before the consumer can refuse it: limit request bodies "
                 + "to webhookMaxBodySize ({} bytes) at the engine or the reverse proxy in front of it, so that no client "
                 + "can fill the heap (see the component's page, Security)", configuration.getWebhookMaxBodySize());
        return null;
    }
}
