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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.simulator.Fault;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.SECOND_DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pace over real HTTP to the simulator: the first pair of a cold component is spaced at the gateway too (the first
 * send opens the connection), the queue is bounded, and a failure in the paced path fails its exchange without
 * stalling the queue. The pace's rules themselves (an interval from the wire, in order, endpoint options only
 * tightening it) are proven on a fake clock by SendAdmissionPaceTest.
 */
class WhacenterSendPaceTest extends WhacenterTestSupport {

    private static final String NUMBER = "6281111111111";
    private static final long INTERVAL = 150;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        WhacenterComponent component = context.getComponent("whacenter", WhacenterComponent.class);
        component.getConfiguration().setMinSendInterval(INTERVAL);
        component.setSendQueueCapacity(5);
        return context;
    }

    @Test
    void theFirstTwoSendsOfAColdComponentArriveAFullIntervalApart() throws Exception {
        // the simulator is warmed up, not the component: a cold server's first request would skew its own clock
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/statusDevice?device_id="
                                                                          + SECOND_DEVICE_ID)).build(),
                HttpResponse.BodyHandlers.discarding());
        simulator.clearRequests();
        // the first send opens the pool and its connection; the gap is kept all the same (the code before the fix had
        // the first pair 29 ms apart for 100 ms)
        long start = System.nanoTime();
        CompletableFuture<Exchange> first = sendAsync("whacenter:send?number=" + NUMBER, e -> e.getMessage().setBody("one"));
        CompletableFuture<Exchange> second = sendAsync("whacenter:send?number=" + NUMBER, e -> e.getMessage().setBody("two"));
        assertNull(first.get(10, TimeUnit.SECONDS).getException());
        assertNull(second.get(10, TimeUnit.SECONDS).getException());

        assertPaced(start, 2, INTERVAL);
    }

    @Test
    void sendsBeyondTheQueueCapacityFailAtOnceAsNotSent() throws Exception {
        // the first is answered late, so that it holds its turn; each other waits a minute for its turn: five wait
        // behind the first, the rest are refused
        simulator.enqueueFault("send", Fault.delay(Duration.ofSeconds(30)));
        List<CompletableFuture<Exchange>> sends = sendTimes(10, "whacenter:send?number=" + NUMBER + "&minSendInterval=60000");
        for (CompletableFuture<Exchange> send : sends.subList(6, 10)) {
            WhacenterSendQueueFullException full = assertInstanceOf(WhacenterSendQueueFullException.class,
                    send.get(10, TimeUnit.SECONDS).getException());
            assertEquals(5, full.getCapacity());
            assertTrue(full.getMessage().contains("sendQueueCapacity"), full.getMessage());
        }
        assertTrue(sends.subList(0, 6).stream().noneMatch(CompletableFuture::isDone), "the first six are sent or wait");
        await().until(() -> simulator.requests("send").size() == 1);
        assertEquals(5, context.getComponent("whacenter", WhacenterComponent.class).getDevices()
                .waitingSends(DEVICE_ID));
    }

    @Test
    void aFailureInThePacedPathFailsItsExchangeAndTheDevicesQueueGoesOn() throws Exception {
        // a proxy port no HTTP client accepts: creating the client throws inside the paced path
        String broken = "whacenter:send?number=" + NUMBER + "&proxyHost=127.0.0.1&proxyPort=70000";
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        sends.add(sendAsync(broken, e -> e.getMessage().setBody("broken-1")));
        sends.add(sendAsync(broken, e -> e.getMessage().setBody("broken-2")));
        sends.add(sendAsync("whacenter:send?number=" + NUMBER, e -> e.getMessage().setBody("fine")));

        for (CompletableFuture<Exchange> send : sends.subList(0, 2)) {
            Exchange exchange = send.get(10, TimeUnit.SECONDS);
            WhacenterNotSentException notSent = assertInstanceOf(WhacenterNotSentException.class, exchange.getException());
            assertInstanceOf(IllegalArgumentException.class, notSent.getCause());
        }
        assertNull(sends.get(2).get(10, TimeUnit.SECONDS).getException(), "the device's queue was not stuck");
        assertEquals(1, simulator.sentMessages(DEVICE_ID).size());
    }

    private List<CompletableFuture<Exchange>> sendTimes(int times, String uri) throws Exception {
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            sends.add(sendAsync(uri, e -> e.getMessage().setBody("message " + sends.size())));
        }
        return sends;
    }

    private static void awaitAll(List<CompletableFuture<Exchange>> sends) throws Exception {
        for (CompletableFuture<Exchange> send : sends) {
            assertNull(send.get(10, TimeUnit.SECONDS).getException());
        }
    }
}
