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
package io.github.camelwhacenter;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelwhacenter.support.HttpUrls;
import io.github.camelwhacenter.webhook.WebhookRefusal;

/**
 * The body limits of the running webhook consumers, by served path, for an HTTP engine integration that reads bodies
 * before Camel does (the Spring Boot starter's servlet filter): bound in the registry, the consumers add their path,
 * webhookMaxBodySize, webhookBodyTimeout and webhookMaxInflight to it when they start and remove them when they stop.
 */
public final class WebhookBodyLimits {

    /** How many seconds a sender refused with 503 is asked to wait before it retries. */
    public static final String RETRY_AFTER_SECONDS = WebhookRefusal.RETRY_AFTER_SECONDS;

    private final List<Limit> limits = new CopyOnWriteArrayList<>();

    /**
     * @param  pathTemplate      the served path, {@code {name}} segments matching any one segment
     * @param  maxBytes          the largest body accepted
     * @param  bodyTimeoutMillis how long a body may take to arrive whole
     * @param  maxReading        the most bodies read at once on the path
     * @return                   closes the limit, when the consumer stops
     */
    public AutoCloseable add(String pathTemplate, long maxBytes, long bodyTimeoutMillis, int maxReading) {
        Limit limit = new Limit(segments(pathTemplate), maxBytes, bodyTimeoutMillis, maxReading);
        limits.add(limit);
        return () -> limits.remove(limit);
    }

    /**
     * @param  path the request's path below the application's context path, without the query
     * @return      the limit of the webhook consumer that serves it, or null when none does
     */
    public Limit limitFor(String path) {
        List<String> request = segments(path);
        for (Limit limit : limits) {
            if (limit.matches(request)) {
                return limit;
            }
        }
        return null;
    }

    /** The non-empty segments of a path. */
    static List<String> segments(String path) {
        return HttpUrls.pathSegments(path);
    }

    /** One consumer's limits, and the bodies being read on its path now. */
    public static final class Limit {
        private final List<String> template;
        private final long maxBytes;
        private final long bodyTimeoutMillis;
        private final int maxReading;
        private final AtomicInteger reading = new AtomicInteger();

        Limit(List<String> template, long maxBytes, long bodyTimeoutMillis, int maxReading) {
            this.template = template;
            this.maxBytes = maxBytes;
            this.bodyTimeoutMillis = bodyTimeoutMillis;
            this.maxReading = maxReading;
        }

        public long maxBytes() {
            return maxBytes;
        }

        public long bodyTimeoutMillis() {
            return bodyTimeoutMillis;
        }

        public int maxReading() {
            return maxReading;
        }

        /** How many bodies are being read on the path now. */
        public int reading() {
            return reading.get();
        }

        /** @return whether another body may be read now; when so, {@link #doneReading()} must follow, once */
        public boolean startReading() {
            int now;
            do {
                now = reading.get();
                if (now >= maxReading) {
                    return false;
                }
            } while (!reading.compareAndSet(now, now + 1));
            return true;
        }

        public void doneReading() {
            reading.decrementAndGet();
        }

        boolean matches(List<String> request) {
            if (request.size() != template.size()) {
                return false;
            }
            for (int i = 0; i < template.size(); i++) {
                String expected = template.get(i);
                if (!(expected.startsWith("{") && expected.endsWith("}")) && !expected.equals(request.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
