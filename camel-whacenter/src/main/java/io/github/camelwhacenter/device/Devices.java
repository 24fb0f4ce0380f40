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

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.github.camelwhacenter.WhacenterDeviceGuard;
import io.github.camelwhacenter.WhacenterGatewayException;
import io.github.camelwhacenter.WhacenterNotSentException;
import io.github.camelwhacenter.WhacenterOperation;
import io.github.camelwhacenter.WhacenterQuotaExceededException;
import io.github.camelwhacenter.WhacenterSendQueueFullException;
import io.github.camelwhacenter.gateway.DeviceSendQueue;
import io.github.camelwhacenter.gateway.GatewayCall;
import io.github.camelwhacenter.gateway.GatewayClient;
import io.github.camelwhacenter.gateway.GatewayService;
import io.github.camelwhacenter.gateway.PendingCalls;
import io.github.camelwhacenter.model.WhacenterDeviceStatus;
import io.github.camelwhacenter.model.WhacenterResult;
import io.github.camelwhacenter.support.Secrets;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is known of each device in use and what it admits: its monitor and readiness check, its guard, its send policy
 * and its send queue. A send goes through here (admission, pace) before the gateway service makes its call.
 */
public final class Devices extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(Devices.class);
    /** How long a device goes unused before what is kept of it is dropped, unless it has sends waiting or paused. */
    public static final long DEFAULT_IDLE_MILLIS = 3_600_000;

    /**
     * The component's options the devices follow.
     *
     * @param sendIntervalNanos the component's pace of each device's message sends; 0 is none
     */
    public record Settings(WhacenterDeviceGuard guardMode, int guardThreshold, int sendQueueCapacity,
                           long deviceCheckIntervalMillis, long sendIntervalNanos, boolean paceFirstSend,
                           DeviceSendPolicy.Settings sendPolicy) {
    }

    private final GatewayService gateway;
    private final Supplier<CamelContext> context;
    private volatile Settings settings;
    private final Map<String, DeviceSendQueue> sendQueues = new ConcurrentHashMap<>();
    private final Map<String, DeviceMonitor> monitors = new ConcurrentHashMap<>();
    private final Map<String, DeviceGuard> guards = new ConcurrentHashMap<>();
    private final Map<String, DeviceSendPolicy> sendPolicies = new ConcurrentHashMap<>();
    private final Map<String, HealthCheck> gatewayChecks = new ConcurrentHashMap<>();
    private final Map<String, HealthCheck> deviceChecks = new ConcurrentHashMap<>();
    private final List<HealthCheck> healthChecks = new CopyOnWriteArrayList<>();
    /** When each device was last used (System.nanoTime), by a call or an answer. */
    private final Map<String, Long> lastUsed = new ConcurrentHashMap<>();
    /** The longest time between two looks for idle devices, however long the idle time. */
    private static final long MAX_SWEEP_NANOS = TimeUnit.MINUTES.toNanos(1);
    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());
    private volatile long idleNanos = TimeUnit.MILLISECONDS.toNanos(DEFAULT_IDLE_MILLIS);

    public Devices(GatewayService gateway, Supplier<CamelContext> context) {
        this.gateway = gateway;
        this.context = context;
    }

    /**
     * How long a device goes unused before what is kept of it (monitor, guard, send policy, send queue, meters) is
     * dropped: only when no send of it waits, is paused or counts against a quota, and no endpoint of it runs (a
     * device with a running endpoint keeps its monitor, guard and readiness check).
     */
    public void forgetIdleAfter(long millis) {
        this.idleNanos = TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /** The options to follow from the next start on. */
    public void configure(Settings settings) {
        this.settings = settings;
    }

    @Override
    protected void doStop() throws Exception {
        try {
            // nothing is left in them by now; closing refuses what a late caller might still offer
            sendQueues.values().forEach(queue -> queue.close(
                    new WhacenterNotSentException("send", "the component stopped before the send's turn came", null)));
            sendQueues.clear();
        } finally {
            unregisterHealthChecks();
        }
    }

    /**
     * Makes one call of the device, admitted by its guard and its send policy and paced by its send queue; its
     * callback runs once, on a worker thread.
     *
     * @param endpointIntervalNanos the calling endpoint's own pace, which may only tighten the component's
     * @param owner                 the pending calls of the caller, which it fails when it stops
     */
    public void call(WhacenterOperation operation, String deviceId, SimpleHttpRequest request, boolean scheduled,
                     Supplier<GatewayClient> client, long leaseTimeoutMillis, long endpointIntervalNanos,
                     PendingCalls owner, GatewayCall.Callback callback) {
        long now = System.nanoTime();
        used(deviceId, now);
        long sweptAt = lastSweep.get();
        if (now - sweptAt > Math.min(idleNanos, MAX_SWEEP_NANOS) / 2 && lastSweep.compareAndSet(sweptAt, now)) {
            forgetIdle(now);
        }
        long interval = operation.isMessageSend()
                ? sendPolicy(deviceId).intervalNanos(Math.max(settings.sendIntervalNanos(), endpointIntervalNanos)) : 0;
        GatewayCall call = gateway.newCall(operation, deviceId, request, client, leaseTimeoutMillis, interval, owner,
                callback);
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
                case FULL -> call.fail(new WhacenterSendQueueFullException(operation.name(), settings.sendQueueCapacity()));
                case PAUSED -> LOG.debug("A {} waits for the device guard to close", operation);
                case PASS -> dispatch(call, deviceId);
            }
        } else {
            dispatch(call, deviceId);
        }
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
            boolean offered = queue.offer(call);
            if (!offered && queue.isClosed() && isRunAllowed()) {
                // closed as idle just now: the device's next queue takes it
                sendQueues.remove(deviceId, queue);
                queue = sendQueue(deviceId);
                call.queuedIn(queue);
                offered = queue.offer(call);
            }
            if (!offered) {
                call.fail(isRunAllowed() ? new WhacenterSendQueueFullException(call.operation().name(), queue.capacity())
                        : new WhacenterNotSentException(call.operation().name(), "the component stopped", null));
            }
        } else {
            call.send();
        }
    }

    /**
     * The outcome of one exchange of a gateway operation of the device, told once: the device's status when the
     * answer was one, the device guard's count of sends accepted or refused as not connected, the monitor's count of
     * sends and the meters.
     *
     * @param result  the typed answer; null when there was none (a failure) or it was an image
     * @param failure what failed the exchange; null when it succeeded
     */
    public void answered(String deviceId, WhacenterOperation operation, WhacenterResult result, Throwable failure) {
        used(deviceId, System.nanoTime());
        try {
            gateway.metrics().callCompleted(operation, deviceId, failure);
        } finally {
            DeviceMonitor monitor = monitors.get(deviceId);
            if (monitor != null && result instanceof WhacenterDeviceStatus status && status.isSuccess()) {
                monitor.observed(status);
            }
            if (result != null) {
                sendAnswered(deviceId, operation, result.isSuccess(), result.getGatewayMessage());
            } else if (failure instanceof WhacenterGatewayException refused) {
                sendAnswered(deviceId, operation, false, refused.getGatewayMessage());
            }
            if (monitor != null && operation.isMessageSend()) {
                monitor.sendCompleted(failure == null);
            }
        }
    }

    /**
     * The gateway answered a message send of the device: accepted, or refused as not connected (the device guard
     * counts those).
     */
    private void sendAnswered(String deviceId, WhacenterOperation operation, boolean success, String gatewayMessage) {
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
     * The monitor of a device, used by one of its endpoints that starts. The first to start makes it and registers
     * the device's readiness check and its gateway's, when the context has a health check registry (camel-health);
     * so does the first to start again after every endpoint of the device stopped.
     *
     * @param user    the endpoint, which {@link #release} names again when it stops
     * @param baseUrl the gateway the endpoint calls
     * @param poll    asks the gateway for the device's status with the endpoint's settings, telling the monitor
     */
    public DeviceMonitor monitor(String deviceId, Object user, String baseUrl, Runnable poll) {
        synchronized (monitors) {
            DeviceMonitor monitor = monitors.computeIfAbsent(deviceId, id -> new DeviceMonitor());
            if (monitor.usedBy(user, baseUrl, poll)) {
                if (settings.guardMode() != WhacenterDeviceGuard.OFF && !guards.containsKey(deviceId)) {
                    guards.put(deviceId, newGuard(deviceId, monitor, settings.guardMode()));
                }
                HealthCheckRegistry registry = HealthCheckRegistry.get(context.get());
                if (registry != null) {
                    long maxAge = settings.deviceCheckIntervalMillis();
                    deviceChecks.put(deviceId, register(registry, new WhacenterDeviceHealthCheck(deviceId, monitor, maxAge)));
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
    public void release(String deviceId, Object user, DeviceMonitor monitor) {
        synchronized (monitors) {
            if (monitor.releasedBy(user) && monitors.get(deviceId) == monitor) {
                HealthCheck check = deviceChecks.remove(deviceId);
                HealthCheckRegistry registry = HealthCheckRegistry.get(context.get());
                if (check != null && registry != null) {
                    registry.unregister(check);
                    healthChecks.remove(check);
                }
            }
        }
    }

    private List<DeviceMonitor> monitorsOf(String baseUrl) {
        return monitors.values().stream().filter(monitor -> baseUrl.equals(monitor.pollerBaseUrl())).toList();
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
    public List<Map<String, Object>> deviceReport() {
        List<Map<String, Object>> report = new ArrayList<>();
        monitors.forEach((deviceId, monitor) -> {
            Map<String, Object> device = new LinkedHashMap<>();
            device.put("device", Secrets.fingerprint(deviceId));
            DeviceMonitor.Observation seen = monitor.last();
            device.put("state", seen == null ? "UNKNOWN" : seen.state() != null ? seen.state().name() : "UNREACHABLE");
            device.put("lastChecked", seen == null ? null : seen.at().toString());
            DeviceGuard guard = guards.get(deviceId);
            device.put("guard", guard == null ? "off" : guard.isHeldByHand() ? "paused by an operator"
                    : guard.isOpen() ? "open" : settings.guardMode() == WhacenterDeviceGuard.OFF ? "off" : "closed");
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

    private void used(String deviceId, long now) {
        lastUsed.put(deviceId, now);
    }

    /** Drops what is kept of each device unused for longer than the idle time, when nothing of it is pending. */
    void forgetIdle(long now) {
        synchronized (monitors) {
            lastUsed.forEach((deviceId, used) -> {
                if (now - used > idleNanos && forget(deviceId)) {
                    lastUsed.remove(deviceId, used);
                }
            });
        }
    }

    /**
     * Drops the device's send queue and send policy when no send waits and no quota counts a send; its monitor and
     * guard too when no endpoint of it runs and no send is paused; then its meters.
     *
     * @return whether nothing is kept of the device any more
     */
    private boolean forget(String deviceId) {
        DeviceSendQueue queue = sendQueues.get(deviceId);
        if (queue != null && !queue.closeIfIdle()) {
            return false;
        }
        if (queue != null) {
            sendQueues.remove(deviceId, queue);
        }
        DeviceSendPolicy policy = sendPolicies.get(deviceId);
        if (policy != null) {
            int[] used = policy.quotaUsed();
            if (used[0] > 0 || used[1] > 0) {
                return false;
            }
            sendPolicies.remove(deviceId, policy);
        }
        DeviceMonitor monitor = monitors.get(deviceId);
        DeviceGuard guard = guards.get(deviceId);
        if (monitor != null && monitor.pollerBaseUrl() != null
                || guard != null && (guard.isHeldByHand() || guard.pausedSends() > 0)) {
            return false;
        }
        if (guard != null) {
            guards.remove(deviceId, guard);
            guard.shutdown(new WhacenterNotSentException("send", "the device was forgotten, idle", null));
        }
        if (monitor != null) {
            monitors.remove(deviceId, monitor);
        }
        gateway.metrics().forgetDevice(deviceId);
        return true;
    }

    /** How many devices each kind of state is kept for now: what an idle device no longer holds. */
    public Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("used", lastUsed.size());
        sizes.put("monitors", monitors.size());
        sizes.put("guards", guards.size());
        sizes.put("sendPolicies", sendPolicies.size());
        sizes.put("sendQueues", sendQueues.size());
        sizes.put("deviceChecks", deviceChecks.size());
        return sizes;
    }

    /** Pauses the device's message sends until resumed (an operator's hand on the guard), whatever the device says. */
    public boolean pauseDevice(String fingerprint) {
        String deviceId = deviceIdOf(fingerprint);
        if (deviceId == null) {
            return false;
        }
        handGuard(deviceId).holdByHand(true, null);
        return true;
    }

    public boolean resumeDevice(String fingerprint) {
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
        DeviceGuard guard = new DeviceGuard(Secrets.fingerprint(deviceId), mode, settings.guardThreshold(),
                settings.sendQueueCapacity(), settings.deviceCheckIntervalMillis(), gateway.pacer(),
                () -> gateway.continueOnWorker(monitor::refresh));
        monitor.guardedBy(guard, released -> dispatch(released, deviceId));
        return guard;
    }

    /** The device guard of the device; null when the guard is off or no endpoint of the device started. */
    public DeviceGuard guard(String deviceId) {
        return guards.get(deviceId);
    }

    private void unregisterHealthChecks() {
        WhacenterNotSentException stopped = new WhacenterNotSentException("send",
                "the component stopped while the device guard held the send", null);
        guards.values().forEach(guard -> guard.shutdown(stopped));
        guards.clear();
        sendPolicies.clear();
        HealthCheckRegistry registry = HealthCheckRegistry.get(context.get());
        if (registry != null) {
            healthChecks.forEach(registry::unregister);
        }
        healthChecks.clear();
        gatewayChecks.clear();
        deviceChecks.clear();
        monitors.clear();
        lastUsed.clear();
    }

    /** The number of paced sends of the device waiting for their turn. */
    public int waitingSends(String deviceId) {
        DeviceSendQueue queue = sendQueues.get(deviceId);
        return queue == null ? 0 : queue.waiting();
    }

    /** The device's ban guard: jitter, quotas, quiet hours. */
    public DeviceSendPolicy sendPolicy(String deviceId) {
        return sendPolicies.computeIfAbsent(deviceId, id -> new DeviceSendPolicy(settings.sendPolicy(), Clock.systemUTC()));
    }

    private DeviceSendQueue sendQueue(String deviceId) {
        return sendQueues.computeIfAbsent(deviceId, id -> {
            DeviceSendQueue queue = new DeviceSendQueue(settings.sendQueueCapacity(), gateway.pacer(), sendPolicy(id),
                    settings.paceFirstSend());
            gateway.metrics().sendQueue(id, () -> waitingSends(id));
            return queue;
        });
    }
}
