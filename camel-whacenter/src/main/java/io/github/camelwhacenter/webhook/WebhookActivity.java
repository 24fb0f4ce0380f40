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
package io.github.camelwhacenter.webhook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * What one webhook consumer received since it started: deliveries its route processed, duplicates it skipped, posts
 * it answered with an error (the route failed, or the post was refused), and when the last delivery came.
 */
public final class WebhookActivity {

    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicReference<Instant> lastDelivery = new AtomicReference<>();
    private volatile Consumer<String> listener = outcome -> { };

    /** Tells each answered post's outcome (delivered, duplicate, failed, refused) to the listener too: the meters. */
    public void reportTo(Consumer<String> listener) {
        this.listener = listener;
    }

    public void delivered() {
        delivered.incrementAndGet();
        lastDelivery.set(Instant.now());
        listener.accept("delivered");
    }

    public void duplicate() {
        duplicates.incrementAndGet();
        listener.accept("duplicate");
    }

    /** The route failed to process a delivery: the gateway was answered with an error. */
    public void failed() {
        failed.incrementAndGet();
        listener.accept("failed");
    }

    /** A post that was not a delivery to process: wrong method or token, malformed, too large, not accepted. */
    public void refused() {
        refused.incrementAndGet();
        listener.accept("refused");
    }

    public long deliveries() {
        return delivered.get();
    }

    public long duplicates() {
        return duplicates.get();
    }

    public long failures() {
        return failed.get();
    }

    public long refusals() {
        return refused.get();
    }

    /** When the route last processed a delivery; null before the first. */
    public Instant lastDelivery() {
        return lastDelivery.get();
    }

    /**
     * What was received, by name: deliveries, duplicates, failures, refused, and lastDelivery (null before the first).
     * The dev console, JMX and the webhook's health check show it.
     */
    public Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("deliveries", deliveries());
        report.put("duplicates", duplicates());
        report.put("failures", failures());
        report.put("refused", refusals());
        Instant last = lastDelivery();
        report.put("lastDelivery", last == null ? null : last.toString());
        return report;
    }
}
