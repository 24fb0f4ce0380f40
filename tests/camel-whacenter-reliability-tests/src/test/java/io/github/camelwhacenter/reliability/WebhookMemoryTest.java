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

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Run in a JVM of its own with -Xmx256m: 64 unauthenticated clients post 10 MB each at once (640 MB, more than the
 * heap: buffered, they end in OutOfMemoryError and unanswered deliveries), half with a Content-Length, half chunked. The
 * webhook (platform-http on Vert.x, as Camel Main and Karaf run it) refuses them all without buffering them, keeps answering the gateway's deliveries meanwhile, and the heap returns to its baseline.
 */
class WebhookMemoryTest {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookMemoryTest.class);
    private static final String PATH = "/wa/flood";
    private static final String TOKEN = "fl00d-t0k3n";
    private static final int CLIENTS = 64;
    private static final long BODY = 10_000_000;

    private final AtomicInteger processed = new AtomicInteger();
    private WebhookNode node;

    @BeforeEach
    void startNode() throws Exception {
        node = WebhookNode.start("webhook-memory", new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=" + PATH + "&webhookToken=" + TOKEN).routeId("flooded")
                        .process(exchange -> processed.incrementAndGet());
            }
        }, Map.of());
    }

    @AfterEach
    void stopNode() {
        node.close();
    }

    @Test
    void sixtyFourTenMegabytePostsAreRefusedWithoutFillingTheHeap() throws Exception {
        long baseline = usedHeapAfterGc();
        HttpClient attacker = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> flood = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                boolean chunked = i % 2 == 0;
                flood.add(clients.submit(() -> {
                    outcomes.computeIfAbsent(post(attacker, chunked), o -> new AtomicInteger()).incrementAndGet();
                    return null;
                }));
            }
            // the gateway's deliveries are answered while the flood goes on
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> delivery = node.post(PATH + "?token=" + TOKEN, "application/json",
                        ("{\"from\":\"08771234567" + i + "\",\"message\":\"during the flood\","
                         + "\"timestamp\":\"2025-07-21 08:27:56\"}").getBytes(StandardCharsets.UTF_8));
                assertEquals(200, delivery.statusCode(), delivery.body());
            }
            for (Future<?> client : flood) {
                client.get(120, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }
        long after = usedHeapAfterGc();
        LOG.info("{} posts of {} bytes: {}; heap {} MiB before, {} MiB after", CLIENTS, BODY, outcomes, baseline >> 20,
                after >> 20);

        // the token is checked before a byte of the body is read: a post without it is refused 401, its body drained
        // into nothing up to webhookMaxBodySize and the connection closed past it
        assertEquals(CLIENTS, outcomes.getOrDefault("401", new AtomicInteger()).get()
                              + outcomes.getOrDefault("413", new AtomicInteger()).get()
                              + outcomes.getOrDefault("closed", new AtomicInteger()).get(),
                "every post refused (401, 413, or the connection closed on it): " + outcomes);
        assertEquals(5, processed.get(), "only the deliveries reached the route");
        assertTrue(after < baseline + 32 * 1024 * 1024, "the heap returned to its baseline: " + (baseline >> 20)
                                                        + " MiB before, " + (after >> 20) + " MiB after");
    }

    /** Posts BODY bytes without the token, generated as they are sent, so the client holds none of them. */
    private String post(HttpClient client, boolean chunked) throws InterruptedException {
        HttpRequest.BodyPublisher zeros = HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(BODY));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port + PATH))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(chunked ? zeros : HttpRequest.BodyPublishers.fromPublisher(zeros, BODY)).build();
        try {
            return Integer.toString(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            return "closed";
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The digit 0, so many times. */
    private static final class Zeros extends InputStream {
        private long left;

        private Zeros(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? '0' : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) '0');
            left -= n;
            return n;
        }
    }
}
