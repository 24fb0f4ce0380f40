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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import io.github.camelwhacenter.simulator.IncomingMessage;
import io.github.camelwhacenter.simulator.WebhookDelivery;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.processor.aggregate.MemoryAggregationRepository;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sends that expect a reply, over real HTTP, in one node (the conversations' in-memory store): the contact's reply
 * reaches the webhook's route with the conversation's name, the id of the question and the kept headers; a failed route
 * gives the conversation back; a repeated delivery is not handed again; no reply, or a later question, ends it on
 * whacenter:conversations.
 */
class WhacenterConversationTest extends WebhookTestSupport {

    private static final String CONTACT = "6287754446580";

    private final AtomicInteger failRoute = new AtomicInteger();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        WhacenterComponent broken = new WhacenterComponent();
        broken.getConfiguration().setDeviceId(DEVICE_ID);
        broken.getConfiguration().setBaseUrl(simulator.baseUrl());
        broken.setConversationRepository(new MemoryAggregationRepository(true) {
            @Override
            public Exchange get(CamelContext camelContext, String key) {
                throw new IllegalStateException("the database is gone");
            }
        });
        context.addComponent("whacenter-broken", broken);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=/wa/in").routeId("in")
                        .process(exchange -> {
                            if (failRoute.getAndDecrement() > 0) {
                                throw new IllegalStateException("the route failed");
                            }
                        })
                        .to("mock:in");
                from("direct:confirm").routeId("confirm-order")
                        .to("whacenter:send?expectReply=true&conversationHeaders=Order*&replyTimeout=60000");
                from("direct:brief").to("whacenter:send?conversationHeaders=OrderId&replyTimeout=200");
                from("whacenter:conversations?delay=50").routeId("ended").to("mock:ended");
                from("whacenter-broken:webhook?webhookPath=/wa/broken").routeId("in-broken").to("mock:in");
                from("direct:broken").to("whacenter-broken:send?expectReply=true");
                from("direct:inTurn").routeId("in-turn")
                        .to("whacenter:send?expectReply=true&pendingConversationAction=WAIT&replyTimeout=60000");
            }
        };
    }

    private Exchange confirm(String uri, String conversation) {
        return template.request(uri, exchange -> {
            Message message = exchange.getMessage();
            message.setHeader(WhacenterConstants.NUMBER, CONTACT);
            message.setHeader("OrderId", "A-1001");
            message.setHeader("OrderTotal", 125_000);
            message.setHeader("Secret", "not kept");
            if (conversation != null) {
                message.setHeader(WhacenterConstants.CONVERSATION, conversation);
            }
            message.setBody("Confirm order A-1001? YES or NO");
        });
    }

    private WebhookDelivery deliver(IncomingMessage message) {
        simulator.device(DEVICE_ID).setWebhookUrl(url("/wa/in"));
        return simulator.deliverIncoming(DEVICE_ID, message);
    }

    @Test
    void theReplyReachesTheRouteWithTheConversationAndTheKeptHeaders() throws Exception {
        MockEndpoint in = getMockEndpoint("mock:in");
        in.expectedMessageCount(2);
        deliver(IncomingMessage.text(CONTACT, "hello before any question"));
        Exchange sent = confirm("direct:confirm", null);
        assertNull(sent.getException());

        WebhookDelivery reply = deliver(IncomingMessage.text(CONTACT, "YES"));

        assertEquals(200, reply.statusCode(), reply.responseBody());
        in.assertIsSatisfied();
        Message before = in.getExchanges().get(0).getMessage();
        assertNull(before.getHeader(WhacenterConstants.CONVERSATION), "no question was pending");
        Message answer = in.getExchanges().get(1).getMessage();
        assertEquals("YES", answer.getBody(WhacenterIncomingMessage.class).getMessage());
        assertEquals("confirm-order", answer.getHeader(WhacenterConstants.CONVERSATION), "named by the route that sent it");
        assertEquals("REPLIED", answer.getHeader(WhacenterConstants.CONVERSATION_OUTCOME));
        assertEquals(sent.getMessage().getHeader(WhacenterConstants.MESSAGE_ID), answer.getHeader(WhacenterConstants.IN_REPLY_TO));
        assertEquals(String.valueOf(simulator.sentMessages(DEVICE_ID).get(0).id()), answer.getHeader(WhacenterConstants.IN_REPLY_TO));
        assertEquals("A-1001", answer.getHeader("OrderId"));
        assertEquals("125000", answer.getHeader("OrderTotal"));
        assertNull(answer.getHeader("Secret"), "only the headers conversationHeaders names are kept");

        in.reset();
        in.expectedMessageCount(1);
        deliver(IncomingMessage.text(CONTACT, "thanks"));
        in.assertIsSatisfied();
        assertNull(in.getExchanges().get(0).getMessage().getHeader(WhacenterConstants.CONVERSATION),
                "the conversation was answered: the next message is an ordinary one");
    }

    @Test
    void aFailedRouteGivesTheConversationBackAndARepeatedDeliveryIsNotHandedAgain() throws Exception {
        MockEndpoint in = getMockEndpoint("mock:in");
        confirm("direct:confirm", "order-confirmation");
        IncomingMessage yes = IncomingMessage.text(CONTACT, "YES");
        failRoute.set(1);

        WebhookDelivery failed = deliver(yes);
        assertEquals(500, failed.statusCode(), "the gateway delivers it again");
        in.expectedMessageCount(1);
        WebhookDelivery again = deliver(yes);
        assertEquals(200, again.statusCode(), again.responseBody());
        in.assertIsSatisfied();
        assertEquals("order-confirmation", in.getExchanges().get(0).getMessage().getHeader(WhacenterConstants.CONVERSATION));

        WebhookDelivery repeated = deliver(yes);
        assertEquals(200, repeated.statusCode());
        in.assertIsSatisfied();
        assertEquals(1, in.getReceivedCounter(), "the same reply delivered once more is not handed to the route again");

        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("whacenter");
        Map<?, ?> counts = ((List<?>) ((Map<?, ?>) console.call(DevConsole.MediaType.JSON)).get("conversations")).stream()
                .map(Map.class::cast).filter(report -> "whacenter".equals(report.get("component"))).findFirst().orElseThrow();
        assertEquals(1L, counts.get("recorded"));
        assertEquals(2L, counts.get("replied"), "claimed twice: the failed delivery and the one delivered again");
        assertEquals(1L, counts.get("givenBack"));
        assertEquals(1L, counts.get("repeated"));
        String text = console.call(DevConsole.MediaType.TEXT) + counts.toString();
        assertFalse(text.contains(CONTACT) || text.contains("order-confirmation"), "neither a number nor a name: " + text);
    }

    @Test
    void noReplyWithinTheTimeoutIsEmittedOnceWithItsContext() throws Exception {
        MockEndpoint ended = getMockEndpoint("mock:ended");
        ended.expectedMessageCount(1);
        Exchange sent = confirm("direct:brief", "payment-reminder");

        ended.assertIsSatisfied();
        Message timedOut = ended.getExchanges().get(0).getMessage();
        assertEquals("payment-reminder", timedOut.getHeader(WhacenterConstants.CONVERSATION));
        assertEquals("TIMED_OUT", timedOut.getHeader(WhacenterConstants.CONVERSATION_OUTCOME));
        assertEquals(CONTACT, timedOut.getHeader(WhacenterConstants.NUMBER));
        assertEquals(sent.getMessage().getHeader(WhacenterConstants.MESSAGE_ID), timedOut.getHeader(WhacenterConstants.IN_REPLY_TO));
        assertEquals("A-1001", timedOut.getHeader("OrderId"));
        assertEquals("Confirm order A-1001? YES or NO", timedOut.getBody(String.class));

        MockEndpoint in = getMockEndpoint("mock:in");
        in.expectedMessageCount(1);
        deliver(IncomingMessage.text(CONTACT, "late YES"));
        in.assertIsSatisfied();
        assertNull(in.getExchanges().get(0).getMessage().getHeader(WhacenterConstants.CONVERSATION), "too late for it");
        await().atMost(Duration.ofSeconds(10)).until(() -> conversationsKept() == 0);
        assertEquals(1, ended.getReceivedCounter(), "emitted once");
    }

    @Test
    void aLaterQuestionReplacesThePendingOneWhichIsEmittedAsReplaced() throws Exception {
        MockEndpoint ended = getMockEndpoint("mock:ended");
        ended.expectedMessageCount(1);
        confirm("direct:confirm", "first");
        confirm("direct:confirm", "second");

        ended.assertIsSatisfied();
        assertEquals("first", ended.getExchanges().get(0).getMessage().getHeader(WhacenterConstants.CONVERSATION));
        assertEquals("REPLACED", ended.getExchanges().get(0).getMessage().getHeader(WhacenterConstants.CONVERSATION_OUTCOME));
        MockEndpoint in = getMockEndpoint("mock:in");
        in.expectedMessageCount(1);
        deliver(IncomingMessage.text(CONTACT, "YES"));
        in.assertIsSatisfied();
        assertEquals("second", in.getExchanges().get(0).getMessage().getHeader(WhacenterConstants.CONVERSATION));
    }

    @Test
    void aQuestionTheGatewayRefusedExpectsNoReply() throws Exception {
        simulator.device(DEVICE_ID).setConnected(false);
        Exchange refused = confirm("direct:confirm", null);
        assertInstanceOf(WhacenterGatewayException.class, refused.getException());
        assertEquals(0, conversationsKept(), "the conversation went with the failed send");
        simulator.device(DEVICE_ID).setConnected(true);

        MockEndpoint in = getMockEndpoint("mock:in");
        in.expectedMessageCount(1);
        deliver(IncomingMessage.text(CONTACT, "YES"));
        in.assertIsSatisfied();
        assertNull(in.getExchanges().get(0).getMessage().getHeader(WhacenterConstants.CONVERSATION));
    }

    @Test
    void theSimulatorsCustomerAnswersTheQuestion() throws Exception {
        simulator.device(DEVICE_ID).setWebhookUrl(url("/wa/in"));
        simulator.customerReplies(DEVICE_ID, CONTACT, "YES", Duration.ZERO);
        MockEndpoint in = getMockEndpoint("mock:in");
        in.expectedMessageCount(1);
        in.expectedHeaderReceived(WhacenterConstants.CONVERSATION, "confirm-order");

        assertNull(confirm("direct:confirm", null).getException());

        in.assertIsSatisfied();
        assertTrue(List.of("YES").contains(in.getExchanges().get(0).getMessage().getBody(WhacenterIncomingMessage.class).getMessage()));
    }

    private int conversationsKept() {
        return context.getComponent("whacenter", WhacenterComponent.class).getConversations().keys().size();
    }

    /**
     * pendingConversationAction=WAIT: a second question to the contact waits until the first is answered, so the reply
     * answers the first; then the second goes, and nothing is emitted as replaced.
     */
    @Test
    void withPendingConversationActionWaitALaterQuestionWaitsForTheReplyToTheFirst() throws Exception {
        assertNull(ask("direct:inTurn", "first").get(20, TimeUnit.SECONDS).getException());
        CompletableFuture<Exchange> second = ask("direct:inTurn", "second");

        MockEndpoint in = getMockEndpoint("mock:in");
        in.expectedMessageCount(1);
        deliver(IncomingMessage.text(CONTACT, "YES"));
        in.assertIsSatisfied();
        assertEquals("first", in.getExchanges().get(0).getMessage().getHeader(WhacenterConstants.CONVERSATION),
                "the second question did not take the first one's place");

        assertNull(second.get(20, TimeUnit.SECONDS).getException());
        assertEquals(List.of("Question first", "Question second"),
                simulator.sentMessages(DEVICE_ID).stream().map(m -> m.message()).toList());
        in.reset();
        in.expectedMessageCount(1);
        in.expectedHeaderReceived(WhacenterConstants.CONVERSATION, "second");
        deliver(IncomingMessage.text(CONTACT, "Tuesday"));
        in.assertIsSatisfied();
        assertEquals(0, getMockEndpoint("mock:ended").getReceivedCounter());
    }

    /** A send waiting behind a pending conversation when its route stops fails as not sent. */
    @Test
    void aSendWaitingBehindAPendingConversationFailsAsNotSentWhenItsRouteStops() throws Exception {
        assertNull(ask("direct:inTurn", "first").get(20, TimeUnit.SECONDS).getException());
        CompletableFuture<Exchange> second = ask("direct:inTurn", "second");
        await().atMost(Duration.ofSeconds(10)).until(() -> context.getComponent("whacenter", WhacenterComponent.class)
                .getWaitingQuestions().waiting() == 1);

        // the waiting exchange is in flight: the graceful stop waits for it as long as its timeout, then stops the producer
        context.getShutdownStrategy().setTimeout(1);
        context.getRouteController().stopRoute("in-turn");

        assertInstanceOf(WhacenterNotSentException.class, second.get(20, TimeUnit.SECONDS).getException());
        assertEquals(1, simulator.sentMessages(DEVICE_ID).size());
        assertEquals(0, context.getComponent("whacenter", WhacenterComponent.class).getWaitingQuestions().waiting());
    }

    private CompletableFuture<Exchange> ask(String uri, String conversation) throws Exception {
        return sendAsync(uri, exchange -> {
            exchange.getMessage().setHeader(WhacenterConstants.NUMBER, CONTACT);
            exchange.getMessage().setHeader(WhacenterConstants.CONVERSATION, conversation);
            exchange.getMessage().setBody("Question " + conversation);
        });
    }

    /**
     * A conversationRepository that cannot be read: the question is not sent (nothing reaches the gateway), and a
     * contact's message fails its delivery (500), so that the gateway delivers it again; nothing is lost.
     */
    @Test
    void aStoreThatCannotBeReadSendsNothingAndFailsTheDelivery() throws Exception {
        Exchange refused = template.request("direct:broken", exchange -> {
            exchange.getMessage().setHeader(WhacenterConstants.NUMBER, CONTACT);
            exchange.getMessage().setBody("Confirm?");
        });

        WhacenterNotSentException e = assertInstanceOf(WhacenterNotSentException.class, refused.getException());
        assertTrue(e.getMessage().contains("conversationRepository"), e.getMessage());
        assertEquals(List.of(), simulator.requests("send"), "nothing reached the gateway");
        simulator.device(DEVICE_ID).setWebhookUrl(url("/wa/broken"));
        WebhookDelivery delivery = simulator.deliverIncoming(DEVICE_ID, IncomingMessage.text(CONTACT, "YES"));
        assertEquals(500, delivery.statusCode(), "the gateway delivers it again");
        assertEquals(0, getMockEndpoint("mock:in").getReceivedCounter());
    }
}
