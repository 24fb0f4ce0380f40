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
package io.github.camelwhacenter.gateway;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

import io.github.camelwhacenter.WhacenterConnectionException;
import io.github.camelwhacenter.WhacenterException;
import io.github.camelwhacenter.WhacenterNotSentException;
import io.github.camelwhacenter.WhacenterOperation;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.util.concurrent.Rejectable;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The component's one way to the gateway over HTTP, used alike by its producers, its consumers and webhook
 * registration. It owns the connection pools, the scheduler paced sends wait on, continues exchanges on a worker pool
 * rather than on the HTTP client's few I/O threads, and knows every call still pending, so that a stop fails each of
 * them with a typed exception instead of losing it. It knows nothing of devices: the device layer admits and paces
 * each send before it makes the call here.
 */
public final class GatewayService extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayService.class);
    /** Continuations waiting for a worker; beyond it the I/O thread that completed the call runs its continuation. */
    public static final int WORKER_QUEUE_SIZE = 1_000;
    private static final long HOUSEKEEPING_MILLIS = 250;
    private static final String PACER = "WhacenterSendPacer";
    private static final ThreadPoolProfile PACER_PROFILE = pacerProfile();

    private final Supplier<CamelContext> contexts;
    private final GatewayClients clients = new GatewayClients();
    private final PendingCalls pending = new PendingCalls();
    private final Map<SSLContextParameters, SSLContext> sslContexts = new IdentityHashMap<>();
    private volatile ExecutorService workerPool;
    private volatile WhacenterMetrics metrics = WhacenterMetrics.NONE;
    private ExecutorService customWorkerPool;
    private int workerPoolSize;
    private boolean ownsWorkerPool;
    private volatile ScheduledExecutorService pacer;
    private ScheduledFuture<?> housekeeping;

    /** @param context the CamelContext of the owner, asked when it is needed */
    public GatewayService(Supplier<CamelContext> context) {
        this.contexts = context;
    }

    /**
     * The worker pool exchanges continue on, before the service starts.
     *
     * @param pool a pool of the user's, or null for one of workerPoolSize threads the service makes and shuts down
     */
    public void useWorkerPool(ExecutorService pool, int workerPoolSize) {
        this.customWorkerPool = pool;
        this.workerPoolSize = workerPoolSize;
    }

    @Override
    protected void doStart() throws Exception {
        CamelContext context = contexts.get();
        metrics = WhacenterMetrics.of(context);
        if (customWorkerPool != null) {
            workerPool = customWorkerPool;
            ownsWorkerPool = false;
        } else {
            ThreadPoolProfile profile = new ThreadPoolProfile("WhacenterWorker");
            profile.setPoolSize(workerPoolSize);
            profile.setMaxPoolSize(workerPoolSize);
            profile.setMaxQueueSize(WORKER_QUEUE_SIZE);
            profile.setAllowCoreThreadTimeOut(true);
            // Abort hands a refused continuation back to continueOnWorker, which runs it; CallerRuns would drop it
            // silently once the pool is shut down
            profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
            workerPool = context.getExecutorServiceManager().newThreadPool(this, "WhacenterWorker", profile);
            ownsWorkerPool = true;
        }
    }

    /** Fails every call still pending, as the first step of the owner's stop. */
    public void failPending() {
        pending.failAllStopped(LOG, "The Whacenter component", "gateway calls");
    }

    @Override
    protected void doStop() throws Exception {
        try {
            failPending();
        } finally {
            try {
                clients.closeAll();
            } finally {
                synchronized (sslContexts) {
                    sslContexts.clear();
                }
                try {
                    metrics.close();
                    metrics = WhacenterMetrics.NONE;
                } finally {
                    shutdownExecutors();
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
            contexts.get().getExecutorServiceManager().shutdownNow(scheduler);
        }
        ExecutorService workers = workerPool;
        if (workers != null && ownsWorkerPool) {
            // graceful: continuations already queued still run
            contexts.get().getExecutorServiceManager().shutdown(workers);
        }
    }

    /** The failure for a call still pending when its owner stops. */
    public static WhacenterException stoppedWhilePending(GatewayCall call) {
        String operation = call.operation().name();
        return call.isHandedToClient()
                ? new WhacenterConnectionException(operation, "stopped while the request was in flight: the gateway may "
                                                              + "have received it, but its answer was cut off", null)
                : new WhacenterNotSentException(operation, "stopped before the request's turn came", null);
    }

    public GatewayClient acquireClient(GatewayClientSettings settings) {
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
    public SSLContext sslContext(SSLContextParameters parameters) throws Exception {
        synchronized (sslContexts) {
            SSLContext created = sslContexts.get(parameters);
            if (created == null) {
                created = parameters.createSSLContext(contexts.get());
                sslContexts.put(parameters, created);
            }
            return created;
        }
    }

    public GatewayClient replaceIfBroken(GatewayClientSettings settings, GatewayClient client) {
        return clients.replaceIfBroken(settings, client);
    }

    public void releaseClient(GatewayClientSettings settings) {
        clients.release(settings);
    }

    /**
     * A call of the request, not yet made; its callback runs once, on a worker thread, after the meters counted it.
     *
     * @param target        where the request goes, with the settings its HTTP request is built with
     * @param intervalNanos the least time between the starts of this call and the device's previous send
     * @param owner         the pending calls of the caller, which it fails when it stops
     */
    public GatewayCall newCall(GatewayRequest request, CallTarget target, long intervalNanos, PendingCalls owner,
                               GatewayCall.Callback callback) {
        WhacenterOperation operation = request.operation();
        SimpleHttpRequest http = target.httpRequest(request);
        GatewayCall[] measuring = new GatewayCall[1];
        GatewayCall call = new GatewayCall(operation, http, target::transport, target.leaseTimeoutMillis(), intervalNanos,
                (response, failure) -> {
                    try {
                        measure(operation, request.deviceId(), measuring[0], response != null);
                    } finally {
                        callback.done(response, failure);
                    }
                }, this::continueOnWorker, pending, owner);
        measuring[0] = call;
        return call;
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
    public WhacenterMetrics metrics() {
        return metrics;
    }

    /**
     * Makes one call and waits for its answer, for consumers and registration outside any exchange. The answer is
     * taken on the I/O thread: a caller waiting on a worker thread must not need another worker to wake it.
     */
    public SimpleHttpResponse callAndWait(GatewayRequest request, CallTarget target) {
        WhacenterOperation operation = request.operation();
        CompletableFuture<SimpleHttpResponse> answer = new CompletableFuture<>();
        GatewayCall call = new GatewayCall(operation, target.httpRequest(request), target::transport,
                target.leaseTimeoutMillis(), 0, (response, failure) -> {
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
     * one start per device with a send waiting, the housekeeping and the circuit breakers' probes, so it is bounded by
     * the devices in use; Camel's default limit of 1,000 tasks would refuse sends once as many devices wait.
     */
    public ScheduledExecutorService pacer() {
        ScheduledExecutorService scheduler = pacer;
        if (scheduler == null) {
            synchronized (this) {
                if (pacer == null) {
                    pacer = contexts.get().getExecutorServiceManager()
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
    public void continueOnWorker(Runnable continuation) {
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
