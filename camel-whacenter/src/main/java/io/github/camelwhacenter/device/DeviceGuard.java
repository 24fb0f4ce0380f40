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

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.github.camelwhacenter.WhacenterDeviceGuard;
import io.github.camelwhacenter.WhacenterDeviceNotConnectedException;
import io.github.camelwhacenter.WhacenterException;
import io.github.camelwhacenter.WhacenterOperation;
import io.github.camelwhacenter.gateway.GatewayCall;
import io.github.camelwhacenter.model.WhacenterDeviceState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The circuit breaker of one device's sends. It opens when the device is seen disconnected (any status the gateway
 * answered) or after threshold sends in a row were refused as "not connected"; it closes when the device is seen
 * connected, or a send succeeds. While open it asks the gateway for the device's status once per interval, so it
 * closes without anyone else polling. Each change is logged once.
 */
public final class DeviceGuard {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceGuard.class);

    /** What became of a send offered while the guard may be open. */
    public enum Admission { PASS, REFUSED, PAUSED, FULL }

    private final String name;
    private final WhacenterDeviceGuard mode;
    private final int threshold;
    private final int capacity;
    private final long probeMillis;
    private final ScheduledExecutorService scheduler;
    private final Runnable probe;
    private final ArrayDeque<GatewayCall> paused = new ArrayDeque<>();
    private int refusedInARow;
    private boolean open;
    private boolean heldByHand;
    private String reason;
    private Instant openedAt;
    private ScheduledFuture<?> probing;

    /**
     * @param name  how logs name the device (never its id)
     * @param probe asks the gateway for the device's status, off the scheduler's thread
     */
    public DeviceGuard(String name, WhacenterDeviceGuard mode, int threshold, int capacity, long probeMillis,
                ScheduledExecutorService scheduler, Runnable probe) {
        this.name = name;
        this.mode = mode;
        this.threshold = threshold;
        this.capacity = capacity;
        this.probeMillis = probeMillis;
        this.scheduler = scheduler;
        this.probe = probe;
    }

    public synchronized boolean isOpen() {
        return open;
    }

    /** Whether an operator paused the device's sends (JMX), whatever the device's state. */
    public synchronized boolean isHeldByHand() {
        return heldByHand;
    }

    /**
     * Pauses the device's message sends, or resumes them; sends wait while paused, whatever the mode. Resuming
     * releases them unless the guard itself is open.
     */
    public void holdByHand(boolean hold, Consumer<GatewayCall> release) {
        List<GatewayCall> resumed = List.of();
        synchronized (this) {
            if (heldByHand == hold) {
                return;
            }
            heldByHand = hold;
            if (!hold && !open) {
                resumed = new ArrayList<>(paused);
                paused.clear();
            }
        }
        LOG.info("Whacenter device {}: sends {} by an operator", name, hold ? "paused" : "resumed");
        if (!resumed.isEmpty()) {
            resumed.forEach(release);
        }
    }

    /** Why the guard is open, for health and exceptions; null while closed. */
    public synchronized String reason() {
        return open ? reason + " (since " + openedAt + ")" : null;
    }

    public synchronized int pausedSends() {
        return paused.size();
    }

    /**
     * Lets a send through, refuses it, or keeps it until the guard closes; a kept send is handed to release then.
     */
    public Admission admit(GatewayCall call) {
        synchronized (this) {
            if (heldByHand) {
                if (paused.size() >= capacity) {
                    return Admission.FULL;
                }
                paused.add(call);
                return Admission.PAUSED;
            }
            if (!open || mode == WhacenterDeviceGuard.OFF) {
                return Admission.PASS;
            }
            if (mode == WhacenterDeviceGuard.FAIL_FAST) {
                return Admission.REFUSED;
            }
            if (paused.size() >= capacity) {
                return Admission.FULL;
            }
            paused.add(call);
            return Admission.PAUSED;
        }
    }

    /** The exception a refused send fails with. */
    public WhacenterDeviceNotConnectedException refusal(WhacenterOperation operation) {
        return new WhacenterDeviceNotConnectedException(operation.name(), "the device guard refused the send, nothing was "
                                                                          + "sent: " + reason());
    }

    /** A status the gateway answered for the device. */
    public void seen(WhacenterDeviceState state, Consumer<GatewayCall> release) {
        if (state == WhacenterDeviceState.CONNECTED) {
            close(release);
        } else {
            open("the gateway says the device is " + state + ": "
                 + WhacenterDeviceHealthCheck.whatToDo(state));
        }
    }

    /** The gateway answered a send: accepted, or refused because the device is not connected. */
    public void sendAnswered(boolean refusedAsNotConnected, Consumer<GatewayCall> release) {
        if (!refusedAsNotConnected) {
            close(release);
            return;
        }
        boolean opening;
        synchronized (this) {
            refusedInARow++;
            opening = refusedInARow >= threshold;
        }
        if (opening) {
            open(threshold + " sends in a row were refused as not connected");
        }
    }

    private void open(String why) {
        synchronized (this) {
            if (mode == WhacenterDeviceGuard.OFF || open) {
                return;
            }
            open = true;
            reason = why;
            openedAt = Instant.now();
            try {
                probing = scheduler.scheduleWithFixedDelay(probe, probeMillis, probeMillis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                // the component stops: shutdown fails what the guard holds
                probing = null;
            }
        }
        LOG.warn("Whacenter device {}: the device guard opened, sends {} until the device is seen connected: {}", name,
                mode == WhacenterDeviceGuard.PAUSE ? "wait" : "fail at once", why);
    }

    private void close(Consumer<GatewayCall> release) {
        List<GatewayCall> resumed;
        synchronized (this) {
            refusedInARow = 0;
            if (!open) {
                return;
            }
            open = false;
            reason = null;
            if (probing != null) {
                probing.cancel(false);
                probing = null;
            }
            // sends an operator paused stay paused
            resumed = heldByHand ? List.of() : new ArrayList<>(paused);
            if (!heldByHand) {
                paused.clear();
            }
        }
        LOG.info("Whacenter device {}: the device is connected again, the device guard closed{}", name,
                resumed.isEmpty() ? "" : "; " + resumed.size() + " paused sends go on");
        // outside the lock: a released send may complete, and its callback run, on this thread
        resumed.forEach(release);
    }

    /** Fails every paused send and stops probing; the component stops. */
    public void shutdown(WhacenterException failure) {
        List<GatewayCall> dropped;
        synchronized (this) {
            open = false;
            if (probing != null) {
                probing.cancel(false);
                probing = null;
            }
            dropped = new ArrayList<>(paused);
            paused.clear();
        }
        dropped.forEach(call -> call.fail(failure));
    }
}
