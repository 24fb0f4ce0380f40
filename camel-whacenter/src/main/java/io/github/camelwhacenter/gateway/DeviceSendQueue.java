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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Paces one device's sends, because WhatsApp bans numbers that send too fast: one send at a time, in the order they
 * came, each put on the wire a full interval after the previous one was put on the wire, and only once that one
 * finished. Measuring from the wire rather than from the start of a send keeps the gap at the gateway even when the
 * first send spends its time opening a connection. Waiting sends hold no thread: the next one is started from a
 * scheduler. Booking slots ahead instead would let overdue sends leave together after a pause, out of order.
 * <p>
 * Sends are never started, aborted or finished while the queue's lock is held: whatever a send calls back runs
 * outside it. A send that leaves the queue before its turn takes its scheduled start with it, so that neither the
 * send nor the scheduler's thread is kept until a turn that will never come.
 */
public final class DeviceSendQueue {

    /** A send waiting for its turn. */
    public interface Send {
        /** The least time between the previous send of the device going on the wire and this one. */
        long intervalNanos();

        /**
         * Starts the send. It must call {@link Turn#finished()} once, when the gateway answered or the send failed; a
         * send that throws is aborted with what it threw, and the queue moves on.
         */
        void start(Turn turn);

        /** The send will never start (the queue was closed, or its start threw); called at most once. */
        void abort(Exception reason);

        /** Whether the gateway is asked to hold the message until a later time (it carries a schedule). */
        default boolean scheduled() {
            return false;
        }

        /** The number a message send goes to; null for a group or any other call. */
        default String recipient() {
            return null;
        }
    }

    /** Holds sends back beyond their interval: a quota that is used up, quiet hours. */
    public interface Gate {
        /** Lets every send go as its interval says. */
        Gate OPEN = new Gate() {
            @Override
            public long waitNanos(Send next, long nowNanos) {
                return 0;
            }

            @Override
            public void started(Send send, long nowNanos) {
            }
        };

        /** How much longer the next send must wait; 0 when it may start now. */
        long waitNanos(Send next, long nowNanos);

        /** The send starts now. */
        void started(Send send, long nowNanos);
    }

    /** What a started send reports back to its queue. */
    public interface Turn {
        /** The request is going on the wire now. */
        void onWire();

        /** The send is over; later calls are ignored. */
        void finished();
    }

    private final int capacity;
    private final ScheduledExecutorService scheduler;
    private final Gate gate;
    private final boolean paceFirst;
    /** {@link System#nanoTime()}, or a test's clock that moves with its scheduler. */
    private final LongSupplier nanoClock;
    private final Deque<Send> waiting = new ArrayDeque<>();
    /** The send whose turn it is: scheduled to start, or started and not finished; null when none is. */
    private Send current;
    private boolean currentStarted;
    /** The scheduler's task that starts {@link #current}; null once it runs, or when there is none. */
    private ScheduledFuture<?> currentStart;
    private long lastWireNanos;
    private boolean anySent;
    private boolean closed;

    /**
     * @param capacity  the most sends waiting behind the one whose turn it is; beyond it {@link #offer(Send)} refuses
     * @param scheduler where waiting sends are started when their turn comes
     */
    public DeviceSendQueue(int capacity, ScheduledExecutorService scheduler) {
        this(capacity, scheduler, Gate.OPEN, false);
    }

    /**
     * @param gate      what may hold a send back beyond its interval
     * @param paceFirst whether the first send waits a full interval too: another process may have sent for the device
     *                  just before this one took over
     */
    public DeviceSendQueue(int capacity, ScheduledExecutorService scheduler, Gate gate, boolean paceFirst) {
        this(capacity, scheduler, gate, paceFirst, System::nanoTime);
    }

    /**
     * @param nanoClock the clock the intervals are measured on, the one the scheduler's delays run on
     */
    public DeviceSendQueue(int capacity, ScheduledExecutorService scheduler, Gate gate, boolean paceFirst,
                           LongSupplier nanoClock) {
        this.capacity = capacity;
        this.scheduler = scheduler;
        this.gate = gate;
        this.paceFirst = paceFirst;
        this.nanoClock = nanoClock;
    }

    /** The gap sendsPerPeriod/periodMillis and minIntervalMillis ask for together: the longer one wins. */
    public static long intervalNanos(int sendsPerPeriod, long periodMillis, long minIntervalMillis) {
        long byRate = sendsPerPeriod > 0 ? TimeUnit.MILLISECONDS.toNanos(periodMillis) / sendsPerPeriod : 0;
        return Math.max(byRate, TimeUnit.MILLISECONDS.toNanos(Math.max(minIntervalMillis, 0)));
    }

    public int capacity() {
        return capacity;
    }

    /**
     * Queues the send; it starts when its turn comes.
     *
     * @return false, with nothing queued, when the queue is full or closed
     */
    public boolean offer(Send send) {
        List<Send> toAbort;
        RejectedExecutionException rejected;
        synchronized (this) {
            // the one whose turn it is does not count, started or not: counting it until it starts would make the
            // bound move with the scheduler's timing, refusing a send or not by a race
            if (closed || waiting.size() >= capacity) {
                return false;
            }
            waiting.add(send);
            if (current != null) {
                return true;
            }
            rejected = scheduleNextLocked();
            toAbort = rejected == null ? List.of() : drainLocked();
        }
        abortAll(toAbort, rejected);
        return true;
    }

