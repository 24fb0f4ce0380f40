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

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_NUMBER;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The webhook consumer under load: thousands of posts from 32 concurrent senders, routes that are slow, that fail, that
 * fail once; senders that retry a failure once and repeat some deliveries. Every post answered 2xx reached the route
 * exactly once, every failure was answered 5xx, and the heap stays flat.
 */
class WebhookStressTest {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookStressTest.class);
    private static final String PATH = "/wa/stress";
    private static final int SENDERS = 32;

    private static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> PROCESSED = new ConcurrentHashMap<>();
    private static final Map<String, CountDownLatch> HELD = new ConcurrentHashMap<>();
    private static WebhookNode node;

    @BeforeAll
    static void startNode() throws Exception {
        node = WebhookNode.start("webhook-stress", new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=" + PATH + "&skipDuplicates=true").routeId("stress")
                        .process(exchange -> {
                            String text = exchange.getMessage().getBody(WhacenterIncomingMessage.class).getMessage();
                            int attempt = ATTEMPTS.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
                            CountDownLatch hold = HELD.get(text);
                            if (hold != null && !hold.await(30, TimeUnit.SECONDS)) {
                                throw new IllegalStateException("never released");
                            }
                            if (text.contains("-fail") || text.contains("-flaky") && attempt == 1) {
                                throw new IllegalStateException("failing on purpose: " + text);
                            }
                        })
                        .delay(method(WebhookStressTest.class, "slowness"))
                        .process(exchange -> {
                            String text = exchange.getMessage().getBody(WhacenterIncomingMessage.class).getMessage();
                            PROCESSED.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
                        });
            }
        }, Map.of());
    }

    /** How long the route takes over a message: a few milliseconds for the slow ones, on Camel's scheduler. */
    public static long slowness(WhacenterIncomingMessage message) {
        return message.getMessage().contains("-slow") ? 2 + Math.floorMod(message.getMessage().hashCode(), 4) : 0;
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @AfterEach
    void forget() {
        ATTEMPTS.clear();
        PROCESSED.clear();
        HELD.clear();
    }

    /** What one sender saw for one message: the status of each of its posts, in order. */
    record Delivery(String text, List<Integer> statuses) {
        boolean acknowledged() {
            return statuses.stream().anyMatch(status -> status >= 200 && status < 300);
        }
    }

    @Test
    void everyAcknowledgedPostReachedTheRouteOnceAndEveryFailureWas5xxWithAFlatHeap() throws Exception {
        // a first round warms the JVM up and fills the pools, so that the second round measures what stays behind
        long warmedUp = deliverAll("warm", 800).stream().filter(Delivery::acknowledged).count();
        long heapBefore = settledHeapUsed();
        AtomicLong posts = new AtomicLong();

        List<Delivery> deliveries = deliverAll("load", 4_000, posts, true);

        long heapAfter = settledHeapUsed();
        int acknowledged = 0;
        for (Delivery delivery : deliveries) {
            String text = delivery.text();
            int processed = PROCESSED.getOrDefault(text, new AtomicInteger()).get();
            for (int status : delivery.statuses()) {
                assertTrue(status >= 200 && status < 300 || status == 500, text + " was answered " + status);
            }
            if (delivery.acknowledged()) {
                acknowledged++;

                assertEquals(1, processed, text + " was answered " + delivery.statuses() + ", so it reached the route once");
            } else {
                assertEquals(0, processed, text + " was never acknowledged: " + delivery.statuses());
            }
            if (text.contains("-fail")) {
                assertEquals(List.of(500, 500), delivery.statuses(), text);
            } else if (text.contains("-flaky")) {
                assertEquals(List.of(500, 200), delivery.statuses(), text);
            } else if (text.contains("-again")) {
                assertEquals(List.of(200, 200), delivery.statuses(), "a repeated delivery is acknowledged: " + text);
            } else {
                assertEquals(List.of(200), delivery.statuses(), text);
            }
        }
        LOG.info("{} posts, {} messages acknowledged; heap after GC {} MB before, {} MB after", posts.get(), acknowledged,
                heapBefore >> 20, heapAfter >> 20);
        assertTrue(posts.get() >= 5_000, "posts: " + posts.get());
        assertEquals(3_800, acknowledged);
        assertEquals(acknowledged + warmedUp, PROCESSED.keySet().size(), "nothing else reached the route");
        assertTrue(heapAfter - heapBefore < 16L << 20, "the heap grew by " + ((heapAfter - heapBefore) >> 20)
                                                       + " MB over " + posts.get() + " posts");
    }

    /**
     * The default in-memory repository remembers the latest 10,000 messages: a delivery repeated after 10,000 newer
     * ones is processed again. What it holds stays bounded however long the node runs.
     */
    @Test
    void theInMemoryRepositoryForgetsTheOldestBeyondItsBound() throws Exception {
        List<Delivery> deliveries = deliverAll("bound", 10_050, new AtomicLong(), false);
        assertTrue(deliveries.stream().allMatch(Delivery::acknowledged));

        HttpResponse<String> oldest = post("bound-" + 0 + "-x", 0);
        HttpResponse<String> newest = post("bound-" + 10_049 + "-x", 10_049);

        assertEquals(200, newest.statusCode());
        assertTrue(newest.body().contains("duplicate"), newest.body());
        assertEquals(1, PROCESSED.get("bound-10049-x").get());
        assertEquals(200, oldest.statusCode());
        assertEquals(2, PROCESSED.get("bound-0-x").get(),
                "the oldest message was forgotten, so its repetition was processed again: the memory is bounded");
    }

    /**
     * A repetition that arrives while the first delivery is still in the route must not be acknowledged before the
     * first one succeeded: if the first then fails, the sender believes the repetition delivered it.
     */
    @Test
    void aRepetitionDuringAFailingFirstDeliveryIsNotAcknowledged() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        HELD.put("inflight-flaky", hold);
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try {
            Future<HttpResponse<String>> first = sender.submit(() -> post("inflight-flaky", 1));
            await().atMost(Duration.ofSeconds(10)).until(() -> ATTEMPTS.containsKey("inflight-flaky"));

            HttpResponse<String> repetition = post("inflight-flaky", 1);
            hold.countDown();
            HttpResponse<String> original = first.get(30, TimeUnit.SECONDS);

            assertEquals(500, original.statusCode(), "the first delivery failed in the route");
            assertTrue(repetition.statusCode() >= 500 || PROCESSED.containsKey("inflight-flaky"),
                    "the repetition was answered " + repetition.statusCode() + " (" + repetition.body()
                                                                            + ") though the message was never processed");
        } finally {
            sender.shutdownNow();
        }
    }

    private List<Delivery> deliverAll(String prefix, int messages) throws Exception {
        return deliverAll(prefix, messages, new AtomicLong(), true);
    }

    /**
     * Each message is posted by one of 32 senders; a 5xx is retried once; every eighth acknowledged message is posted
     * again, as a sender that lost the answer would. Message i fails always when i % 20 == 3, fails once when
     * i % 10 == 5, is slow when i % 7 == 1; without the mix, each message is posted once and succeeds.
     */
    private List<Delivery> deliverAll(String prefix, int messages, AtomicLong posts, boolean mixed) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<Delivery>> results = new ArrayList<>();
            for (int i = 0; i < messages; i++) {
                int n = i;
                String text = !mixed ? prefix + "-" + i + "-x"
                        : prefix + "-" + i + (i % 20 == 3 ? "-fail" : i % 10 == 5 ? "-flaky" : "")
                          + (i % 7 == 1 ? "-slow" : "") + (i % 8 == 0 && i % 20 != 3 ? "-again" : "");
                results.add(senders.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    int status = post(text, n).statusCode();
                    statuses.add(status);
                    if (status >= 500) {
                        statuses.add(post(text, n).statusCode());
                    } else if (text.endsWith("-again")) {
                        statuses.add(post(text, n).statusCode());
                    }
                    posts.addAndGet(statuses.size());
                    return new Delivery(text, statuses);
                }));
            }
            List<Delivery> deliveries = new ArrayList<>();
            for (Future<Delivery> result : results) {
                deliveries.add(result.get(120, TimeUnit.SECONDS));
            }
            return deliveries;
        } finally {
            senders.shutdownNow();
        }
    }

    private static HttpResponse<String> post(String text, int n) throws Exception {
        String body = "{\"pushName\":\"Budi\",\"from\":\"0877" + (1_000_000 + n) + "\",\"to\":\""
                      + DEVICE_NUMBER + "\",\"message_type\":\"text\",\"message\":\"" + text
                      + "\",\"media\":\"\",\"is_group\":false,\"id_group\":\"\",\"timestamp\":\"2025-07-21 08:27:56\","
                      + "\"source\":\"WHACENTER\",}";
        return node.post(PATH, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    /** The used heap once garbage collection has settled: two readings a collection apart within 1 MB. */
    private static long settledHeapUsed() {
        AtomicLong last = new AtomicLong(-1);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long previous = last.getAndSet(used);
            return previous >= 0 && Math.abs(used - previous) < 1L << 20;
        });
        return last.get();
    }
}
