package io.github.camelwhacenter;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

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
    private volatile WhacenterEndpoint poller;
    private volatile Observation last;

    /**
     * The endpoint whose settings (base URL, TLS, proxy) the monitor's own polls use: the latest to start.
     *
     * @return whether it is the first
     */
    synchronized boolean usedBy(WhacenterEndpoint endpoint) {
        boolean first = poller == null;
        poller = endpoint;
        return first;
    }

    WhacenterEndpoint poller() {
        return poller;
    }

    void observed(WhacenterDeviceStatus status) {
        last = new Observation(status, null, Instant.now());
    }

    void failed(WhacenterException failure) {
        last = new Observation(null, failure, Instant.now());
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

    private static boolean isFresh(Observation seen, long maxAgeMillis) {
        return seen != null && seen.at().plusMillis(maxAgeMillis).isAfter(Instant.now());
    }

    private void poll() {
        try {
            // callGateway records the status it answered here
            poller.callGateway(WhacenterOperation.deviceStatus, Map.of());
        } catch (WhacenterException e) {
            // recorded by callGateway too; kept here for a failure before the call was made
            failed(e);
        }
    }
}
