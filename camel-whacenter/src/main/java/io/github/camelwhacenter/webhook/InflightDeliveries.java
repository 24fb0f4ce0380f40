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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The deliveries one webhook consumer holds where the engine reads bodies outside the route (Vert.x): each is admitted
 * up to a bound, reads its body, waits for a worker thread, runs in the route, and leaves when its answer is written or
 * its connection closes. Reading a body there takes no thread, so no thread pool caps how many bodies are held at
 * once: the bound does (each body within webhookMaxBodySize).
 */
public final class InflightDeliveries {

    /**
     * How long the longest delivery may have waited for a worker thread before the webhook's health check reports the
     * consumer DOWN: the route takes longer than deliveries keep arriving, and the gateway's posts time out.
     */
    public static final long STALLED_AFTER_MILLIS = 10_000;

    /** Where a delivery is. */
    public enum Stage {
        /** Its body is arriving. */
        READING,
        /** Its body is whole, and it waits for a worker thread to run the route. */
        WAITING,
        /** The route runs it. */
        ROUTING
    }

    /** What is held now. */
    public record Report(int inflight, int max, int reading, int waiting, long longestWaitMillis) {

        /** Whether a delivery has waited for a worker thread for {@link #STALLED_AFTER_MILLIS} or longer. */
        public boolean stalled() {
            return longestWaitMillis >= STALLED_AFTER_MILLIS;
        }

        /** By name, as the dev console, JMX and the webhook's health check show it. */
        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("inflight", inflight);
            map.put("maxInflight", max);
            map.put("reading", reading);
            map.put("waitingForThread", waiting);
            map.put("longestWaitMillis", longestWaitMillis);
            return map;
        }
    }

    private final int max;
    private final LongSupplier nanoClock;
    private final Set<Delivery> held = ConcurrentHashMap.newKeySet();
    private final AtomicInteger count = new AtomicInteger();

    /**
     * @param max       the most deliveries held at once
     * @param nanoClock {@link System#nanoTime()}, or a test's clock
     */
    public InflightDeliveries(int max, LongSupplier nanoClock) {
        if (max < 1) {
            throw new IllegalArgumentException("webhookMaxInflight must be at least 1, not " + max);
        }
        this.max = max;
        this.nanoClock = nanoClock;
    }

    /** @return the delivery, reading its body; null when {@code max} are held already */
    public Delivery admit() {
        int held;
        do {
            held = count.get();
            if (held >= max) {
                return null;
            }
        } while (!count.compareAndSet(held, held + 1));
        Delivery delivery = new Delivery(nanoClock.getAsLong());
        this.held.add(delivery);
        return delivery;
    }

    public Report report() {
        long now = nanoClock.getAsLong();
        int inflight = 0;
        int reading = 0;
        int waiting = 0;
        long longestWait = 0;
        for (Delivery delivery : held) {
            inflight++;
            Stage stage = delivery.stage;
            if (stage == Stage.READING) {
                reading++;
            } else if (stage == Stage.WAITING) {
                waiting++;
                longestWait = Math.max(longestWait, now - delivery.since);
            }
        }
        return new Report(inflight, max, reading, waiting, TimeUnit.NANOSECONDS.toMillis(longestWait));
    }

    /** One delivery held. */
    public final class Delivery {
        private volatile Stage stage = Stage.READING;
        private volatile long since;

        private Delivery(long since) {
            this.since = since;
        }

        /** Its body is whole: it waits for a worker thread. */
        public void waiting() {
            since = nanoClock.getAsLong();
            stage = Stage.WAITING;
        }

        /** A worker thread runs the route with it. */
        public void routing() {
            since = nanoClock.getAsLong();
            stage = Stage.ROUTING;
        }

        /** Its answer is written or its connection closed: it is no longer held. Once is enough; more do nothing. */
        public void end() {
            if (held.remove(this)) {
                count.decrementAndGet();
            }
        }

        public Stage stage() {
            return stage;
        }
    }
}
