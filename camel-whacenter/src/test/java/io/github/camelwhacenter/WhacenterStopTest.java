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

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.model.WhacenterResult;
import io.github.camelwhacenter.simulator.Fault;
import io.github.camelwhacenter.simulator.SentMessage;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.SECOND_DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every stop path completes every exchange: sent before the shutdown timeout, or failed with a typed exception that
 * says whether the gateway may have seen it. The simulator's record and the exchanges' outcomes agree one to one.
 */
class WhacenterStopTest extends WhacenterTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(WhacenterStopTest.class);
    private static final String NUMBER = "6281111111111";
    private static final String TEXT = "stopTestText";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:paced").routeId("paced")
                        .to("whacenter:send?number=" + NUMBER + "&minSendInterval=1000");
                from("direct:pacedToDeadLetters").routeId("paced-dead-letters")
                        .errorHandler(deadLetterChannel("mock:dead"))
                        .to("whacenter:send?number=" + NUMBER + "&minSendInterval=1000");
                from("direct:pacedTenMinutes").routeId("paced-ten-minutes")
                        .to("whacenter:send?number=" + NUMBER + "&minSendInterval=600000");
                from("direct:slow").routeId("slow")
                        .to("whacenter:send?number=" + NUMBER + "&responseTimeout=60000");
                from("direct:mixedPaced").routeId("mixed-paced")
                        .to("whacenter:send?number=" + NUMBER + "&minSendInterval=250");
                from("direct:mixedSlow").routeId("mixed-slow")
                        .setHeader(WhacenterConstants.DEVICE_ID, constant(SECOND_DEVICE_ID))
                        .to("whacenter:sendGroup?group=Team&responseTimeout=60000&maxConnections=50");
                from("direct:mixedImmediate").routeId("mixed-immediate")
                        .setHeader(WhacenterConstants.DEVICE_ID, constant(SECOND_DEVICE_ID))
                        .to("whacenter:send?number=" + NUMBER);
            }
        };
    }

    @Test
    void queuedPacedSendsAreSentOrFailedAsNotSentWhenTheContextStops() throws Exception {
        context.getShutdownStrategy().setTimeout(3);
        long start = System.nanoTime();
        List<CompletableFuture<Exchange>> sends = send("direct:paced", "paced", 50);
        await().until(() -> simulator.sentMessages(DEVICE_ID).size() >= 1);

        context.stop();

        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        Outcomes outcomes = outcomes(sends);
        assertEquals(50, outcomes.sent.size() + outcomes.notSent.size(), outcomes.toString());
        // at one send a second, the stop sent no more than the seconds it took allowed, and failed the rest as not sent
        assertTrue(outcomes.sent.size() <= 1 + seconds, outcomes + " in " + seconds + " s");
        assertEquals(sorted(outcomes.sent), sorted(texts(simulator.sentMessages(DEVICE_ID))),
                "the gateway has exactly the sends that succeeded");
    }

    @Test
    void theSchedulerOfPacedSendsEndsWithTheContextEvenWhenTheNextTurnIsFarAway() throws Exception {
        context.getShutdownStrategy().setTimeout(1);
        List<CompletableFuture<Exchange>> sends = send("direct:pacedTenMinutes", "far", 2);
        await().until(() -> simulator.sentMessages(DEVICE_ID).size() == 1);
        String pacer = "(" + context.getName() + ") thread #";
        assertTrue(threadsNamed(pacer, "WhacenterSendPacer") > 0, "the pacer runs while sends wait");

        context.stop();

        Outcomes outcomes = outcomes(sends);
        assertEquals(1, outcomes.notSent.size(), outcomes.toString());
        // before, the scheduler kept the start of the failed send, and with it its thread, for ten minutes
        await().atMost(Duration.ofSeconds(10)).until(() -> threadsNamed(pacer, "WhacenterSendPacer") == 0);
    }

    private static long threadsNamed(String context, String pool) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().contains(context) && thread.getName().endsWith(pool))
                .count();
    }

    @Test
    void queuedSendsOfAStoppedRouteReachItsDeadLetterChannel() throws Exception {
        MockEndpoint dead = getMockEndpoint("mock:dead");
        long start = System.nanoTime();
        List<CompletableFuture<Exchange>> sends = send("direct:pacedToDeadLetters", "dead-letter", 20);
        await().until(() -> simulator.sentMessages(DEVICE_ID).size() >= 1);

        context.getRouteController().stopRoute("paced-dead-letters", 2, TimeUnit.SECONDS);

        for (CompletableFuture<Exchange> send : sends) {
            send.get(10, TimeUnit.SECONDS);
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        int sent = simulator.sentMessages(DEVICE_ID).size();
        // at one send a second, no more than the seconds the stop took allowed
        assertTrue(sent <= 1 + seconds, sent + " sent in " + seconds + " s");
        await().until(() -> dead.getReceivedCounter() == 20 - sent);
        for (Exchange deadLetter : dead.getReceivedExchanges()) {
            Exception cause = deadLetter.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
            assertInstanceOf(WhacenterNotSentException.class, cause);
            assertTrue(cause.getMessage().contains("not sent"), cause.getMessage());
        }
    }

    @Test
    void requestsInFlightOnASlowGatewayFailAsCutOffWhenTheContextStops() throws Exception {
        simulator.setResponseDelay(Duration.ofSeconds(25));
        context.getShutdownStrategy().setTimeout(2);
        List<CompletableFuture<Exchange>> sends = send("direct:slow", "slow", 20);
        await().until(() -> simulator.requests("send").size() == 20);

        context.stop();

        Outcomes outcomes = outcomes(sends);
        assertEquals(20, outcomes.cutOff.size(), outcomes.toString());
        // the gateway took each of them: the route saw an answer cut off, not a message lost
        assertEquals(sorted(outcomes.cutOff), sorted(texts(simulator.sentMessages(DEVICE_ID))));
    }

    @Test
    void twoHundredMixedSendsAllCompleteAndAgreeWithTheGateway() throws Exception {
        context.getShutdownStrategy().setTimeout(2);
        for (int i = 0; i < 40; i++) {
            simulator.enqueueFault("sendGroup", Fault.delay(Duration.ofSeconds(30)));
        }
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        sends.addAll(send("direct:mixedPaced", "paced", 60));
        sends.addAll(send("direct:mixedSlow", "slow", 40));
        sends.addAll(send("direct:mixedImmediate", "immediate", 100));
        await().until(() -> simulator.requests("sendGroup").size() == 40);

        context.stop();

        Outcomes outcomes = outcomes(sends);
        Set<String> atGateway = new HashSet<>(texts(simulator.sentMessages(DEVICE_ID)));
        atGateway.addAll(texts(simulator.sentMessages(SECOND_DEVICE_ID)));
        assertEquals(200, outcomes.sent.size() + outcomes.notSent.size() + outcomes.cutOff.size(), outcomes.toString());
        for (String sent : outcomes.sent) {
            assertTrue(atGateway.contains(sent), sent + " succeeded, so the gateway has it");
        }
        for (String notSent : outcomes.notSent) {
            assertTrue(!atGateway.contains(notSent), notSent + " failed as not sent, so the gateway must not have it");
        }
        Set<String> accounted = new HashSet<>(outcomes.sent);
        accounted.addAll(outcomes.cutOff);
        assertEquals(accounted, atGateway, "the gateway has the sends that succeeded and those cut off, nothing else");
        // the 40 slow group sends were at the gateway, unanswered, when the context stopped; whatever else was on the
        // wire at that moment is cut off too, however many a loaded machine had there
        for (int i = 0; i < 40; i++) {
            assertTrue(outcomes.cutOff.contains("slow-" + i), "slow-" + i + " was cut off: " + outcomes);
        }
        LOG.info("200 mixed sends at stop: {} sent, {} not sent, {} cut off (accepted at the gateway, failed in the route)",
                outcomes.sent.size(), outcomes.notSent.size(), outcomes.cutOff.size());
    }

    private List<CompletableFuture<Exchange>> send(String uri, String prefix, int count) throws Exception {
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = prefix + "-" + i;
            sends.add(sendAsync(uri, exchange -> {
                exchange.setProperty(TEXT, text);
                exchange.getMessage().setBody(text);
            }));
        }
        return sends;
    }

    private static List<String> sorted(List<String> texts) {
        return texts.stream().sorted().toList();
    }

    private static List<String> texts(List<SentMessage> messages) {
        return messages.stream().map(SentMessage::message).toList();
    }

    /** What became of each exchange, by its message text. */
    private record Outcomes(List<String> sent, List<String> notSent, List<String> cutOff) {
        @Override
        public String toString() {
            return sent.size() + " sent, " + notSent.size() + " not sent, " + cutOff.size() + " cut off";
        }
    }

    /**
     * The gateway accepted the send, but its answer came once Camel was forcing the stop (after the shutdown timeout):
     * Camel's error handler then marks every exchange that completes with a RejectedExecutionException, a successful
     * one included; the gateway's result is still the body.
     */
    private static boolean answeredAsCamelForcedTheStop(Exchange exchange) {
        return exchange.getException() instanceof RejectedExecutionException
               && exchange.getMessage().getBody() instanceof WhacenterResult result && result.isSuccess();
    }

    private static Outcomes outcomes(List<CompletableFuture<Exchange>> sends) throws Exception {
        Outcomes outcomes = new Outcomes(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (CompletableFuture<Exchange> send : sends) {
            // every exchange completes: none is left waiting after the stop
            Exchange exchange = send.get(10, TimeUnit.SECONDS);
            String text = exchange.getProperty(TEXT, String.class);
            Exception failure = exchange.getException();
            if (failure == null || answeredAsCamelForcedTheStop(exchange)) {
                outcomes.sent.add(text);
            } else if (failure instanceof WhacenterNotSentException) {
                outcomes.notSent.add(text);
            } else if (failure instanceof WhacenterConnectionException cutOff && cutOff.getMessage().contains("in flight")) {
                outcomes.cutOff.add(text);
            } else {
                fail(text + " failed with an exception that says nothing of what the gateway saw: " + failure);
            }
        }
        return outcomes;
    }
}
