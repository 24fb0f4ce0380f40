package io.github.camelwhacenter;

import java.util.Map;

import io.github.camelwhacenter.model.WhacenterWebhookInfo;
import org.apache.camel.Component;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the gateway's webhook POSTs through camel-platform-http, so the same route runs on Camel Main's server,
 * Spring Boot's servlet container or any other platform-http engine.
 */
public class WhacenterWebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(WhacenterWebhookConsumer.class);
    static final String MISSING_HTTP_SERVER = "whacenter:webhook receives HTTP through camel-platform-http with an HTTP "
                                              + "engine, and none was found: add camel-platform-http-main (Camel Main, "
                                              + "with camel.server.enabled=true), camel-platform-http-starter (Spring Boot) "
                                              + "or camel-platform-http-vertx";

    private final WhacenterEndpoint endpoint;
    private Consumer httpConsumer;
    private String previousWebhookUrl;
    private boolean registered;

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
        WebhookHandler handler = new WebhookHandler(configuration, endpoint.getFieldContext().zone(), getAsyncProcessor(),
                this, endpoint.duplicatesRepository());
        try {
            // created on demand: an existing instance is not required, but the engine behind it is
            Component platformHttp = getEndpoint().getCamelContext().getComponent("platform-http", true);
            if (platformHttp == null) {
                throw new IllegalStateException("camel-platform-http is not on the classpath");
            }
            Endpoint http = getEndpoint().getCamelContext().getEndpoint("platform-http:" + configuration.getWebhookPath());
            httpConsumer = http.createConsumer(handler);
            ServiceHelper.startService(httpConsumer);
        } catch (Exception e) {
            throw new IllegalStateException(MISSING_HTTP_SERVER + " (" + e.getMessage() + ")", e);
        }
        LOG.info("Receiving Whacenter webhook posts on path {}", configuration.getWebhookPath());
        if (configuration.getWebhookExternalUrl() != null) {
            if (configuration.isWebhookRestoreOnStop()) {
                previousWebhookUrl = ((WhacenterWebhookInfo) endpoint.callGateway(WhacenterOperation.getWebhook, Map.of()))
                        .getWebhookUrl();
            }
            endpoint.registerWebhookUrl(endpoint.registrationUrl(configuration.getWebhookExternalUrl()));
            registered = true;
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (registered && endpoint.getConfiguration().isWebhookRestoreOnStop()) {
            registered = false;
            if (previousWebhookUrl != null && !previousWebhookUrl.isBlank()) {
                endpoint.registerWebhookUrl(previousWebhookUrl);
            } else {
                LOG.info("No webhook URL was registered before this consumer: the gateway keeps this consumer's URL");
            }
        }
        ServiceHelper.stopAndShutdownService(httpConsumer);
        httpConsumer = null;
        super.doStop();
    }
}
