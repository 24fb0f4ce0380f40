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

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import io.github.camelwhacenter.simulator.IncomingMessage;
import io.github.camelwhacenter.simulator.WebhookDelivery;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * whacenter:ask over real HTTP: the question goes to the simulator, the contact's reply comes back through the webhook
 * and completes the same exchange; or a timeout or a stop fail it. Waiting asks hold no thread.
 */
class WhacenterAskTest extends WebhookTestSupport {

    private static final String CONTACT = "6287754446580";
    private static final int MANY = 10_000;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("whacenter", WhacenterComponent.class).setMaxPendingReplies(MANY);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=/wa/in").routeId("in").to("mock:in");
                from("direct:ask").to("whacenter:ask");
                from("direct:brief").to("whacenter:ask?replyTimeout=300");
            }
        };
    }

    private CompletableFuture<Exchange> ask(String uri, String number, String question) throws Exception {
        return sendAsync(uri, exchange -> {
            exchange.getMessage().setHeader(WhacenterConstants.NUMBER, number);
            exchange.getMessage().setBody(question);
        });
    }

    private WebhookDelivery write(String from, String text) {
        simulator.device(DEVICE_ID).setWebhookUrl(url("/wa/in"));
        return simulator.deliverIncoming(DEVICE_ID, IncomingMessage.text(from, text));
    }

    @Test
    void theContactsReplyCompletesTheAskAndNoRoute() throws Exception {
        MockEndpoint in = getMockEndpoint("mock:in");
        CompletableFuture<Exchange> asked = ask("direct:ask", "087754446580", "Confirm your order? YES or NO");
        await().atMost(Duration.ofSeconds(20)).until(() -> simulator.sentMessages(DEVICE_ID).size() == 1);

        write("6281111111111", "hello");
        WebhookDelivery reply = write(CONTACT, "YES");

        assertEquals(200, reply.statusCode(), reply.responseBody());
        Exchange done = asked.get(20, TimeUnit.SECONDS);
        assertNull(done.getException());
        WhacenterIncomingMessage answer = assertInstanceOf(WhacenterIncomingMessage.class, done.getMessage().getBody());
        assertEquals("YES", answer.getMessage());
        assertEquals(String.valueOf(simulator.sentMessages(DEVICE_ID).get(0).id()),
                done.getMessage().getHeader(WhacenterConstants.MESSAGE_ID), "the id of the question it answers");
        in.expectedMessageCount(1);
        in.assertIsSatisfied();
        assertEquals("hello", in.getExchanges().get(0).getMessage().getBody(WhacenterIncomingMessage.class).getMessage(),
                "another contact's message goes to the route; the reply does not");
    }

    @Test
    void aCustomerWhoAnswersStopEndsTheAskAndOptsOut() throws Exception {
        simulator.device(DEVICE_ID).setWebhookUrl(url("/wa/in"));
        simulator.customerReplies(DEVICE_ID, CONTACT, "STOP", Duration.ofMillis(100));

        Exchange done = ask("direct:ask", CONTACT, "Want our weekly offers?").get(20, TimeUnit.SECONDS);

        assertNull(done.getException());
        assertEquals("STOP", done.getMessage().getBody(WhacenterIncomingMessage.class).getMessage());
        Exchange next = ask("direct:ask", CONTACT, "Sure?").get(20, TimeUnit.SECONDS);
        assertInstanceOf(WhacenterOptedOutException.class, next.getException());
        assertEquals(1, simulator.sentMessages(DEVICE_ID).size(), "the second question was not sent");
    }

    @Test
    void noReplyWithinTheTimeoutFailsTheAsk() throws Exception {
        Exchange done = ask("direct:brief", CONTACT, "Still there?").get(20, TimeUnit.SECONDS);

        WhacenterNoReplyException e = assertInstanceOf(WhacenterNoReplyException.class, done.getException());
        assertEquals("TIMED_OUT", e.getReason());
        assertEquals(1, simulator.sentMessages(DEVICE_ID).size(), "the question was sent");
        getMockEndpoint("mock:in").expectedMessageCount(1);
        write(CONTACT, "late YES");
        getMockEndpoint("mock:in").assertIsSatisfied();
    }

    @Test
    void aFailedQuestionFailsTheAskAndWaitsForNothing() throws Exception {
        simulator.device(DEVICE_ID).setConnected(false);

        Exchange done = ask("direct:ask", CONTACT, "Confirm?").get(20, TimeUnit.SECONDS);

        assertInstanceOf(WhacenterGatewayException.class, done.getException());
        assertEquals(0, context.getComponent("whacenter", WhacenterComponent.class).getReplies().waiting());
    }

    @Test
    void tenThousandWaitingAsksHoldNoThreadEachAndAStopCompletesThemAll() throws Exception {
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        List<CompletableFuture<Exchange>> asked = new ArrayList<>();
        WhacenterComponent component = context.getComponent("whacenter", WhacenterComponent.class);
        for (int i = 0; i < MANY; i++) {
            asked.add(ask("direct:ask", "62812" + (1_000_000 + i), "Question " + i));
            if (asked.size() % 500 == 0) {
                // in steps the connection pool serves within its lease timeout; the asks stay waiting meanwhile
                int sent = asked.size();
                await().atMost(Duration.ofSeconds(60)).until(() -> simulator.sentMessages(DEVICE_ID).size() == sent
                                                                  || asked.stream().anyMatch(CompletableFuture::isDone));
                assertFalse(asked.stream().anyMatch(CompletableFuture::isDone), () -> asked.stream()
                        .filter(CompletableFuture::isDone).findFirst().map(CompletableFuture::join)
                        .map(e -> String.valueOf(e.getException())).orElse(""));
            }
        }
        CompletableFuture<Exchange> tooMany = ask("direct:ask", "6289999999999", "one too many");

        assertEquals(MANY, component.getReplies().waiting());
        int threadsWaiting = ManagementFactory.getThreadMXBean().getThreadCount();
        assertTrue(threadsWaiting - threadsBefore < 1_000, threadsBefore + " threads before, " + threadsWaiting
                                                          + " with " + MANY + " asks waiting");
        WhacenterNoReplyException full = assertInstanceOf(WhacenterNoReplyException.class,
                tooMany.get(20, TimeUnit.SECONDS).getException());
        assertEquals("FULL", full.getReason());

        context.stop();

        for (CompletableFuture<Exchange> one : asked) {
            Exchange done = one.get(30, TimeUnit.SECONDS);
            WhacenterNoReplyException e = assertInstanceOf(WhacenterNoReplyException.class, done.getException());
            assertEquals("STOPPED", e.getReason());
        }
        assertFalse(asked.stream().anyMatch(one -> !one.isDone()));
        assertEquals(MANY, simulator.sentMessages(DEVICE_ID).size(), "the one too many was not sent");
    }
}
