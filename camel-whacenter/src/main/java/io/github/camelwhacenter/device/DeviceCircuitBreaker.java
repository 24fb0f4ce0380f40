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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.github.camelwhacenter.WhacenterCircuitBreaker;
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
public final class DeviceCircuitBreaker {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceCircuitBreaker.class);

    /** What became of a send offered while the circuit breaker may be open. */
    public enum Admission { PASS, REFUSED, HELD, FULL }

    private final String name;
    private final WhacenterCircuitBreaker mode;
    private final int threshold;
    private final int capacity;
    private final long probeMillis;
    private final ScheduledExecutorService scheduler;
    private final Runnable probe;
    private final Clock clock;
    private final ArrayDeque<GatewayCall> held = new ArrayDeque<>();
    private int refusedInARow;
    private boolean open;
    private boolean suspended;
    private String reason;
    private Instant openedAt;
    private ScheduledFuture<?> probing;

    /**
     * @param name     how logs name the device (never its id)
     * @param capacity the most sends it holds
     * @param probe    asks the gateway for the device's status, off the scheduler's thread
     * @param clock    the clock that says since when it is open
     */
    public DeviceCircuitBreaker(String name, WhacenterCircuitBreaker mode, int threshold, int capacity, long probeMillis,
                                ScheduledExecutorService scheduler, Runnable probe, Clock clock) {
        this.name = name;
        this.mode = mode;
        this.threshold = threshold;
        this.capacity = capacity;
        this.probeMillis = probeMillis;
        this.scheduler = scheduler;
        this.probe = probe;
        this.clock = clock;
    }

    public synchronized boolean isOpen() {
        return open;
    }

    /** Whether an operator suspended the device's sends (JMX), whatever the device's state. */
    public synchronized boolean isSuspended() {
        return suspended;
    }

    /**
     * Suspends the device's message sends (an operator's hand), or resumes them; sends are held while suspended,
     * whatever the mode. Resuming releases them unless the circuit breaker itself is open.
     */
    public void suspend(boolean suspend, Consumer<GatewayCall> release) {
        List<GatewayCall> resumed = List.of();
        synchronized (this) {
            if (suspended == suspend) {
                return;
            }
            suspended = suspend;
            if (!suspend && !open) {
                resumed = new ArrayList<>(held);
                held.clear();
            }
        }
        LOG.info("Whacenter device {}: sends {} by an operator", name, suspend ? "suspended" : "resumed");
        if (!resumed.isEmpty()) {
            resumed.forEach(release);
        }
    }

    /** Why the circuit breaker is open, for health and exceptions; null while closed. */
    public synchronized String reason() {
        return open ? reason + " (since " + openedAt + ")" : null;
    }

    public synchronized int heldSends() {
        return held.size();
    }

    /**
     * Lets a send through, refuses it, or holds it until the circuit breaker closes; a held send is handed to release
     * then.
     */
    public Admission admit(GatewayCall call) {
        synchronized (this) {
            if (suspended) {
                if (held.size() >= capacity) {
                    return Admission.FULL;
                }
                held.add(call);
                return Admission.HELD;
            }
            if (!open || mode == WhacenterCircuitBreaker.OFF) {
                return Admission.PASS;
            }
            if (mode == WhacenterCircuitBreaker.FAIL_FAST) {
                return Admission.REFUSED;
            }
            if (held.size() >= capacity) {
                return Admission.FULL;
            }
            held.add(call);
            return Admission.HELD;
        }
    }

    /** The exception a refused send fails with. */
    public WhacenterDeviceNotConnectedException refusal(WhacenterOperation operation) {
        return new WhacenterDeviceNotConnectedException(operation.name(), "the circuit breaker refused the send, nothing was "
                                                                          + "sent: " + reason());
    }

    /** A status the gateway answered for the device. */
    public void observed(WhacenterDeviceState state, Consumer<GatewayCall> release) {
        if (state == WhacenterDeviceState.CONNECTED) {
            close(release);
        } else {
            open("the gateway says the device is " + state + ": "
                 + DeviceMonitor.whatToDo(state));
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
            if (mode == WhacenterCircuitBreaker.OFF || open) {
                return;
            }
            open = true;
            reason = why;
            openedAt = clock.instant();
            try {
                probing = scheduler.scheduleWithFixedDelay(probe, probeMillis, probeMillis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                // the component stops: shutdown fails what the circuit breaker holds
                probing = null;
            }
        }
        LOG.warn("Whacenter device {}: the circuit breaker opened, sends {} until the device is seen connected: {}", name,
                mode == WhacenterCircuitBreaker.PAUSE ? "are held" : "fail at once", why);
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
            // sends an operator suspended stay held
            resumed = suspended ? List.of() : new ArrayList<>(held);
            if (!suspended) {
                held.clear();
            }
        }
        LOG.info("Whacenter device {}: the device is connected again, the circuit breaker closed{}", name,
                resumed.isEmpty() ? "" : "; " + resumed.size() + " held sends go on");
        // outside the lock: a released send may complete, and its callback run, on this thread
        resumed.forEach(release);
    }

    /** Fails every held send and stops probing; the component stops. */
    public void shutdown(WhacenterException failure) {
        List<GatewayCall> dropped;
        synchronized (this) {
            open = false;
            if (probing != null) {
                probing.cancel(false);
                probing = null;
            }
            dropped = new ArrayList<>(held);
            held.clear();
        }
        dropped.forEach(call -> call.fail(failure));
    }
}
