package io.github.camelwhacenter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import io.github.camelwhacenter.internal.GatewayClientSettings;
import io.github.camelwhacenter.internal.GatewayClient;
import io.github.camelwhacenter.internal.GatewayClients;
import io.github.camelwhacenter.internal.DeviceSendQueue;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * Sends WhatsApp messages through the Whacenter gateway and receives the messages it forwards.
 */
@Component("whacenter")
public class WhacenterComponent extends DefaultComponent implements SSLContextParametersAware {

    @Metadata(description = "The options every endpoint starts from; each can be overridden per endpoint.")
    private WhacenterConfiguration configuration = new WhacenterConfiguration();
    @Metadata(label = "security", defaultValue = "false")
    private boolean useGlobalSslContextParameters;

    private final GatewayClients gatewayClients = new GatewayClients();
    private final Map<String, DeviceSendQueue> sendQueues = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService rateLimitScheduler;

    public WhacenterComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        // the operation is checked when the endpoint starts: failing while it is resolved would make Camel print the resolved
        // URI, device id included, since Camel does not know the option is a secret
        WhacenterEndpoint endpoint = new WhacenterEndpoint(uri, this, remaining, configuration.copy());
        setProperties(endpoint, parameters);
        if (endpoint.getConfiguration().getSslContextParameters() == null && useGlobalSslContextParameters) {
            endpoint.getConfiguration().setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        return endpoint;
    }

    GatewayClient acquireGatewayClient(GatewayClientSettings settings) {
        return gatewayClients.acquire(settings);
    }

    void releaseGatewayClient(GatewayClientSettings settings) {
        gatewayClients.release(settings);
    }

    /** The send queue of one device, paced by the settings of the first endpoint that sends for it. */
    DeviceSendQueue sendQueue(String deviceId, WhacenterConfiguration settings) {
        return sendQueues.computeIfAbsent(deviceId, id -> new DeviceSendQueue(settings.getSendRateLimit(),
                settings.getSendRatePeriod(), settings.getMinSendInterval(), rateLimitScheduler()));
    }

    /** Where paced sends wait for their turn: one thread that only hands them to the HTTP client. */
    private ScheduledExecutorService rateLimitScheduler() {
        if (rateLimitScheduler == null) {
            synchronized (this) {
                if (rateLimitScheduler == null) {
                    rateLimitScheduler = getCamelContext().getExecutorServiceManager()
                            .newSingleThreadScheduledExecutor(this, "WhacenterSendRateLimit");
                }
            }
        }
        return rateLimitScheduler;
    }

    @Override
    protected void doStop() throws Exception {
        if (rateLimitScheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdown(rateLimitScheduler);
            rateLimitScheduler = null;
        }
        sendQueues.clear();
        gatewayClients.closeAll();
        super.doStop();
    }

    public WhacenterConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The options every endpoint starts from; each can be overridden per endpoint.
     */
    public void setConfiguration(WhacenterConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /**
     * Use the global SSL context parameters of the CamelContext for HTTPS to the gateway.
     */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
