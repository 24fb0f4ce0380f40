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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.github.camelwhacenter.WhacenterConnectionException;
import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.WhacenterGatewayException;
import io.github.camelwhacenter.WhacenterHttpException;
import io.github.camelwhacenter.WhacenterHttpRefusedException;
import io.github.camelwhacenter.WhacenterResponseException;
import io.github.camelwhacenter.WhacenterTimeoutException;
import io.github.camelwhacenter.WhacenterTransportException;
import io.github.camelwhacenter.WhacenterValidationException;
import io.github.camelwhacenter.simulator.Fault;
import io.github.camelwhacenter.simulator.RecordedRequest;
import io.github.camelwhacenter.simulator.SentMessage;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The gateway's failure modes under the error handling the reference recommends (Errors): transport failures redelivered three
 * times, everything else (and what outlasts the redeliveries) in a dead letter channel with its reason. A send the
 * gateway accepted is there exactly once, a send it never accepted is a dead letter, and nothing is lost. Timeouts are
 * the exception: the gateway may have acted on a request whose answer never came, so redelivery can duplicate a send.
 */
class SendRedeliveryTest extends GatewayTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(SendRedeliveryTest.class);
    private static final int ATTEMPTS = 4; // the first delivery and maximumRedeliveries(3)
    private static final long RESPONSE_TIMEOUT = 400;
    private static final String RECIPIENT = "6281234567890";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // as in the reference's Errors section
                errorHandler(deadLetterChannel("mock:dead").useOriginalMessage());
                onException(WhacenterTransportException.class)
                        .maximumRedeliveries(3).redeliveryDelay(50).backOffMultiplier(2).useExponentialBackOff();

                // the component's responseTimeout of 5 s: on a busy machine an answer may well take longer than 400 ms
                from("direct:send").routeId("send").to("whacenter:send?number=" + RECIPIENT);

                // for the timeout tests: the simulator holds the answer four times as long
                from("direct:send-short-timeout").routeId("send-short-timeout")
                        .to("whacenter:send?number=" + RECIPIENT + "&responseTimeout=" + RESPONSE_TIMEOUT);

                // the reference's alternative where a duplicate is worse than a loss: timeouts are not redelivered
                from("direct:send-no-timeout-retry").routeId("send-no-timeout-retry")
                        .onException(WhacenterTimeoutException.class).maximumRedeliveries(0).end()
                        .to("whacenter:send?number=" + RECIPIENT + "&responseTimeout=1000");
            }
        };
    }

    static Stream<Arguments> transientFaults() {
        return Stream.of(
                Arguments.of("HTTP 500", (Supplier<Fault>) () -> Fault.httpStatus(500,
                        "<html>500 Internal Server Error for " + DEVICE_ID + "</html>"),
                        WhacenterHttpException.class),
                Arguments.of("HTTP 502", (Supplier<Fault>) () -> Fault.httpStatus(502, "bad gateway"),
                        WhacenterHttpException.class),
                Arguments.of("HTTP 503", (Supplier<Fault>) () -> Fault.httpStatus(503, ""), WhacenterHttpException.class),
                Arguments.of("HTTP 408", (Supplier<Fault>) () -> Fault.httpStatus(408, "request timeout"),
                        WhacenterHttpException.class),
                Arguments.of("HTTP 429", (Supplier<Fault>) () -> Fault.httpStatus(429, "too many requests"),
                        WhacenterHttpException.class),
                Arguments.of("garbage body", (Supplier<Fault>) Fault::malformedBody, WhacenterResponseException.class),
                Arguments.of("empty body", (Supplier<Fault>) Fault::emptyBody, WhacenterResponseException.class),
                Arguments.of("dropped connection", (Supplier<Fault>) Fault::dropConnection,
                        WhacenterConnectionException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transientFaults")
    void aTransientFaultIsRedeliveredAndTheSendAcceptedExactlyOnce(String name, Supplier<Fault> fault,
                                                                   Class<? extends WhacenterTransportException> type)
            throws Exception {
        for (int i = 0; i < ATTEMPTS - 1; i++) {
            simulator.enqueueFault("send", fault.get());
        }
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(0);

        Exchange exchange = template.request("direct:send", e -> e.getMessage().setBody("survives " + name));

        assertNull(exchange.getException());
        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(1, sent.size(), "accepted exactly once: " + sent);
        assertEquals("survives " + name, sent.get(0).message());
        assertEquals(String.valueOf(sent.get(0).id()),
                exchange.getMessage().getHeader(WhacenterConstants.MESSAGE_ID, String.class));
        assertEquals(ATTEMPTS, simulator.requests("send").size(), "three faulted attempts, then the accepted one");
        assertEquals(0, simulator.pendingFaults());
        dead.assertIsSatisfied();
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = { 400, 401, 403, 404, 405, 301 })
    void aRefusalIsADeadLetterAtOnceNeverRedelivered(int status) throws Exception {
        simulator.enqueueFault("send", Fault.httpStatus(status, "refused"));
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(1);

        template.sendBody("direct:send", "refused " + status);

        dead.assertIsSatisfied();
        WhacenterHttpRefusedException reason = Observed.deadLetterReason(dead.getReceivedExchanges().get(0),
                WhacenterHttpRefusedException.class);
        assertEquals(status, reason.getStatusCode());
        assertEquals(1, simulator.requests("send").size(), "the same request would be refused again: not repeated");
    }

    @Test
    void aRedeliveryWaitsAsLongAsRetryAfterAsks() throws Exception {
        simulator.enqueueFault("send", Fault.httpStatus(429, "slow down", Duration.ofSeconds(1)));

        Exchange exchange = template.request("direct:send", e -> e.getMessage().setBody("after a pause"));

        assertNull(exchange.getException());
        List<RecordedRequest> attempts = simulator.requests("send");
        assertEquals(2, attempts.size());
        Duration waited = Duration.between(attempts.get(0).receivedAt(), attempts.get(1).receivedAt());
        assertTrue(waited.toMillis() >= 950, "the redelivery came " + waited.toMillis() + " ms later, not after Retry-After");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transientFaults")
    void aFaultOutlastingTheRedeliveriesIsADeadLetterWithItsTypedReason(String name, Supplier<Fault> fault,
                                                                      Class<? extends WhacenterTransportException> type)
            throws Exception {
        for (int i = 0; i < ATTEMPTS; i++) {
            simulator.enqueueFault("send", fault.get());
        }
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedBodiesReceived("given up " + name);

        template.sendBody("direct:send", "given up " + name);

        dead.assertIsSatisfied();
        WhacenterTransportException reason = Observed.deadLetterReason(dead.getReceivedExchanges().get(0), type);
        assertEquals("send", reason.getOperation());
        assertFalse(reason.getMessage().contains(DEVICE_ID), reason.getMessage());
        if (reason instanceof WhacenterHttpException http) {
            assertEquals(Integer.parseInt(name.substring(5)), http.getStatusCode());
        }
        assertTrue(simulator.sentMessages(DEVICE_ID).isEmpty(), "a faulted send is not sent");
        assertEquals(ATTEMPTS, simulator.requests("send").size());
        assertEquals(0, simulator.pendingFaults());
    }

    @Test
    void statusFalseIsNotRedeliveredButADeadLetterAtOnce() throws Exception {
        simulator.enqueueFault("send", Fault.statusFalse("number not registered on whatsapp"));
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedBodiesReceived("refused");

        template.sendBody("direct:send", "refused");

        dead.assertIsSatisfied();
        WhacenterGatewayException reason = Observed.deadLetterReason(dead.getReceivedExchanges().get(0),
                WhacenterGatewayException.class);
        assertFalse(WhacenterTransportException.class.isInstance(reason), "status:false is not worth a redelivery");
        assertEquals("number not registered on whatsapp", reason.getGatewayMessage());
        assertEquals(1, simulator.requests("send").size(), "a refusal is final: no redelivery");
        assertTrue(simulator.sentMessages(DEVICE_ID).isEmpty());
    }

    @Test
    void aDisconnectedDeviceIsADeadLetterAtOnce() throws Exception {
        simulator.device(DEVICE_ID).setConnected(false);
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(1);

        template.sendBody("direct:send", "nobody sends this");

        dead.assertIsSatisfied();
        WhacenterGatewayException reason = Observed.deadLetterReason(dead.getReceivedExchanges().get(0),
                WhacenterGatewayException.class);
        assertEquals("device not connected or not found", reason.getGatewayMessage());
        assertEquals(1, simulator.requests("send").size());
    }

    @Test
    void invalidInputIsADeadLetterBeforeAnyHttp() throws Exception {
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedBodiesReceived("to nowhere");

        template.sendBodyAndHeader("direct:send", "to nowhere", WhacenterConstants.NUMBER, "not a number");

        dead.assertIsSatisfied();
        WhacenterValidationException reason = Observed.deadLetterReason(dead.getReceivedExchanges().get(0),
                WhacenterValidationException.class);
        assertEquals("number", reason.getField());
        assertTrue(reason.getMessage().contains("number"), reason.getMessage());
        assertTrue(simulator.requests().isEmpty(), "validation happens before any request: " + simulator.requests());
    }

    /**
     * The honest caveat: the simulator, like a real gateway that stalls, applies a send whose answer comes too late.
     * The redelivery after the timeout sends it again: for timeouts, delivery is at least once.
     */
    @Test
    void aTimeoutIsRedeliveredAndTheGatewayHasTheSendTwice() throws Exception {
        simulator.enqueueFault("send", Fault.delay(Duration.ofMillis(RESPONSE_TIMEOUT * 4)));
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(0);

        Exchange exchange = template.request("direct:send-short-timeout", e -> e.getMessage().setBody("sent twice"));

        assertNull(exchange.getException());
        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(2, sent.size(), "the timed-out attempt was applied, and so was the redelivery: " + sent);
        assertTrue(sent.stream().allMatch(m -> m.message().equals("sent twice") && m.number().equals(RECIPIENT)));
        assertEquals(String.valueOf(sent.get(1).id()),
                exchange.getMessage().getHeader(WhacenterConstants.MESSAGE_ID, String.class),
                "the route only learns the id of the answered attempt");
        dead.assertIsSatisfied();
    }

    /** Where a duplicate is worse than a loss: a timeout goes to the dead letters at once, and was sent once. */
    @Test
    void aTimeoutThatIsNotRedeliveredIsADeadLetterSentOnce() throws Exception {
        simulator.enqueueFault("send", Fault.delay(Duration.ofMillis(3_000)));
        simulator.enqueueFault("send", Fault.httpStatus(500, "still redelivered"));
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedBodiesReceived("at most once");

        template.sendBody("direct:send-no-timeout-retry", "at most once");

        dead.assertIsSatisfied();
        Observed.deadLetterReason(dead.getReceivedExchanges().get(0), WhacenterTimeoutException.class);
        assertEquals(1, simulator.requests("send").size(), "no redelivery after the timeout");
        assertEquals(1, simulator.sentMessages(DEVICE_ID).size(), "the gateway applied it: check by hand");
        assertEquals(1, simulator.pendingFaults(), "the next fault was never reached");

        template.sendBody("direct:send-no-timeout-retry", "other faults are still redelivered");

        assertEquals(3, simulator.requests("send").size(), "the 500 was redelivered and the send accepted");
        assertEquals(1, dead.getReceivedCounter());
    }

    /** A dead letter for a timeout does not mean "not sent": every one of its attempts may have been applied. */
    @Test
    void aSendTimingOutOnEveryAttemptIsADeadLetterThatWasNonethelessSent() throws Exception {
        for (int i = 0; i < ATTEMPTS; i++) {
            simulator.enqueueFault("send", Fault.delay(Duration.ofMillis(RESPONSE_TIMEOUT * 4)));
        }
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedBodiesReceived("unknown fate");

        template.sendBody("direct:send-short-timeout", "unknown fate");

        dead.assertIsSatisfied();
        WhacenterTimeoutException reason = Observed.deadLetterReason(dead.getReceivedExchanges().get(0),
                WhacenterTimeoutException.class);
        assertTrue(reason.getMessage().contains("responseTimeout"), reason.getMessage());
        assertEquals(ATTEMPTS, simulator.sentMessages(DEVICE_ID).size(),
                "each timed-out attempt reached the gateway and was applied");
    }

    /**
     * Sixty sends in flight at once meet a seeded random mix of faults, taken by whichever request comes next: each
     * input ends either accepted exactly once or as a dead letter with its reason, never both, never neither.
     */
    @Test
    void nothingIsLostUnderAMixOfFaults() throws Exception {
        long seed = 20250721L;
        Random random = new Random(seed);
        LOG.info("Mixed faults with seed {}", seed);
        int inputs = 60;
        int faults = 80;
        List<Supplier<Fault>> kinds = List.of(
                () -> Fault.httpStatus(500, "oops"), () -> Fault.httpStatus(503, ""), Fault::malformedBody,
                Fault::emptyBody, Fault::dropConnection, () -> Fault.statusFalse("number not registered on whatsapp"));
        for (int i = 0; i < faults; i++) {
            // status:false is final, so rarer than the transient faults
            simulator.enqueueFault("send", random.nextInt(10) == 0 ? kinds.get(5).get() : kinds.get(random.nextInt(5)).get());
        }

        List<Future<Exchange>> results = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("mixed-" + i);
            if (i % 10 == 9) {
                exchange.getMessage().setHeader(WhacenterConstants.NUMBER, "+62 (0) not-a-number");
            }
            results.add(template.asyncSend("direct:send", exchange));
        }
        Map<String, Exchange> answered = new HashMap<>();
        for (int i = 0; i < inputs; i++) {
            answered.put("mixed-" + i, results.get(i).get(30, TimeUnit.SECONDS));
        }

        Map<String, Long> acceptedCount = new HashMap<>();
        Map<Long, String> idOfText = new HashMap<>();
        for (SentMessage sent : simulator.sentMessages(DEVICE_ID)) {
            acceptedCount.merge(sent.message(), 1L, Long::sum);
            idOfText.put(sent.id(), sent.message());
        }
        Map<String, Exchange> deadLetters = new HashMap<>();
        for (Exchange dead : getMockEndpoint("mock:dead").getReceivedExchanges()) {
            Exchange previous = deadLetters.put(dead.getMessage().getBody(String.class), dead);
            assertNull(previous, "one dead letter per input");
        }
        Map<String, Long> attempts = new HashMap<>();
        for (RecordedRequest request : simulator.requests("send")) {
            attempts.merge(request.field("message"), 1L, Long::sum);
        }

        int accepted = 0;
        for (int i = 0; i < inputs; i++) {
            String text = "mixed-" + i;
            long times = acceptedCount.getOrDefault(text, 0L);
            Exchange dead = deadLetters.get(text);
            long tries = attempts.getOrDefault(text, 0L);
            if (times == 1) {
                accepted++;
                assertNull(dead, text + " was accepted, yet is a dead letter too");
                assertTrue(tries >= 1 && tries <= ATTEMPTS, text + " took " + tries + " attempts");
                String id = answered.get(text).getMessage().getHeader(WhacenterConstants.MESSAGE_ID, String.class);
                assertEquals(text, idOfText.get(Long.parseLong(id)), "the route got the id of its own send");
            } else if (times == 0) {
                if (dead == null) {
                    fail(text + " was lost: neither accepted nor a dead letter");
                }
                Exception reason = Observed.deadLetterReason(dead, Exception.class);
                if (i % 10 == 9) {
                    assertEquals("number", assertInstanceOf(WhacenterValidationException.class, reason).getField());
                    assertEquals(0, tries, "validation happens before any request");
                } else if (reason instanceof WhacenterGatewayException) {
                    assertTrue(tries >= 1 && tries <= ATTEMPTS, text + " took " + tries + " attempts");
                } else {
                    assertInstanceOf(WhacenterTransportException.class, reason);
                    assertEquals(ATTEMPTS, tries, text + " was given up before its redeliveries were spent");
                }
            } else {
                fail(text + " was accepted " + times + " times, in " + tries + " attempts");
            }
        }
        assertEquals(inputs, accepted + deadLetters.size(), "every input ends accepted or as a dead letter");
        assertEquals(simulator.requests("send").size(), accepted + faults - simulator.pendingFaults(),
                "every request either met a fault or was accepted");
        assertTrue(accepted > 0 && deadLetters.size() > inputs / 10, "the mix exercised both outcomes: accepted "
                                                                     + accepted + ", dead " + deadLetters.size());
    }
}
