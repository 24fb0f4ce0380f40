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
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import io.github.camelwhacenter.WhacenterException;
import io.github.camelwhacenter.WhacenterGatewayException;
import io.github.camelwhacenter.gateway.GatewayCall;
import io.github.camelwhacenter.model.WhacenterDeviceState;
import io.github.camelwhacenter.model.WhacenterDeviceStatus;

/**
 * What is known of one device's connection to WhatsApp, from every status the gateway answered for it: the
 * watchdog's polls, deviceStatus calls and the monitor's own polls. The health checks read it; it asks the gateway
 * itself only when it is read while older than deviceCheckInterval, and never twice at once.
 */
public final class DeviceMonitor {

    /** One look at the device: its status, or why it could not be had. */
    public record Observation(WhacenterDeviceStatus status, WhacenterException failure, Instant at) {

        /** The device's state; null when the gateway could not tell. */
        public WhacenterDeviceState state() {
            return status == null ? null : WhacenterDeviceState.of(status);
        }

        /** The gateway answered as the API says, even if only that it does not know the device. */
        public boolean gatewayAnswered() {
            return status != null || failure instanceof WhacenterGatewayException;
        }
    }

    private final ReentrantLock polling = new ReentrantLock();
    private final Clock clock;
    private volatile DeviceCircuitBreaker circuitBreaker;
    private volatile Consumer<GatewayCall> release;
    /** An endpoint of the device that is running, and how it asks the gateway for the device's status. */
    private record Poller(Object user, String baseUrl, Runnable poll) {
    }

    /** The running endpoints of the device, the latest to start last. */
    private final Deque<Poller> pollers = new ArrayDeque<>();
    private volatile Observation last;
    private final AtomicLong sends = new AtomicLong();
    private final AtomicLong failedSends = new AtomicLong();

    /** @param clock the clock each observation is stamped with */
    public DeviceMonitor(Clock clock) {
        this.clock = clock;
    }

    /**
     * A running endpoint of the device: the monitor's own polls use the settings (base URL, TLS, proxy) of the latest
     * to start of those still running.
     *
     * @param poll asks the gateway for the device's status with the endpoint's settings, and tells this monitor
     * @return whether it is the first
     */
    public synchronized boolean usedBy(Object user, String baseUrl, Runnable poll) {
        boolean first = pollers.isEmpty();
        pollers.removeIf(poller -> poller.user() == user);
        pollers.addLast(new Poller(user, baseUrl, poll));
        return first;
    }

    /**
     * The endpoint stopped: the polls go on with the settings of another still running.
     *
     * @return whether no endpoint of the device is left running
     */
    public synchronized boolean releasedBy(Object user) {
        pollers.removeIf(poller -> poller.user() == user);
        return pollers.isEmpty();
    }

    private synchronized Poller poller() {
        return pollers.peekLast();
    }

    /** The gateway the polls ask; null when no endpoint of the device is running. */
    public String pollerBaseUrl() {
        Poller poller = poller();
        return poller == null ? null : poller.baseUrl();
    }

    /** The device's circuit breaker, told every status seen; release takes the sends it held once it closes. */
    public void tellCircuitBreaker(DeviceCircuitBreaker circuitBreaker, Consumer<GatewayCall> release) {
        this.release = release;
        this.circuitBreaker = circuitBreaker;
    }

    /** The device's circuit breaker; null when there is none. */
    public DeviceCircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    public void observed(WhacenterDeviceStatus status) {
        last = new Observation(status, null, clock.instant());
        DeviceCircuitBreaker current = circuitBreaker;
        if (current != null) {
            current.observed(WhacenterDeviceState.of(status), release);
        }
    }

    public void failed(WhacenterException failure) {
        last = new Observation(null, failure, clock.instant());
    }

    public void sendCompleted(boolean sent) {
        (sent ? sends : failedSends).incrementAndGet();
    }

    /** Message sends the gateway accepted since the component started. */
    public long sends() {
        return sends.get();
    }

    /** Message sends that failed since the component started, whatever the reason. */
    public long failedSends() {
        return failedSends.get();
    }

    /** The latest observation, whatever its age; null before the first. */
    public Observation last() {
        return last;
    }

    /**
     * The latest observation, first asking the gateway when it is older than maxAgeMillis. A caller that finds
     * another one asking takes what is known; null when nothing is known yet.
     */
    public Observation current(long maxAgeMillis) {
        Observation seen = last;
        if (isFresh(seen, maxAgeMillis) || !polling.tryLock()) {
            return seen;
        }
        try {
            seen = last;
            if (!isFresh(seen, maxAgeMillis)) {
                poll();
            }
            return last;
        } finally {
            polling.unlock();
        }
    }

    /** Asks the gateway now, unless another caller is asking. */
    public void refresh() {
        if (polling.tryLock()) {
            try {
                poll();
            } finally {
                polling.unlock();
            }
        }
    }

    private boolean isFresh(Observation seen, long maxAgeMillis) {
        return seen != null && seen.at().plusMillis(maxAgeMillis).isAfter(clock.instant());
    }

    private void poll() {
        Poller poller = poller();
        if (poller == null) {
            return;
        }
        try {
            // the poll records the status the gateway answered here
            poller.poll().run();
        } catch (WhacenterException e) {
            // recorded by the poll too; kept here for a failure before the call was made
            failed(e);
        }
    }

    /** What to do about a device in this state: a health check's message, the reason a circuit breaker opened. */
    public static String whatToDo(WhacenterDeviceState state) {
        return switch (state) {
            case QR_WAITING -> "the device is not connected: scan its QR code (whacenter:qr) with WhatsApp on the phone";
            case QR_TIMEOUT -> "the device's QR code expired: call whacenter:relogDevice for a fresh one, then scan it";
            case DISCONNECTED -> "the device is not connected to WhatsApp: call whacenter:relogDevice and scan the new QR "
                                 + "code, or check the phone";
            case CONNECTED -> "the device is connected";
        };
    }
}
