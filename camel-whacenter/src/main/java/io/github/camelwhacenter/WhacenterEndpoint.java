package io.github.camelwhacenter;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

import io.github.camelwhacenter.internal.GatewayClient;
import io.github.camelwhacenter.internal.GatewayClientSettings;
import io.github.camelwhacenter.internal.HttpUrls;
import io.github.camelwhacenter.internal.Secrets;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Send WhatsApp messages, files, group and scheduled messages, and manage devices, through the Whacenter gateway.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "whacenter", title = "Whacenter", syntax = "whacenter:operation",
             producerOnly = true, category = { Category.CHAT, Category.CLOUD, Category.API },
             headersClass = WhacenterConstants.class)
public class WhacenterEndpoint extends DefaultEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    private static final Logger LOG = LoggerFactory.getLogger(WhacenterEndpoint.class);

    @UriPath(description = "The gateway operation to perform. sendButton is deprecated: the gateway documents that it no longer works.")
    @Metadata(required = true)
    private WhacenterOperation operation;
    @UriParam
    private WhacenterConfiguration configuration;

    private final String operationName;
    private FieldContext fieldContext;
    private GatewayClientSettings clientSettings;
    private GatewayClient gatewayClient;

    public WhacenterEndpoint(String uri, WhacenterComponent component, String operationName,
                             WhacenterConfiguration configuration) {
        super(uri, component);
        this.operationName = operationName;
        this.configuration = configuration;
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
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException(
                "whacenter:" + operationName + " has no consumer: the whacenter endpoints are producers");
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        HttpUrls.requireAbsoluteHttpUrl(configuration.getBaseUrl());
        ZoneId zone;
        try {
            zone = ZoneId.of(configuration.getTimeZone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timeZone '" + configuration.getTimeZone()
                                               + "' is not a time zone: use a region id such as Asia/Jakarta", e);
        }
        fieldContext = new FieldContext(configuration.getDefaultCountryCode(), zone, Clock.systemUTC());
        clientSettings = new GatewayClientSettings(
                configuration.getConnectTimeout(), configuration.getResponseTimeout(), configuration.getMaxConnections(),
                configuration.getProxyHost(), configuration.getProxyPort(), configuration.getProxyAuthUsername(),
                configuration.getProxyAuthPassword(),
                configuration.getSslContextParameters() == null
                        ? null : configuration.getSslContextParameters().createSSLContext(getCamelContext()));
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
        gatewayClient = getComponent().acquireGatewayClient(clientSettings);
    }

    @Override
    protected void doStop() throws Exception {
        if (gatewayClient != null) {
            gatewayClient = null;
            getComponent().releaseGatewayClient(clientSettings);
        }
        super.doStop();
    }

    GatewayClient getGatewayClient() {
        return gatewayClient;
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
