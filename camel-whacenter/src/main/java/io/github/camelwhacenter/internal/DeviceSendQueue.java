package io.github.camelwhacenter.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Paces one device's sends, because WhatsApp bans numbers that send too fast: one send at a time, in the order they
 * came, each started a full interval after the previous one started and only once it finished. Waiting sends hold no
 * thread: the next one is started from a scheduler. Booking slots ahead instead would let overdue sends leave together
 * after a pause, out of order.
 */
public final class DeviceSendQueue {

    /** A send waiting for its turn. */
    public interface Send {
        /** Starts the send; it must run {@code finished} once, when the gateway answered or the send failed. */
        void start(Runnable finished);

        /** The send will never start: the component is stopping. */
        void abort(Exception reason);
    }

    private final long intervalNanos;
    private final ScheduledExecutorService scheduler;
    private final Deque<Send> waiting = new ArrayDeque<>();
    private boolean sending;
    private long lastStartNanos;
    private boolean started;

    /**
     * @param sendsPerPeriod    how many sends a period allows; 0 for no limit by rate
     * @param periodMillis      the period
     * @param minIntervalMillis the least gap between two sends; 0 for none
     */
    public DeviceSendQueue(int sendsPerPeriod, long periodMillis, long minIntervalMillis, ScheduledExecutorService scheduler) {
        long byRate = sendsPerPeriod > 0 ? TimeUnit.MILLISECONDS.toNanos(periodMillis) / sendsPerPeriod : 0;
        this.intervalNanos = Math.max(byRate, TimeUnit.MILLISECONDS.toNanos(minIntervalMillis));
        this.scheduler = scheduler;
    }

    public static boolean isEnabled(int sendsPerPeriod, long minIntervalMillis) {
        return sendsPerPeriod > 0 || minIntervalMillis > 0;
    }

    /** Queues the send; it starts when its turn comes. */
    public synchronized void submit(Send send) {
        waiting.add(send);
        if (!sending) {
            sending = true;
            scheduleNext();
        }
    }

    /** The number of sends waiting for their turn. */
    public synchronized int waiting() {
        return waiting.size();
    }

    private void scheduleNext() {
        Send next = waiting.poll();
        if (next == null) {
            sending = false;
            return;
        }
        long wait = started ? lastStartNanos + intervalNanos - System.nanoTime() : 0;
        try {
            scheduler.schedule(() -> start(next), Math.max(wait, 0), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            next.abort(e);
            waiting.forEach(send -> send.abort(e));
            waiting.clear();
            sending = false;
        }
    }

    private void start(Send send) {
        synchronized (this) {
            lastStartNanos = System.nanoTime();
            started = true;
        }
        AtomicBoolean finished = new AtomicBoolean();
        send.start(() -> {
            if (finished.compareAndSet(false, true)) {
                synchronized (this) {
                    scheduleNext();
                }
            }
        });
    }
}
