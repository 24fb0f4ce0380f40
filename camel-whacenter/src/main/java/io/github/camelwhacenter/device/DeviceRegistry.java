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
package io.github.camelwhacenter.device;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import io.github.camelwhacenter.WhacenterCircuitBreaker;
import io.github.camelwhacenter.WhacenterNotSentException;
import io.github.camelwhacenter.gateway.DeviceSendQueue;
import io.github.camelwhacenter.gateway.GatewayCall;
import io.github.camelwhacenter.gateway.WhacenterMetrics;
import io.github.camelwhacenter.support.Secrets;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The registry of the devices in use: what is kept of each (its monitor, circuit breaker, send policy and send queue),
 * from the first endpoint or send that uses it until it is evicted as idle or the component stops. Operators suspend
 * and resume a device's sends here, and read the report of every device. What a send must pass is
 * {@link SendAdmission}'s.
 */
public final class DeviceRegistry extends ServiceSupport {

    /** How long a device goes unused before what is kept of it is evicted, unless it has sends waiting or held. */
    public static final long DEFAULT_IDLE_MILLIS = 3_600_000;
    /** The longest time between two looks for idle devices, however long the idle time. */
    private static final long MAX_SWEEP_NANOS = TimeUnit.MINUTES.toNanos(1);

    /**
     * The component's options the devices follow.
     *
     * @param sendIntervalNanos the component's pace of each device's message sends; 0 is none
     */
    public record Settings(WhacenterCircuitBreaker circuitBreaker, int circuitBreakerThreshold, int sendQueueCapacity,
                           long deviceCheckIntervalMillis, long sendIntervalNanos, boolean paceFirstSend,
                           DeviceSendPolicy.Settings sendPolicy) {
    }

    /** Told when a device gets its first running endpoint, and when the last of them stops. */
    public interface Listener {
        void inUse(String deviceId, DeviceMonitor monitor, String baseUrl);

        void released(String deviceId, DeviceMonitor monitor);
    }

    private final Scheduling scheduling;
    private final Supplier<WhacenterMetrics> metrics;
    private volatile Settings settings;
    private volatile Listener listener;
    private volatile BiConsumer<String, GatewayCall> release;
    private final Map<String, DeviceMonitor> monitors = new ConcurrentHashMap<>();
    private final Map<String, DeviceCircuitBreaker> circuitBreakers = new ConcurrentHashMap<>();
    private final Map<String, DeviceSendPolicy> sendPolicies = new ConcurrentHashMap<>();
    private final Map<String, DeviceSendQueue> sendQueues = new ConcurrentHashMap<>();
    /** When each device was last used (the nano clock), by a call or an answer. */
    private final Map<String, Long> lastUsed = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;
    private volatile long idleNanos = TimeUnit.MILLISECONDS.toNanos(DEFAULT_IDLE_MILLIS);

    /** @param metrics the component's meters, asked when needed: they are made when the component starts */
    public DeviceRegistry(Scheduling scheduling, Supplier<WhacenterMetrics> metrics) {
        this.scheduling = scheduling;
        this.metrics = metrics;
        this.lastSweep = new AtomicLong(scheduling.nanoClock().getAsLong());
    }

