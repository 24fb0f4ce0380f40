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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

import io.github.camelwhacenter.internal.DeviceSendQueue;
import io.github.camelwhacenter.internal.GatewayClient;
import io.github.camelwhacenter.internal.GatewayClientSettings;
import io.github.camelwhacenter.internal.GatewayClients;
import io.github.camelwhacenter.internal.Secrets;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.concurrent.Rejectable;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The component's one way to the gateway, used alike by its producers, its consumers and webhook registration. It
 * owns the connection pools, paces each device's message sends by the component's rate limit, continues exchanges on
 * a worker pool rather than on the HTTP client's few I/O threads, and knows every call still pending, so that a stop
 * fails each of them with a typed exception instead of losing it.
 */
final class WhacenterGatewayService extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(WhacenterGatewayService.class);
    /** Continuations waiting for a worker; beyond it the I/O thread that completed the call runs its continuation. */
    static final int WORKER_QUEUE_SIZE = 1_000;
    private static final long HOUSEKEEPING_MILLIS = 250;
    private static final String PACER = "WhacenterSendPacer";
    private static final ThreadPoolProfile PACER_PROFILE = pacerProfile();

    private final WhacenterComponent component;
    private final GatewayClients clients = new GatewayClients();
    private final Map<String, DeviceSendQueue> sendQueues = new ConcurrentHashMap<>();
    private final Map<String, DeviceMonitor> monitors = new ConcurrentHashMap<>();
    private final Map<String, DeviceGuard> guards = new ConcurrentHashMap<>();
    private final Map<String, DeviceSendPolicy> sendPolicies = new ConcurrentHashMap<>();
    private final Map<String, HealthCheck> gatewayChecks = new ConcurrentHashMap<>();
    private final Map<String, HealthCheck> deviceChecks = new ConcurrentHashMap<>();
    private final List<HealthCheck> healthChecks = new CopyOnWriteArrayList<>();
    private final PendingCalls pending = new PendingCalls();
    private final Map<SSLContextParameters, SSLContext> sslContexts = new IdentityHashMap<>();
    private volatile ExecutorService workerPool;
    private volatile WhacenterMetrics metrics = WhacenterMetrics.NONE;
    private boolean ownsWorkerPool;
    private volatile ScheduledExecutorService pacer;
    private ScheduledFuture<?> housekeeping;
    private long deviceIntervalNanos;

    WhacenterGatewayService(WhacenterComponent component) {
        this.component = component;
    }

    @Override
    protected void doStart() throws Exception {
        CamelContext context = component.getCamelContext();
        metrics = WhacenterMetrics.of(context);
        WhacenterConfiguration policy = component.getConfiguration();
        deviceIntervalNanos = DeviceSendQueue.intervalNanos(policy.getSendRateLimit(), policy.getSendRatePeriod(),
                policy.getMinSendInterval());
        if (component.getWorkerPool() != null) {
            workerPool = component.getWorkerPool();
            ownsWorkerPool = false;
        } else {
            ThreadPoolProfile profile = new ThreadPoolProfile("WhacenterWorker");
            profile.setPoolSize(component.getWorkerPoolSize());
            profile.setMaxPoolSize(component.getWorkerPoolSize());
            profile.setMaxQueueSize(WORKER_QUEUE_SIZE);
            profile.setAllowCoreThreadTimeOut(true);
            // Abort hands a refused continuation back to continueOnWorker, which runs it; CallerRuns would drop it
            // silently once the pool is shut down
            profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
            workerPool = context.getExecutorServiceManager().newThreadPool(this, "WhacenterWorker", profile);
            ownsWorkerPool = true;
        }
    }

    @Override
    protected void doStop() throws Exception {
        try {
            int failed = pending.failAll(WhacenterGatewayService::stoppedWhilePending);
            if (failed > 0) {
                LOG.warn("The Whacenter component stopped with {} gateway calls pending: each was failed", failed);
            }
        } finally {
            try {
                // nothing is left in them by now; closing refuses what a late caller might still offer
                sendQueues.values().forEach(queue -> queue.close(
                        new WhacenterNotSentException("send", "the component stopped before the send's turn came", null)));
                sendQueues.clear();
            } finally {
                try {
                    clients.closeAll();
                } finally {
                    synchronized (sslContexts) {
                        sslContexts.clear();
                    }
                    try {
                        unregisterHealthChecks();
                    } finally {
                        try {
                            metrics.close();
                            metrics = WhacenterMetrics.NONE;
                        } finally {
                            shutdownExecutors();
                        }
                    }
                }
            }
        }
    }

    private void shutdownExecutors() {
        synchronized (this) {
            if (housekeeping != null) {
                housekeeping.cancel(false);
                housekeeping = null;
            }
        }
        ScheduledExecutorService scheduler = pacer;
        pacer = null;
        if (scheduler != null) {
            // every queue is closed and its sends failed by now: nothing left in the scheduler has to run
            component.getCamelContext().getExecutorServiceManager().shutdownNow(scheduler);
        }
        ExecutorService workers = workerPool;
        if (workers != null && ownsWorkerPool) {
            // graceful: continuations already queued still run
            component.getCamelContext().getExecutorServiceManager().shutdown(workers);
        }
    }

    /** The failure for a call still pending when its owner stops. */
    static WhacenterException stoppedWhilePending(GatewayCall call) {
        String operation = call.operation().name();
        return call.isHandedToClient()
                ? new WhacenterConnectionException(operation, "stopped while the request was in flight: the gateway may "
                                                              + "have received it, but its answer was cut off", null)
                : new WhacenterNotSentException(operation, "stopped before the request's turn came", null);
    }

    GatewayClient acquireClient(GatewayClientSettings settings) {
        GatewayClient client = clients.acquire(settings);
        startHousekeeping();
        return client;
    }

    /**
     * Every 250 ms, fails the calls that waited longer than connectionRequestTimeout for a connection: HttpClient's
     * pool checks that deadline only when a connection is leased or released, so behind busy, slow connections a
     * request would wait until one of them is answered.
     */
    private synchronized void startHousekeeping() {
        if (housekeeping == null) {
            housekeeping = pacer().scheduleWithFixedDelay(this::expireWaitingCalls, HOUSEKEEPING_MILLIS,
                    HOUSEKEEPING_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void expireWaitingCalls() {
        try {
            long now = System.nanoTime();
            pending.forEach(call -> {
                if (call.isWaitingForAConnectionSince(now)) {
                    call.fail(GatewayAnswer.noFreeConnection(call.operation(), null));
                }
            });
        } catch (RuntimeException e) {
            // a periodic task that throws is never run again
            LOG.debug("Expiring calls waiting for a connection failed: {}", e.getMessage());
        }
    }

    /**
     * One SSLContext per SSLContextParameters object, so that endpoints on one bean (or on the global parameters)
     * compare equal and share one pool and its I/O threads, instead of a pool each.
     */
    SSLContext sslContext(SSLContextParameters parameters) throws Exception {
        synchronized (sslContexts) {
            SSLContext created = sslContexts.get(parameters);
            if (created == null) {
                created = parameters.createSSLContext(component.getCamelContext());
                sslContexts.put(parameters, created);
            }
            return created;
        }
    }

    GatewayClient replaceIfBroken(GatewayClientSettings settings, GatewayClient client) {
        return clients.replaceIfBroken(settings, client);
    }

    void releaseClient(GatewayClientSettings settings) {
        clients.release(settings);
    }

    /**
     * Makes one call; its callback runs once, on a worker thread.
     *
     * @param endpointIntervalNanos the calling endpoint's own pace, which may only tighten the component's
     * @param owner                 the pending calls of the caller, which it fails when it stops
     */
    void call(WhacenterOperation operation, String deviceId, SimpleHttpRequest request, boolean scheduled,
              Supplier<GatewayClient> client, long leaseTimeoutMillis, long endpointIntervalNanos,
              PendingCalls owner, GatewayCall.Callback callback) {
        long interval = operation.isMessageSend()
                ? sendPolicy(deviceId).intervalNanos(Math.max(deviceIntervalNanos, endpointIntervalNanos)) : 0;
        GatewayCall[] measuring = new GatewayCall[1];
        GatewayCall call = new GatewayCall(operation, request, client, leaseTimeoutMillis, interval, (response, failure) -> {
            try {
                measure(operation, deviceId, measuring[0], response != null);
            } finally {
                callback.done(response, failure);
            }
        }, this::continueOnWorker, pending, owner);
        measuring[0] = call;
        if (scheduled) {
            call.carriesSchedule();
        }
        if (!isRunAllowed()) {
            call.fail(new WhacenterNotSentException(operation.name(), "the component is not running", null));
            return;
        }
        DeviceGuard guard = operation.isMessageSend() ? guards.get(deviceId) : null;
        if (guard != null) {
            switch (guard.admit(call)) {
                case REFUSED -> call.fail(guard.refusal(operation));
                case FULL -> call.fail(new WhacenterSendQueueFullException(operation.name(), component.getSendQueueCapacity()));
                case PAUSED -> LOG.debug("A {} waits for the device guard to close", operation);
                case PASS -> dispatch(call, deviceId);
            }
        } else {
            dispatch(call, deviceId);
        }
    }

    private void measure(WhacenterOperation operation, String deviceId, GatewayCall call, boolean answered) {
        if (call == null) {
            return;
        }
        if (answered) {
            metrics.gatewayAnswered(operation, System.nanoTime() - call.handedAtNanos());
        }
        long waited = call.queuedNanos();
        if (waited >= 0) {
            metrics.sendWaited(deviceId, waited);
        }
    }

    /** The component's meters; none without Micrometer. */
    WhacenterMetrics metrics() {
        return metrics;
    }

    /** Sends the call now, or queues it for its device's turn when it is paced. */
    private void dispatch(GatewayCall call, String deviceId) {
        if (call.isCompleted()) {
            // failed while the device guard held it
            return;
        }
        DeviceSendPolicy policy = call.operation().isMessageSend() ? sendPolicy(deviceId) : null;
        WhacenterQuotaExceededException overQuota = policy == null ? null : policy.admit(call.operation());
        if (overQuota != null) {
            call.fail(overQuota);
            return;
        }
        if (call.intervalNanos() > 0 || policy != null && policy.holdsSends()) {
            DeviceSendQueue queue = sendQueue(deviceId);
            call.queuedIn(queue);
            if (!queue.offer(call)) {
                call.fail(isRunAllowed() ? new WhacenterSendQueueFullException(call.operation().name(), queue.capacity())
                        : new WhacenterNotSentException(call.operation().name(), "the component stopped", null));
            }
        } else {
            call.send();
        }
    }

    /**
     * The gateway answered a message send of the device: accepted, or refused as not connected (the device guard
     * counts those).
     */
    void sendAnswered(String deviceId, WhacenterOperation operation, boolean success, String gatewayMessage) {
        DeviceGuard guard = operation.isMessageSend() ? guards.get(deviceId) : null;
        if (guard != null) {
            boolean notConnected = !success && gatewayMessage != null
                                   && gatewayMessage.toLowerCase(Locale.ROOT).contains("not connected");
            if (success || notConnected) {
                guard.sendAnswered(notConnected, released -> dispatch(released, deviceId));
            }
        }
    }

    /**
     * Makes one call and waits for its answer, for consumers and registration outside any exchange. The answer is
     * taken on the I/O thread: a caller waiting on a worker thread must not need another worker to wake it.
     */
    SimpleHttpResponse callAndWait(WhacenterOperation operation, SimpleHttpRequest request,
                                   Supplier<GatewayClient> client, long leaseTimeoutMillis) {
        CompletableFuture<SimpleHttpResponse> answer = new CompletableFuture<>();
        GatewayCall call = new GatewayCall(operation, request, client, leaseTimeoutMillis, 0, (response, failure) -> {
            if (failure != null) {
                answer.completeExceptionally(failure);
            } else {
                answer.complete(response);
            }
        }, Runnable::run, pending);
        call.send();
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            WhacenterConnectionException interrupted = new WhacenterConnectionException(operation.name(),
                    "interrupted while waiting for the gateway", e);
            call.fail(interrupted);
            throw interrupted;
        } catch (ExecutionException e) {
            throw (WhacenterException) e.getCause();
        }
    }

    /**
     * The monitor of the endpoint's device. The first endpoint of a device to start makes it, and registers the
     * device's readiness check and its gateway's, when the context has a health check registry (camel-health); so
     * does the first to start again after every endpoint of the device stopped.
     */
    DeviceMonitor monitor(WhacenterEndpoint endpoint) {
        String deviceId = endpoint.getConfiguration().getDeviceId();
        synchronized (monitors) {
            DeviceMonitor monitor = monitors.computeIfAbsent(deviceId, id -> new DeviceMonitor());
            if (monitor.usedBy(endpoint)) {
                if (component.getDeviceGuard() != WhacenterDeviceGuard.OFF && !guards.containsKey(deviceId)) {
                    guards.put(deviceId, newGuard(deviceId, monitor, component.getDeviceGuard()));
                }
                HealthCheckRegistry registry = HealthCheckRegistry.get(component.getCamelContext());
                if (registry != null) {
                    long maxAge = component.getDeviceCheckInterval();
                    deviceChecks.put(deviceId, register(registry, new WhacenterDeviceHealthCheck(deviceId, monitor, maxAge)));
                    String baseUrl = endpoint.getConfiguration().getBaseUrl();
                    gatewayChecks.computeIfAbsent(baseUrl, url -> register(registry,
                            new WhacenterGatewayHealthCheck(url, gatewayChecks.size(), () -> monitorsOf(url), maxAge)));
                }
            }
            return monitor;
        }
    }

    /**
     * The endpoint of the device stopped: the device's monitor polls on with the settings of another endpoint of the
     * device still running, and the device's readiness check is removed with the last.
     */
    void release(WhacenterEndpoint endpoint, DeviceMonitor monitor) {
        String deviceId = endpoint.getConfiguration().getDeviceId();
        synchronized (monitors) {
            if (monitor.releasedBy(endpoint) && monitors.get(deviceId) == monitor) {
                HealthCheck check = deviceChecks.remove(deviceId);
                HealthCheckRegistry registry = HealthCheckRegistry.get(component.getCamelContext());
                if (check != null && registry != null) {
                    registry.unregister(check);
                    healthChecks.remove(check);
                }
            }
        }
    }

    private List<DeviceMonitor> monitorsOf(String baseUrl) {
        return monitors.values().stream()
                .filter(monitor -> monitor.poller() != null
                                   && baseUrl.equals(monitor.poller().getConfiguration().getBaseUrl()))
                .toList();
    }

    private HealthCheck register(HealthCheckRegistry registry, HealthCheck check) {
        if (registry.register(check)) {
            healthChecks.add(check);
        }
        return check;
    }

    /**
     * What operators see of each device in use, by the fingerprint of its id: its state and when it was last seen,
     * the guard, the queue, the sends and their failures, the quotas used. The dev console and JMX show it.
     */
    List<Map<String, Object>> deviceReport() {
        List<Map<String, Object>> report = new ArrayList<>();
        monitors.forEach((deviceId, monitor) -> {
            Map<String, Object> device = new LinkedHashMap<>();
            device.put("device", Secrets.fingerprint(deviceId));
            DeviceMonitor.Observation seen = monitor.last();
            device.put("state", seen == null ? "UNKNOWN" : seen.state() != null ? seen.state().name() : "UNREACHABLE");
            device.put("lastChecked", seen == null ? null : seen.at().toString());
            DeviceGuard guard = guards.get(deviceId);
            device.put("guard", guard == null ? "off" : guard.isHeldByHand() ? "paused by an operator"
                    : guard.isOpen() ? "open" : component.getDeviceGuard() == WhacenterDeviceGuard.OFF ? "off" : "closed");
            if (guard != null && guard.isOpen()) {
                device.put("guardReason", guard.reason());
            }
            if (guard != null) {
                device.put("pausedSends", guard.pausedSends());
            }
            device.put("queuedSends", waitingSends(deviceId));
            device.put("sends", monitor.sends());
            device.put("failedSends", monitor.failedSends());
            DeviceSendPolicy policy = sendPolicies.get(deviceId);
            if (policy != null) {
                int[] used = policy.quotaUsed();
                if (used[0] >= 0) {
                    device.put("hourlyQuotaUsed", used[0]);
                }
                if (used[1] >= 0) {
                    device.put("dailyQuotaUsed", used[1]);
                }
            }
            report.add(device);
        });
        return report;
    }

    /** Counts the outcome of an exchange of a gateway operation: for the device's monitor and the meters. */
    void callCompleted(String deviceId, WhacenterOperation operation, Throwable failure) {
        try {
            metrics.callCompleted(operation, deviceId, failure);
        } finally {
            DeviceMonitor monitor = operation.isMessageSend() ? monitors.get(deviceId) : null;
            if (monitor != null) {
                monitor.sendCompleted(failure == null);
            }
        }
    }

    /** Pauses the device's message sends until resumed (an operator's hand on the guard), whatever the device says. */
    boolean pauseDevice(String fingerprint) {
        String deviceId = deviceIdOf(fingerprint);
        if (deviceId == null) {
            return false;
        }
        handGuard(deviceId).holdByHand(true, null);
        return true;
    }

    boolean resumeDevice(String fingerprint) {
        String deviceId = deviceIdOf(fingerprint);
        if (deviceId == null) {
            return false;
        }
        handGuard(deviceId).holdByHand(false, released -> dispatch(released, deviceId));
        return true;
    }

    /** The device in use with this fingerprint; null when there is none. */
    private String deviceIdOf(String fingerprint) {
        return monitors.keySet().stream().filter(id -> Secrets.fingerprint(id).equals(fingerprint)).findFirst()
                .orElse(null);
    }

    /** The device's guard, made with the guard off when there is none, for an operator's hand. */
    private DeviceGuard handGuard(String deviceId) {
        return guards.computeIfAbsent(deviceId, id -> newGuard(id, monitors.get(id), WhacenterDeviceGuard.OFF));
    }

    /** A guard for the device, told what its monitor sees; it asks the gateway through the monitor while open. */
    private DeviceGuard newGuard(String deviceId, DeviceMonitor monitor, WhacenterDeviceGuard mode) {
        DeviceGuard guard = new DeviceGuard(Secrets.fingerprint(deviceId), mode, component.getDeviceGuardThreshold(),
                component.getSendQueueCapacity(), component.getDeviceCheckInterval(), pacer(),
                () -> continueOnWorker(monitor::refresh));
        monitor.guardedBy(guard, released -> dispatch(released, deviceId));
        return guard;
    }

    /** The device guard of the device; null when the guard is off or no endpoint of the device started. */
    DeviceGuard guard(String deviceId) {
        return guards.get(deviceId);
    }

    private void unregisterHealthChecks() {
        WhacenterNotSentException stopped = new WhacenterNotSentException("send",
                "the component stopped while the device guard held the send", null);
        guards.values().forEach(guard -> guard.shutdown(stopped));
        guards.clear();
        sendPolicies.clear();
        HealthCheckRegistry registry = HealthCheckRegistry.get(component.getCamelContext());
        if (registry != null) {
            healthChecks.forEach(registry::unregister);
        }
        healthChecks.clear();
        gatewayChecks.clear();
        deviceChecks.clear();
        monitors.clear();
    }

    /** The number of paced sends of the device waiting for their turn. */
    int waitingSends(String deviceId) {
        DeviceSendQueue queue = sendQueues.get(deviceId);
        return queue == null ? 0 : queue.waiting();
    }

    /** The device's ban guard: jitter, quotas, quiet hours. */
    DeviceSendPolicy sendPolicy(String deviceId) {
        return sendPolicies.computeIfAbsent(deviceId, id -> new DeviceSendPolicy(component,
                ZoneId.of(component.getConfiguration().getTimeZone()), Clock.systemUTC()));
    }

    private DeviceSendQueue sendQueue(String deviceId) {
        return sendQueues.computeIfAbsent(deviceId, id -> {
            DeviceSendQueue queue = new DeviceSendQueue(component.getSendQueueCapacity(), pacer(), sendPolicy(id),
                    component.isPaceFirstSend());
            metrics.sendQueue(id, queue::waiting);
            return queue;
        });
    }

    private static ThreadPoolProfile pacerProfile() {
        ThreadPoolProfile profile = new ThreadPoolProfile(PACER);
        profile.setPoolSize(1);
        profile.setMaxPoolSize(1);
        profile.setMaxQueueSize(-1);
        // a start refused after the stop fails its send at once instead of being dropped
        profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        return profile;
    }

    /**
     * Where paced sends wait for their turn: one thread that only hands them to the HTTP client. Its task queue holds
     * one start per device with a send waiting, the housekeeping and the device guards' probes, so it is bounded by
     * the devices in use; Camel's default limit of 1,000 tasks would refuse sends once as many devices wait.
     */
    private ScheduledExecutorService pacer() {
        ScheduledExecutorService scheduler = pacer;
        if (scheduler == null) {
            synchronized (this) {
                if (pacer == null) {
                    pacer = component.getCamelContext().getExecutorServiceManager()
                            .newScheduledThreadPool(this, PACER, PACER_PROFILE);
                }
                scheduler = pacer;
            }
        }
        return scheduler;
    }

    /**
     * Continues a completed call on a worker, so route work after a gateway call never runs on, or holds up, the I/O
     * threads every call shares. When the pool refuses (full, or shut down at stop) the continuation runs here
     * instead: late, perhaps on an I/O thread, but never lost.
     */
    private void continueOnWorker(Runnable continuation) {
        OnceTask task = new OnceTask(continuation);
        ExecutorService workers = workerPool;
        if (workers == null) {
            task.run();
            return;
        }
        try {
            workers.execute(task);
        } catch (RejectedExecutionException e) {
            task.run();
        }
    }

    /** Runs once, whether a worker takes it or a rejection policy hands it back. */
    private static final class OnceTask implements Runnable, Rejectable {
        private final Runnable continuation;
        private final AtomicBoolean ran = new AtomicBoolean();

        private OnceTask(Runnable continuation) {
            this.continuation = continuation;
        }

        @Override
        public void run() {
            if (ran.compareAndSet(false, true)) {
                continuation.run();
            }
        }

        @Override
        public void reject() {
            run();
        }
    }
}
