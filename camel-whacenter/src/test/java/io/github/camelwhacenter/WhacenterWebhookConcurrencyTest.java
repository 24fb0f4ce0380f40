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

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 1,000 webhook posts from 16 concurrent senders, some of which the route fails: every post answered 2xx reached the
 * route exactly once, and every failed one was answered 5xx.
 */
class WhacenterWebhookConcurrencyTest extends WebhookTestSupport {

    private static final int POSTS = 1_000;
    private static final int SENDERS = 16;

    private final Map<String, AtomicInteger> processed = new ConcurrentHashMap<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=/wa/load&skipDuplicates=true").routeId("load")
                        .process(exchange -> {
                            String text = exchange.getMessage().getBody(WhacenterIncomingMessage.class).getMessage();
                            if (text.endsWith("-fail")) {
                                throw new IllegalStateException("failing on purpose");
                            }
                            processed.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
                        });
            }
        };
    }

    @Test
    void everyAcknowledgedPostReachedTheRouteExactlyOnce() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        List<Future<Integer>> statuses = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            String text = "msg-" + i + (i % 10 == 7 ? "-fail" : "");
            texts.add(text);
            String body = observedBody("0877" + (1_000_000 + i), text, "2025-07-21 08:27:56");
            statuses.add(senders.submit(() -> {
                HttpResponse<String> response = postJson("/wa/load", body);
                return response.statusCode();
            }));
        }
        int acknowledged = 0;
        int failed = 0;
        for (int i = 0; i < POSTS; i++) {
            int status = statuses.get(i).get();
            String text = texts.get(i);
            if (status >= 200 && status < 300) {
                acknowledged++;
                assertEquals(1, processed.get(text).get(), text + " was answered 2xx and must reach the route once");
            } else {
                failed++;
                assertEquals(500, status, text);
                assertTrue(text.endsWith("-fail"), text + " failed without a route failure");
            }
        }
        senders.shutdown();

        assertEquals(900, acknowledged);
        assertEquals(100, failed);
        assertEquals(900, processed.size(), "nothing reached the route that was not acknowledged");
    }
}
