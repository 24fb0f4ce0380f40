package io.github.camelwhacenter;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one webhook consumer received since it started: deliveries its route processed, duplicates it skipped, posts
 * it answered with an error (the route failed, or the post was refused), and when the last delivery came.
 */
final class WebhookActivity {

    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicReference<Instant> lastDelivery = new AtomicReference<>();

    void delivered() {
        delivered.incrementAndGet();
        lastDelivery.set(Instant.now());
    }

    void duplicate() {
        duplicates.incrementAndGet();
    }

    /** The route failed to process a delivery: the gateway was answered with an error. */
    void failed() {
        failed.incrementAndGet();
    }

    /** A post that was not a delivery to process: wrong method or token, malformed, too large, not accepted. */
    void refused() {
        refused.incrementAndGet();
    }

    long deliveries() {
        return delivered.get();
    }

    long duplicates() {
        return duplicates.get();
    }

    long failures() {
        return failed.get();
    }

    long refusals() {
        return refused.get();
    }

    /** When the route last processed a delivery; null before the first. */
    Instant lastDelivery() {
        return lastDelivery.get();
    }
}
