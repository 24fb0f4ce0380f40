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
package io.github.camelwhacenter.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_NUMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fifty senders re-post the same deliveries as fast as they can. A 200 is answered only once some route run of that
 * message succeeded: checking, claiming and releasing a message is atomic per key, and one delivery's failure never
 * clears another delivery's claim.
 */
class WebhookClaimRaceTest {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookClaimRaceTest.class);
    private static final String PATH = "/wa/race";
    private static final int SENDERS = 50;
    private static final int POSTS_PER_SENDER = 200;

    private final Map<String, AtomicInteger> succeeded = new ConcurrentHashMap<>();
    private final AtomicInteger runs = new AtomicInteger();
    private WebhookNode node;

    @BeforeEach
    void startNode() throws Exception {
        node = WebhookNode.start("webhook-race", new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=" + PATH + "&skipDuplicates=true").routeId("race")
                        .process(exchange -> {
                            String text = exchange.getMessage().getBody(WhacenterIncomingMessage.class).getMessage();
                            // "never" always fails; "sometimes" succeeds on every seventh run
                            if (text.equals("never") || runs.incrementAndGet() % 7 != 0) {
                                throw new IllegalStateException("the route fails " + text);
                            }
                            succeeded.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
                        });
            }
        }, Map.of());
    }

    @AfterEach
    void stopNode() {
        node.close();
    }

    @Test
    void aDeliveryNoRouteEverProcessedIsNeverAcknowledged() throws Exception {
        Map<Integer, Integer> statuses = hammer("never", body -> { });

        assertEquals(0, statuses.getOrDefault(200, 0), "acknowledged though no route processed it: " + statuses);
        assertEquals(SENDERS * POSTS_PER_SENDER, statuses.getOrDefault(500, 0) + statuses.getOrDefault(503, 0),
                "every post answered 500 (the route failed) or 503 (being processed): " + statuses);
        LOG.info("{} posts of a message whose route always fails: {}", SENDERS * POSTS_PER_SENDER, statuses);
    }

    @Test
    void everyAcknowledgementComesAfterASuccessfulRun() throws Exception {
        List<String> early = new java.util.concurrent.CopyOnWriteArrayList<>();
        Map<Integer, Integer> statuses = hammer("sometimes", status -> {
            if (status == 200 && succeeded.getOrDefault("sometimes", new AtomicInteger()).get() == 0) {
                early.add("a 200 before any successful run");
            }
        });

        assertTrue(early.isEmpty(), early.size() + " posts acknowledged before any route run succeeded: " + statuses);
        assertEquals(1, succeeded.get("sometimes").get(), "processed once, then only duplicates: " + statuses);
        LOG.info("{} posts of a message whose route succeeds now and then: {}", SENDERS * POSTS_PER_SENDER, statuses);
    }

    /** Posts one delivery from every sender at once; returns how often each status was answered. */
    private Map<Integer, Integer> hammer(String text, java.util.function.IntConsumer onAnswer) throws Exception {
        byte[] body = ("{\"from\":\"087712345678\",\"to\":\"" + DEVICE_NUMBER + "\",\"message\":\"" + text
                       + "\",\"media\":\"\",\"timestamp\":\"2025-07-21 08:27:56\",\"source\":\"WHACENTER\"}")
                .getBytes(StandardCharsets.UTF_8);
        Map<Integer, AtomicInteger> counts = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                done.add(senders.submit(() -> {
                    for (int i = 0; i < POSTS_PER_SENDER; i++) {
                        int status = node.post(PATH, "application/json", body).statusCode();
                        onAnswer.accept(status);
                        counts.computeIfAbsent(status, c -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> sender : done) {
                sender.get(120, TimeUnit.SECONDS);
            }
        } finally {
            senders.shutdownNow();
        }
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        counts.forEach((status, count) -> statuses.put(status, count.get()));
        return statuses;
    }
}
