package io.github.camelwhacenter.internal;

import java.util.concurrent.TimeUnit;

/**
 * Spaces one device's sends evenly: WhatsApp bans numbers that send too fast. Each send reserves the next free slot,
 * so sends leave in the order they were reserved; a caller waits for its slot on a scheduler, not on a thread.
 */
public final class SendRateLimiter {

    private final long intervalNanos;
    private long nextSlotNanos;

    /**
     * @param sendsPerPeriod   how many sends a period allows; 0 for no limit by rate
     * @param periodMillis     the period
     * @param minIntervalMillis the least gap between two sends; 0 for none
     */
    public SendRateLimiter(int sendsPerPeriod, long periodMillis, long minIntervalMillis) {
        long byRate = sendsPerPeriod > 0 ? TimeUnit.MILLISECONDS.toNanos(periodMillis) / sendsPerPeriod : 0;
        this.intervalNanos = Math.max(byRate, TimeUnit.MILLISECONDS.toNanos(minIntervalMillis));
    }

    public static boolean isEnabled(int sendsPerPeriod, long minIntervalMillis) {
        return sendsPerPeriod > 0 || minIntervalMillis > 0;
    }

    /** Reserves the next slot and answers how long to wait for it, in nanoseconds (0: send now). */
    public synchronized long reserve(long nowNanos) {
        long slot = nextSlotNanos - nowNanos > 0 ? nextSlotNanos : nowNanos;
        nextSlotNanos = slot + intervalNanos;
        return slot - nowNanos;
    }
}
