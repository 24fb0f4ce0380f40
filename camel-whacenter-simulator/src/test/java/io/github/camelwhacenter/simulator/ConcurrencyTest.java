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
package io.github.camelwhacenter.simulator;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Load-test behaviour: slow answers do not queue behind each other, and state stays consistent. */
class ConcurrencyTest extends SimulatorTestSupport {

    @Test
    void delayedAnswersAreServedInParallel() {
        int inFlight = 64;
        Duration delay = Duration.ofMillis(200);
        simulator.setResponseDelay(delay);

        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < inFlight; i++) {
            answers.add(client.http.sendAsync(HttpRequest.newBuilder(client.uri("statusDevice", "device_id", "dev-1"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        answers.forEach(answer -> assertTrue(answer.join().body().startsWith("{\"status\":true")));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(took.compareTo(delay) >= 0, "the delay applies: " + took);
        // serialized, 64 answers would take 12.8 s; even 8 at a time would take 1.6 s
        assertTrue(took.compareTo(Duration.ofMillis(1500)) < 0, "served in parallel: " + took);
        assertEquals(inFlight, simulator.requests("statusDevice").size());
    }

    @Test
    void concurrentSendsGetUniqueIdsAndAreAllKept() {
        int sends = 256;
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < sends; i++) {
            answers.add(client.http.sendAsync(HttpRequest.newBuilder(client.uri("send"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("device_id=dev-1&number=0856&message=m" + i))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()));
        }

        Set<String> ids = new HashSet<>();
        answers.forEach(answer -> ids.add(answer.join().body().replaceAll(".*\"id\":(\\d+).*", "$1")));

        assertEquals(sends, ids.size());
        List<SentMessage> sent = simulator.sentMessages("dev-1");
        assertEquals(sends, sent.size());
        for (int i = 1; i < sent.size(); i++) {
            assertTrue(sent.get(i - 1).id() < sent.get(i).id(), "a device's history is in id order");
        }
        assertEquals(sends, sent.stream().map(SentMessage::message).distinct().count());
    }

    @Test
    void sequentialKeepAliveRequestsAreNotHeldBackByNagle() {
        client.get("statusDevice", "device_id", "dev-1"); // warm up the connection and the code paths

        long start = System.nanoTime();
        for (int i = 0; i < 40; i++) {
            client.get("statusDevice", "device_id", "dev-1");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // with Nagle's algorithm on, each answer waits ~40 ms for a delayed ACK: 1.6 s in all
        assertTrue(took.compareTo(Duration.ofMillis(1000)) < 0, "40 keep-alive requests took " + took);
    }

    @Test
    void historyLimitKeepsTheNewestEntries() {
        simulator.setHistoryLimit(3);

        for (int i = 0; i < 5; i++) {
            client.postForm("send", "device_id", "dev-1", "number", "0856", "message", "m" + i);
        }

        assertEquals(List.of("m2", "m3", "m4"), simulator.sentMessages("dev-1").stream().map(SentMessage::message).toList());
        assertEquals(List.of("m2", "m3", "m4"), simulator.requests().stream().map(r -> r.field("message")).toList());
    }
}