    /**
     * Takes a send out of the queue if it has not started, e.g. because its exchange was failed meanwhile.
     *
     * @return whether it was still waiting
     */
    public boolean remove(Send send) {
        List<Send> toAbort = List.of();
        RejectedExecutionException rejected = null;
        synchronized (this) {
            if (waiting.remove(send)) {
                return true;
            }
            if (current != send || currentStarted) {
                return false;
            }
            // scheduled but not started
            cancelStartLocked();
            current = null;
            if (!closed) {
                rejected = scheduleNextLocked();
                toAbort = rejected == null ? List.of() : drainLocked();
            }
        }
        abortAll(toAbort, rejected);
        return true;
    }

    /** The number of sends waiting for their turn, the one about to start included. */
    public synchronized int waiting() {
        return notStartedLocked();
    }

    private int notStartedLocked() {
        return waiting.size() + (current != null && !currentStarted ? 1 : 0);
    }

    /**
     * Closes the queue if no send waits in it or runs: a device idle long enough is forgotten, and a send offered
     * after finds the queue closed and takes a new one.
     *
     * @return whether the queue is closed
     */
    public synchronized boolean closeIfIdle() {
        if (!closed && waiting.isEmpty() && current == null) {
            closed = true;
        }
        return closed;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Refuses new sends and aborts every send that has not started with the given reason; a started send finishes on
     * its own.
     */
    public void close(Exception reason) {
        List<Send> toAbort;
        synchronized (this) {
            closed = true;
            toAbort = drainLocked();
        }
        abortAll(toAbort, reason);
    }

    private RejectedExecutionException scheduleNextLocked() {
        Send next = waiting.poll();
        current = next;
        currentStarted = false;
        if (next == null) {
            return null;
        }
        long now = nanoClock.getAsLong();
        long paced = anySent ? lastWireNanos + next.intervalNanos() - now : paceFirst ? next.intervalNanos() : 0;
        long wait = Math.max(paced, gate.waitNanos(next, now));
        return scheduleStartLocked(next, wait);
    }

    private RejectedExecutionException scheduleStartLocked(Send next, long waitNanos) {
        try {
            currentStart = scheduler.schedule(() -> start(next), Math.max(waitNanos, 0), TimeUnit.NANOSECONDS);
            return null;
        } catch (RejectedExecutionException e) {
            closed = true;
            return e;
        }
    }

    /** Empties the queue, the scheduled send included, and returns what it held. */
    private List<Send> drainLocked() {
        List<Send> drained = new ArrayList<>(waiting.size() + 1);
        if (current != null && !currentStarted) {
            cancelStartLocked();
            drained.add(current);
            current = null;
        }
        drained.addAll(waiting);
        waiting.clear();
        return drained;
    }

    /** Cancelling never runs the task, so no send is called back under the lock. */
    private void cancelStartLocked() {
        if (currentStart != null) {
            currentStart.cancel(false);
            currentStart = null;
        }
    }

    private void start(Send send) {
        List<Send> toAbort = List.of();
        RejectedExecutionException rejected;
        synchronized (this) {
            if (current != send || currentStarted) {
                return;
            }
            currentStart = null;
            long now = nanoClock.getAsLong();
            long held = gate.waitNanos(send, now);
            if (held > 0) {
                // the gate closed since the send was scheduled: its turn comes when it opens
                rejected = scheduleStartLocked(send, held);
                if (rejected == null) {
                    return;
                }
                toAbort = drainLocked();
            } else {
                rejected = null;
                gate.started(send, now);
                currentStarted = true;
                // a send that fails before the wire still counts from its start: it may have reached the gateway
                lastWireNanos = now;
                anySent = true;
            }
        }
        if (rejected != null) {
            abortAll(toAbort, rejected);
            return;
        }
        SendTurn turn = new SendTurn(send);
        try {
            send.start(turn);
        } catch (RuntimeException | Error e) {
            try {
                send.abort(e instanceof Exception exception ? exception : new IllegalStateException(e));
            } finally {
                turn.finished();
            }
        }
    }

    private static void abortAll(List<Send> sends, Exception reason) {
        RuntimeException first = null;
        for (Send send : sends) {
            try {
                send.abort(reason);
            } catch (RuntimeException e) {
                // every send is aborted even if one of them throws
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private final class SendTurn implements Turn {
        private final Send send;
        private final AtomicBoolean finished = new AtomicBoolean();

        private SendTurn(Send send) {
            this.send = send;
        }

        @Override
        public void onWire() {
            synchronized (DeviceSendQueue.this) {
                if (current == send) {
                    lastWireNanos = nanoClock.getAsLong();
                }
            }
        }

        @Override
        public void finished() {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            List<Send> toAbort = List.of();
            RejectedExecutionException rejected = null;
            synchronized (DeviceSendQueue.this) {
                if (current == send) {
                    if (closed) {
                        current = null;
                    } else {
                        rejected = scheduleNextLocked();
                        toAbort = rejected == null ? List.of() : drainLocked();
                    }
                }
            }
            abortAll(toAbort, rejected);
        }
    }
}
