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

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import io.github.camelwhacenter.model.WhacenterDeviceState;
import io.github.camelwhacenter.model.WhacenterDeviceStatus;

/**
 * What is known of one device's connection to WhatsApp, from every status the gateway answered for it: the
 * watchdog's polls, deviceStatus calls and the monitor's own polls. The health checks read it; it asks the gateway
 * itself only when it is read while older than deviceCheckInterval, and never twice at once.
 */
final class DeviceMonitor {

    /** One look at the device: its status, or why it could not be had. */
    record Observation(WhacenterDeviceStatus status, WhacenterException failure, Instant at) {

        /** The device's state; null when the gateway could not tell. */
        WhacenterDeviceState state() {
            return status == null ? null : WhacenterDeviceState.of(status);
        }

        /** The gateway answered as the API says, even if only that it does not know the device. */
        boolean gatewayAnswered() {
            return status != null || failure instanceof WhacenterGatewayException;
        }
    }

    private final ReentrantLock polling = new ReentrantLock();
    private volatile DeviceGuard guard;
    private volatile Consumer<GatewayCall> release;
    /** The running endpoints of the device, the latest to start last. */
    private final Deque<WhacenterEndpoint> pollers = new ArrayDeque<>();
    private volatile Observation last;
    private final AtomicLong sends = new AtomicLong();
    private final AtomicLong failedSends = new AtomicLong();

    /**
     * A running endpoint of the device: the monitor's own polls use the settings (base URL, TLS, proxy) of the latest
     * to start of those still running.
     *
     * @return whether it is the first
     */
    synchronized boolean usedBy(WhacenterEndpoint endpoint) {
        boolean first = pollers.isEmpty();
        pollers.remove(endpoint);
        pollers.addLast(endpoint);
        return first;
    }

    /**
     * The endpoint stopped: the polls go on with the settings of another still running.
     *
     * @return whether no endpoint of the device is left running
     */
    synchronized boolean releasedBy(WhacenterEndpoint endpoint) {
        pollers.remove(endpoint);
        return pollers.isEmpty();
    }

    /** The endpoint whose settings the polls use; null when none of the device is running. */
    synchronized WhacenterEndpoint poller() {
        return pollers.peekLast();
    }

    /** The device's guard, told every status seen; release takes the sends it held once it closes. */
    void guardedBy(DeviceGuard guard, Consumer<GatewayCall> release) {
        this.release = release;
        this.guard = guard;
    }

    DeviceGuard guard() {
        return guard;
    }

    void observed(WhacenterDeviceStatus status) {
        last = new Observation(status, null, Instant.now());
        DeviceGuard current = guard;
        if (current != null) {
            current.seen(WhacenterDeviceState.of(status), release);
        }
    }

    void failed(WhacenterException failure) {
        last = new Observation(null, failure, Instant.now());
    }

    void sendCompleted(boolean sent) {
        (sent ? sends : failedSends).incrementAndGet();
    }

    /** Message sends the gateway accepted since the component started. */
    long sends() {
        return sends.get();
    }

    /** Message sends that failed since the component started, whatever the reason. */
    long failedSends() {
        return failedSends.get();
    }

    /** The latest observation, whatever its age; null before the first. */
    Observation last() {
        return last;
    }

    /**
     * The latest observation, first asking the gateway when it is older than maxAgeMillis. A caller that finds
     * another one asking takes what is known; null when nothing is known yet.
     */
    Observation current(long maxAgeMillis) {
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
    void refresh() {
        if (polling.tryLock()) {
            try {
                poll();
            } finally {
                polling.unlock();
            }
        }
    }

    private static boolean isFresh(Observation seen, long maxAgeMillis) {
        return seen != null && seen.at().plusMillis(maxAgeMillis).isAfter(Instant.now());
    }

    private void poll() {
        WhacenterEndpoint poller = poller();
        if (poller == null) {
            return;
        }
        try {
            // callGateway records the status it answered here
            poller.callGateway(WhacenterOperation.deviceStatus, Map.of());
        } catch (WhacenterException e) {
            // recorded by callGateway too; kept here for a failure before the call was made
            failed(e);
        }
    }
}
