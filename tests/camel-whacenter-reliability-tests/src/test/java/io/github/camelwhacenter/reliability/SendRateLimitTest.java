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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.WhacenterComponent;
import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.simulator.RecordedRequest;
import io.github.camelwhacenter.simulator.SentMessage;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.SECOND_DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-device send rate limit, set on the component: 10 sends per second. Sends over the rate wait on a scheduler,
 * not on the caller's thread, leave in the order they were made, and share one limit per device across endpoints and
 * routes; another device has its own. A pace is checked on the test's clock, from before the sends to after the last
 * completed (at least one interval per send after the first: each goes on the wire an interval after the previous),
 * never between the simulator's arrival stamps, which a loaded machine puts late; its per-gap rule is proven on a fake
 * clock by the component's DeviceSendQueueTest.
 */
class SendRateLimitTest extends GatewayTestSupport {

    private static final int SENDS = 30;
    private static final String RECIPIENT = "6281234567890";
    /** The text of a send, kept on its exchange: the body is the gateway's answer once it completed. */
    private static final String TEXT = "sendRateLimitTestText";

    private final ConcurrentLinkedQueue<Exchange> completed = new ConcurrentLinkedQueue<>();
    private final List<AsyncProducer> producers = new ArrayList<>();

    @Override
    protected void configure(WhacenterComponent component) {
        component.getConfiguration().setSendRateLimit(10);
        component.getConfiguration().setSendRatePeriod(1_000);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").routeId("send").to("whacenter:send?number=" + RECIPIENT);
                from("direct:group").routeId("group").to("whacenter:sendGroup?group=Reliability");
                from("direct:status").routeId("status").to("whacenter:deviceStatus");
            }
        };
    }

    /** Opens the connections and warms the JVM up, so that the first measured sends are not late for other reasons. */
    @BeforeEach
    void warmUp() {
        template.sendBody("direct:send", "warm-up");
        template.sendBody("direct:group", "warm-up");
        template.sendBody("direct:status", null);
        simulator.reset();
    }

    @AfterEach
    void stopProducers() throws Exception {
        for (AsyncProducer producer : producers) {
            producer.stop();
        }
    }

    @Test
    void thirtySendsAtTenPerSecondTakeThreeSecondsWithoutHoldingTheCallerAndArriveInOrder() throws Exception {
        AsyncProducer send = producer("direct:send");

        long start = System.nanoTime();
        for (int i = 0; i < SENDS; i++) {
            submit(send, String.format("burst-%02d", i), null);
        }
        // a caller held until its send went out would find them all done: at ten a second they take 2.9 s at least
        int doneWhenHandedOver = completed.size();

        awaitCompleted(SENDS);
        assertTrue(doneWhenHandedOver < SENDS, doneWhenHandedOver + " of " + SENDS
                                               + " done when the caller handed the last one over: over the rate they wait without blocking it");
        List<RecordedRequest> requests = simulator.requests("send");
        assertEquals(SENDS, requests.size());
        assertPaced(start, SENDS, 100);
        assertEquals(texts("burst-%02d", SENDS), sentTexts(DEVICE_ID), "the gateway got them in order");
    }

    @Test
    void twoRoutesAndEndpointsOfOneDeviceShareItsLimit() throws Exception {
        AsyncProducer send = producer("direct:send");
        AsyncProducer group = producer("direct:group");

        long start = System.nanoTime();
        for (int i = 0; i < SENDS; i++) {
            submit(i % 2 == 0 ? send : group, String.format("shared-%02d", i), null);
        }

        awaitCompleted(SENDS);
        List<RecordedRequest> requests = new ArrayList<>(simulator.requests());
        requests.removeIf(r -> !r.path().equals("send") && !r.path().equals("sendGroup"));
        assertEquals(SENDS, requests.size());
        assertEquals(SENDS / 2, simulator.requests("sendGroup").size());
        assertPaced(start, SENDS, 100);
        assertEquals(texts("shared-%02d", SENDS), sentTexts(DEVICE_ID),
                "send and sendGroup left in the order they were made");
    }

    @Test
    void anotherDeviceIsNotSlowedByTheFirstOnesQueue() throws Exception {
        AsyncProducer send = producer("direct:send");
        long start = System.nanoTime();
        for (int i = 0; i < SENDS; i++) {
            submit(send, String.format("first-%02d", i), null);
        }
        for (int i = 0; i < 5; i++) {
            submit(send, "second-" + i, SECOND_DEVICE_ID);
        }

        awaitCompleted(SENDS + 5);
        List<RecordedRequest> first = requestsOf(DEVICE_ID);
        List<RecordedRequest> second = requestsOf(SECOND_DEVICE_ID);
        assertEquals(SENDS, first.size());
        assertEquals(5, second.size());
        // sharing a limit, the second device's sends would complete after the first device's 30; on their own, the 5
        // take 0.4 s while the first device's take 2.9 s
        List<String> completions = completed.stream().map(e -> e.getProperty(TEXT, String.class)).toList();
        assertTrue(completions.indexOf("second-4") < completions.indexOf("first-29"),
                "the second device's sends waited behind the first device's: " + completions);
        assertPaced(start, SENDS, 100);
        assertEquals(texts("second-%d", 5), sentTexts(SECOND_DEVICE_ID));
    }

    @Test
    void otherOperationsAreNotRateLimited() throws Exception {
        AsyncProducer send = producer("direct:send");
        for (int i = 0; i < SENDS; i++) {
            submit(send, String.format("busy-%02d", i), null);
        }

        Exchange status = template.request("direct:status", e -> {
        });

        int sendsDoneWhenStatusAnswered = completed.size();
        assertNull(status.getException());
        assertTrue(sendsDoneWhenStatusAnswered < SENDS, "deviceStatus did not queue behind the waiting sends");
        awaitCompleted(SENDS);
        List<RecordedRequest> sends = simulator.requests("send");
        RecordedRequest statusRequest = simulator.requests("statusDevice").get(0);
        assertTrue(statusRequest.receivedAt().isBefore(sends.get(SENDS - 1).receivedAt()),
                "deviceStatus reached the gateway before the last of the waiting sends: " + offsets(sends));
    }

    @Test
    void minSendIntervalSpacesEverySend() throws Exception {
        WhacenterComponent spaced = new WhacenterComponent();
        spaced.getConfiguration().setDeviceId(SECOND_DEVICE_ID);
        spaced.getConfiguration().setBaseUrl(simulator.baseUrl());
        spaced.getConfiguration().setMinSendInterval(250);
        context.addComponent("whacenter-spaced", spaced);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:spaced").routeId("spaced").to("whacenter-spaced:send?number=" + RECIPIENT);
            }
        });
        template.sendBody("direct:spaced", "warm-up");
        simulator.reset();
        AsyncProducer send = producer("direct:spaced");

        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            submit(send, "spaced-" + i, null);
        }

        awaitCompleted(5);
        assertPaced(start, 5, 250);
        assertEquals(texts("spaced-%d", 5), sentTexts(SECOND_DEVICE_ID));
    }

    private AsyncProducer producer(String uri) throws Exception {
        AsyncProducer producer = context.getEndpoint(uri).createAsyncProducer();
        producer.start();
        producers.add(producer);
        return producer;
    }

    /** Hands one send to the route from the test thread, without waiting for it: the order of calls is the send order. */
    private void submit(AsyncProducer producer, String text, String deviceId) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(text);
        exchange.setProperty(TEXT, text);
        if (deviceId != null) {
            exchange.getMessage().setHeader(WhacenterConstants.DEVICE_ID, deviceId);
        }
        producer.process(exchange, doneSync -> completed.add(exchange));
    }

    private void awaitCompleted(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> completed.size() >= count);
        for (Exchange exchange : completed) {
            if (exchange.getException() != null) {
                throw new AssertionError("a send failed", Observed.exception(exchange.getException()));
            }
        }
    }

    private List<RecordedRequest> requestsOf(String deviceId) {
        return simulator.requests().stream().filter(r -> deviceId.equals(r.field("device_id"))).toList();
    }

    private List<String> sentTexts(String deviceId) {
        return simulator.sentMessages(deviceId).stream().map(SentMessage::message).toList();
    }

    private static List<String> texts(String format, int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(String.format(format, i));
        }
        return texts;
    }

    /** At least one interval per send after the first passed from before the sends to after the last completed. */
    private static void assertPaced(long startNanos, int sends, long intervalMillis) {
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        assertTrue(took >= (sends - 1) * intervalMillis, sends + " sends " + intervalMillis + " ms apart took " + took + " ms");
    }

    /** Each request's arrival, in ms after the first one. */
    private static List<Long> offsets(List<RecordedRequest> requests) {
        Instant first = requests.get(0).receivedAt();
        return requests.stream().map(r -> Duration.between(first, r.receivedAt()).toMillis()).toList();
    }
}
