package io.github.camelwhacenter.internal;

import java.util.ArrayDeque;

/**
 * At most limit sends in any window of time (a rolling window, not a calendar hour or day): what a number may send
 * before WhatsApp takes it for a spammer. Holds one timestamp per send in the window, so at most limit of them.
 */
public final class SendQuota {

    private final int limit;
    private final long windowNanos;
    private final ArrayDeque<Long> sent = new ArrayDeque<>();

    public SendQuota(int limit, long windowNanos) {
        this.limit = limit;
        this.windowNanos = windowNanos;
    }

    public int limit() {
        return limit;
    }

    /** Counts a send now if the window has room. */
    public synchronized boolean tryTake(long nowNanos) {
        evict(nowNanos);
        if (sent.size() >= limit) {
            return false;
        }
        sent.add(nowNanos);
        return true;
    }

    /** How long until the window has room; 0 when it has now. */
    public synchronized long waitNanos(long nowNanos) {
        evict(nowNanos);
        return sent.size() < limit ? 0 : sent.peekFirst() + windowNanos - nowNanos;
    }

    /** The sends counted in the window now. */
    public synchronized int used(long nowNanos) {
        evict(nowNanos);
        return sent.size();
    }

    private void evict(long nowNanos) {
        while (!sent.isEmpty() && nowNanos - sent.peekFirst() >= windowNanos) {
            sent.pollFirst();
        }
    }
}
