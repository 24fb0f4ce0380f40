package io.github.camelwhacenter;

import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Sends WhatsApp messages through the Whacenter gateway and receives the messages it forwards.
 */
@Component("whacenter")
public class WhacenterComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "The options every endpoint starts from; each can be overridden per endpoint.")
    private WhacenterConfiguration configuration = new WhacenterConfiguration();
    @Metadata(label = "security", defaultValue = "false")
    private boolean useGlobalSslContextParameters;

    @Metadata(label = "producer", defaultValue = "1000")
    private int sendQueueCapacity = 1_000;
    @Metadata(label = "advanced")
    private ExecutorService workerPool;
    @Metadata(label = "advanced", defaultValue = "10")
    private int workerPoolSize = 10;
    @Metadata(label = "health", defaultValue = "60000", javaType = "java.time.Duration")
    private long deviceCheckInterval = 60_000;
    @Metadata(label = "producer", defaultValue = "OFF")
    private WhacenterDeviceGuard deviceGuard = WhacenterDeviceGuard.OFF;
    @Metadata(label = "producer", defaultValue = "3")
    private int deviceGuardThreshold = 3;

    private final WhacenterGatewayService gateway = new WhacenterGatewayService(this);

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

    /** The one way to the gateway that producers, consumers and registration share. */
    WhacenterGatewayService getGatewayService() {
        return gateway;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (sendQueueCapacity < 1) {
            throw new IllegalArgumentException("sendQueueCapacity must be at least 1, not " + sendQueueCapacity);
        }
        if (deviceGuardThreshold < 1) {
            throw new IllegalArgumentException("deviceGuardThreshold must be at least 1, not " + deviceGuardThreshold);
        }
        if (deviceCheckInterval < 1) {
            throw new IllegalArgumentException("deviceCheckInterval must be positive, not " + deviceCheckInterval);
        }
        if (workerPoolSize < 1) {
            throw new IllegalArgumentException("workerPoolSize must be at least 1, not " + workerPoolSize);
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ServiceHelper.startService(gateway);
    }

    @Override
    protected void doStop() throws Exception {
        try {
            ServiceHelper.stopService(gateway);
        } finally {
            super.doStop();
        }
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

    public int getSendQueueCapacity() {
        return sendQueueCapacity;
    }

    /**
     * The most paced sends one device may have waiting behind the send in progress (see sendRateLimit and
     * minSendInterval); a send beyond it fails at once with WhacenterSendQueueFullException, so a parallel split or a flood of webhook replies
     * cannot grow the heap without bound. Sends are paced and queued per device within this JVM.
     */
    public void setSendQueueCapacity(int sendQueueCapacity) {
        this.sendQueueCapacity = sendQueueCapacity;
    }

    public ExecutorService getWorkerPool() {
        return workerPool;
    }

    /**
     * The thread pool exchanges continue on once the gateway answered, so that route work after a whacenter step
     * never runs on, or holds up, the HTTP client's few I/O threads. By default a pool of workerPoolSize threads from
     * Camel's executor service manager, named WhacenterWorker, with a queue of 1000; when the pool refuses a task the
     * I/O thread runs it. A pool set here is not shut down by the component, and must not discard what it refuses.
     */
    public void setWorkerPool(ExecutorService workerPool) {
        this.workerPool = workerPool;
    }

    public int getWorkerPoolSize() {
        return workerPoolSize;
    }

    /**
     * The number of threads of the default workerPool.
     */
    public void setWorkerPoolSize(int workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
    }

    public long getDeviceCheckInterval() {
        return deviceCheckInterval;
    }

    /**
     * How old what the health checks report of a device and its gateway may be (milliseconds, or a duration such as
     * 30s). When health is read and the device's state is older than this, the gateway is asked once; every status
     * the gateway answered meanwhile (a device watchdog's poll, a deviceStatus call) counts, so with a watchdog polling
     * as often the health checks add no gateway calls.
     */
    public void setDeviceCheckInterval(long deviceCheckInterval) {
        this.deviceCheckInterval = deviceCheckInterval;
    }

    public WhacenterDeviceGuard getDeviceGuard() {
        return deviceGuard;
    }

    /**
     * What message sends to a device do while it is known not to be connected to WhatsApp, as a status the gateway
     * answered said (a device watchdog's poll, a health check, a deviceStatus call) or after deviceGuardThreshold sends
     * in a row were refused as not connected. FAIL_FAST fails them at once with WhacenterDeviceNotConnectedException
     * (final, nothing sent); PAUSE keeps them, at most sendQueueCapacity, until the device is seen connected again
     * (paced sends then go in the order they came). While the guard is open it asks the gateway for the device's status once per
     * deviceCheckInterval. OFF sends whatever is known. Covers the devices of endpoints and the component, not a
     * device named only in the CamelWhacenterDeviceId header.
     */
    public void setDeviceGuard(WhacenterDeviceGuard deviceGuard) {
        this.deviceGuard = deviceGuard;
    }

    public int getDeviceGuardThreshold() {
        return deviceGuardThreshold;
    }

    /**
     * How many message sends in a row the gateway must refuse as not connected before the device guard opens.
     */
    public void setDeviceGuardThreshold(int deviceGuardThreshold) {
        this.deviceGuardThreshold = deviceGuardThreshold;
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