    /** The options to follow from the next start on. */
    public void configure(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    public Scheduling scheduling() {
        return scheduling;
    }

    /** Who is told of devices in use, such as their readiness checks; one at most. */
    public void listener(Listener listener) {
        this.listener = listener;
    }

    /** Where a send the circuit breaker held goes once it is released: admission goes on with it. */
    void releaseTo(BiConsumer<String, GatewayCall> release) {
        this.release = release;
    }

    private void release(String deviceId, GatewayCall call) {
        release.accept(deviceId, call);
    }

    /**
     * How long a device goes unused before what is kept of it (monitor, circuit breaker, send policy, send queue,
     * meters) is evicted: only when no send of it waits, is held or counts against a quota, and no endpoint of it runs
     * (a device with a running endpoint keeps its monitor, circuit breaker and readiness check).
     */
    public void evictIdleAfter(long millis) {
        this.idleNanos = TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Override
    protected void doStop() throws Exception {
        try {
            // nothing is left in them by now; closing refuses what a late caller might still offer
            sendQueues.values().forEach(queue -> queue.close(
                    new WhacenterNotSentException("send", "the component stopped before the send's turn came", null)));
            sendQueues.clear();
        } finally {
            WhacenterNotSentException stopped = new WhacenterNotSentException("send",
                    "the component stopped while the circuit breaker held the send", null);
            circuitBreakers.values().forEach(breaker -> breaker.shutdown(stopped));
            circuitBreakers.clear();
            sendPolicies.clear();
            monitors.clear();
            lastUsed.clear();
        }
    }

    /**
     * The device is used now, by a call or an answer; now and then this evicts the devices idle for longer than the
     * idle time.
     */
    void used(String deviceId) {
        long now = scheduling.nanoClock().getAsLong();
        lastUsed.put(deviceId, now);
        long sweptAt = lastSweep.get();
        if (now - sweptAt > Math.min(idleNanos, MAX_SWEEP_NANOS) / 2 && lastSweep.compareAndSet(sweptAt, now)) {
            evictIdle(now);
        }
    }

    /**
     * The monitor of a device, used by one of its endpoints that starts. The first to start makes it, with the
     * device's circuit breaker, and tells the listener; so does the first to start again after every endpoint of the
     * device stopped.
     *
     * @param user    the endpoint, which {@link #release} names again when it stops
     * @param baseUrl the gateway the endpoint calls
     * @param poll    asks the gateway for the device's status with the endpoint's settings, telling the monitor
     */
    public DeviceMonitor monitor(String deviceId, Object user, String baseUrl, Runnable poll) {
        boolean first;
        DeviceMonitor monitor;
        synchronized (monitors) {
            monitor = monitors.computeIfAbsent(deviceId, id -> new DeviceMonitor(scheduling.clock()));
            first = monitor.usedBy(user, baseUrl, poll);
            if (first && settings.circuitBreaker() != WhacenterCircuitBreaker.OFF && !circuitBreakers.containsKey(deviceId)) {
                circuitBreakers.put(deviceId, newCircuitBreaker(deviceId, monitor, settings.circuitBreaker()));
            }
        }
        Listener told = listener;
        if (first && told != null) {
            told.inUse(deviceId, monitor, baseUrl);
        }
        return monitor;
    }

    /**
     * The endpoint of the device stopped: the device's monitor polls on with the settings of another endpoint of the
     * device still running, and the listener is told when it was the last.
     */
    public void release(String deviceId, Object user, DeviceMonitor monitor) {
        boolean last;
        synchronized (monitors) {
            last = monitor.releasedBy(user) && monitors.get(deviceId) == monitor;
        }
        Listener told = listener;
        if (last && told != null) {
            told.released(deviceId, monitor);
        }
    }

    /** The monitors of the devices whose running endpoints call this gateway. */
    public List<DeviceMonitor> monitorsPolling(String baseUrl) {
        return monitors.values().stream().filter(monitor -> baseUrl.equals(monitor.pollerBaseUrl())).toList();
    }

    /** The device's monitor; null when no endpoint of it started since it was last evicted. */
    DeviceMonitor monitorOf(String deviceId) {
        return monitors.get(deviceId);
    }

    /** The device's circuit breaker; null when it is off and no operator suspended the device. */
    public DeviceCircuitBreaker circuitBreaker(String deviceId) {
        return circuitBreakers.get(deviceId);
    }

    /** The device's send policy: jitter, quotas, quiet hours, warm-up. */
    public DeviceSendPolicy sendPolicy(String deviceId) {
        return sendPolicies.computeIfAbsent(deviceId, id -> new DeviceSendPolicy(settings.sendPolicy(), scheduling.clock(),
                scheduling.nanoClock(), scheduling.random()));
    }

    /** The device's send queue, which paces its sends and holds them at its send policy's gate. */
    DeviceSendQueue sendQueue(String deviceId) {
        return sendQueues.computeIfAbsent(deviceId, id -> {
            DeviceSendQueue queue = new DeviceSendQueue(settings.sendQueueCapacity(), scheduling.scheduler().get(),
                    sendPolicy(id), settings.paceFirstSend(), scheduling.nanoClock());
            metrics.get().sendQueue(id, () -> waitingSends(id));
            return queue;
        });
    }

    /** The device's next send queue, when the one a send was offered to was closed as idle just now. */
    DeviceSendQueue nextSendQueue(String deviceId, DeviceSendQueue closed) {
        sendQueues.remove(deviceId, closed);
        return sendQueue(deviceId);
    }

    /** The number of paced sends of the device waiting for their turn. */
    public int waitingSends(String deviceId) {
        DeviceSendQueue queue = sendQueues.get(deviceId);
        return queue == null ? 0 : queue.waiting();
    }

    /**
     * Suspends the device's message sends until resumed (an operator's hand), whatever the device says: they are held
     * by its circuit breaker, within sendQueueCapacity.
     *
     * @return false when no device in use has this fingerprint
     */
    public boolean suspend(String fingerprint) {
        String deviceId = deviceIdOf(fingerprint);
        if (deviceId == null) {
            return false;
        }
        suspendable(deviceId).suspend(true, held -> release(deviceId, held));
        return true;
    }

    /**
     * Resumes the device's message sends; the sends held meanwhile go first, unless the circuit breaker is open.
     *
     * @return false when no device in use has this fingerprint
     */
    public boolean resume(String fingerprint) {
        String deviceId = deviceIdOf(fingerprint);
        if (deviceId == null) {
            return false;
        }
        suspendable(deviceId).suspend(false, held -> release(deviceId, held));
        return true;
    }

    /** The device in use with this fingerprint; null when there is none. */
    private String deviceIdOf(String fingerprint) {
        return monitors.keySet().stream().filter(id -> Secrets.fingerprint(id).equals(fingerprint)).findFirst()
                .orElse(null);
    }

    /** The device's circuit breaker, made in mode OFF when there is none, so that an operator can suspend it. */
    private DeviceCircuitBreaker suspendable(String deviceId) {
        return circuitBreakers.computeIfAbsent(deviceId,
                id -> newCircuitBreaker(id, monitors.get(id), WhacenterCircuitBreaker.OFF));
    }

    /** A circuit breaker told what the monitor sees; while open it asks the gateway through the monitor. */
    private DeviceCircuitBreaker newCircuitBreaker(String deviceId, DeviceMonitor monitor, WhacenterCircuitBreaker mode) {
        DeviceCircuitBreaker breaker = new DeviceCircuitBreaker(Secrets.fingerprint(deviceId), mode,
                settings.circuitBreakerThreshold(), settings.sendQueueCapacity(), settings.deviceCheckIntervalMillis(),
                scheduling.scheduler().get(), () -> scheduling.worker().execute(monitor::refresh), scheduling.clock());
        monitor.tellCircuitBreaker(breaker, held -> release(deviceId, held));
        return breaker;
    }

    /**
     * What operators see of each device in use, by the fingerprint of its id: its state and when it was last seen,
     * the circuit breaker, the queue, the sends and their failures, the quotas used. The dev console and JMX show it.
     */
    public List<Map<String, Object>> report() {
        List<Map<String, Object>> report = new ArrayList<>();
        monitors.forEach((deviceId, monitor) -> {
            Map<String, Object> device = new LinkedHashMap<>();
            device.put("device", Secrets.fingerprint(deviceId));
            DeviceMonitor.Observation seen = monitor.last();
            device.put("state", seen == null ? "UNKNOWN" : seen.state() != null ? seen.state().name() : "UNREACHABLE");
            device.put("lastChecked", seen == null ? null : seen.at().toString());
            DeviceCircuitBreaker breaker = circuitBreakers.get(deviceId);
            device.put("circuitBreaker", breaker == null ? "off" : breaker.isSuspended() ? "suspended by an operator"
                    : breaker.isOpen() ? "open" : settings.circuitBreaker() == WhacenterCircuitBreaker.OFF ? "off" : "closed");
            if (breaker != null && breaker.isOpen()) {
                device.put("circuitBreakerReason", breaker.reason());
            }
            if (breaker != null) {
                device.put("heldSends", breaker.heldSends());
            }
            device.put("queuedSends", waitingSends(deviceId));
            device.put("sends", monitor.sends());
            device.put("failedSends", monitor.failedSends());
            DeviceSendPolicy policy = sendPolicies.get(deviceId);
            if (policy != null) {
                DeviceSendPolicy.QuotaUsage used = policy.quotaUsage();
                if (used.hourly() != null) {
                    device.put("hourlyQuotaUsed", used.hourly());
                }
                if (used.daily() != null) {
                    device.put("dailyQuotaUsed", used.daily());
                }
                if (used.unanswered() != null) {
                    device.put("unansweredUsed", used.unanswered());
                }
            }
            report.add(device);
        });
        return report;
    }

    /** Evicts what is kept of each device unused for longer than the idle time, when nothing of it is pending. */
    void evictIdle(long now) {
        synchronized (monitors) {
            lastUsed.forEach((deviceId, used) -> {
                if (now - used > idleNanos && evict(deviceId)) {
                    lastUsed.remove(deviceId, used);
                }
            });
        }
    }

    /**
     * Evicts the device's send queue and send policy when no send waits and no quota counts a send; its monitor and
     * circuit breaker too when no endpoint of it runs and no send is held; then its meters.
     *
     * @return whether nothing is kept of the device any more
     */
    private boolean evict(String deviceId) {
        DeviceSendQueue queue = sendQueues.get(deviceId);
        if (queue != null && !queue.closeIfIdle()) {
            return false;
        }
        if (queue != null) {
            sendQueues.remove(deviceId, queue);
        }
        DeviceSendPolicy policy = sendPolicies.get(deviceId);
        if (policy != null) {
            if (policy.quotaUsage().counts()) {
                return false;
            }
            sendPolicies.remove(deviceId, policy);
        }
        DeviceMonitor monitor = monitors.get(deviceId);
        DeviceCircuitBreaker breaker = circuitBreakers.get(deviceId);
        if (monitor != null && monitor.pollerBaseUrl() != null
                || breaker != null && (breaker.isSuspended() || breaker.heldSends() > 0)) {
            return false;
        }
        if (breaker != null) {
            circuitBreakers.remove(deviceId, breaker);
            breaker.shutdown(new WhacenterNotSentException("send", "the device was evicted, idle", null));
        }
        if (monitor != null) {
            monitors.remove(deviceId, monitor);
        }
        metrics.get().forgetDevice(deviceId);
        return true;
    }

    /** How many devices each kind of state is kept for now: what an idle device no longer holds. */
    public Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("used", lastUsed.size());
        sizes.put("monitors", monitors.size());
        sizes.put("circuitBreakers", circuitBreakers.size());
        sizes.put("sendPolicies", sendPolicies.size());
        sizes.put("sendQueues", sendQueues.size());
        return sizes;
    }
}
