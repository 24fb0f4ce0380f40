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

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.simulator.IncomingMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The unanswered budget over real HTTP: a contact that writes through the webhook may be answered past the budget;
 * a silent one is refused before any gateway call. (Its timing rules: UnansweredBudgetRulesTest, on a fake clock.)
 */
class WhacenterUnansweredBudgetTest extends WebhookTestSupport {

    private static final long WINDOW_MILLIS = 1_500;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("whacenter", WhacenterComponent.class).setUnansweredBudget(1);
        WhacenterComponent holding = new WhacenterComponent();
        holding.getConfiguration().setDeviceId(DEVICE_ID);
        holding.getConfiguration().setBaseUrl(simulator.baseUrl());
        holding.setUnansweredBudget(1);
        holding.setUnansweredWindow(WINDOW_MILLIS);
        holding.setQuotaAction(WhacenterQuotaAction.WAIT);
        context.addComponent("whacenter-holding", holding);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=/wa/in").routeId("in").to("mock:in");
                from("direct:send").to("whacenter:send");
                from("direct:held").to("whacenter-holding:send");
            }
        };
    }

    private Exchange sendTo(String number) {
        return template.request("direct:send", exchange -> {
            exchange.getMessage().setHeader(WhacenterConstants.NUMBER, number);
            exchange.getMessage().setBody("Hello");
        });
    }

    @Test
    void aContactThatWroteIsAnsweredPastTheBudgetAndASilentOneIsNot() throws Exception {
        getMockEndpoint("mock:in").expectedMessageCount(1);
        simulator.device(DEVICE_ID).setWebhookUrl(url("/wa/in"));
        simulator.deliverIncoming(DEVICE_ID, IncomingMessage.text("087700000001", "hi, is the shop open?"));
        getMockEndpoint("mock:in").assertIsSatisfied();

        assertNull(sendTo("6281000000001").getException(), "the budget's one");
        Exchange silent = sendTo("6281000000002");
        Exchange wrote = sendTo("6287700000001");

        WhacenterQuotaExceededException e = assertInstanceOf(WhacenterQuotaExceededException.class, silent.getException());
        assertTrue(e.getMessage().contains("unansweredBudget"), e.getMessage());
        assertNull(wrote.getException());
        assertEquals(List.of("6281000000001", "6287700000001"),
                simulator.sentMessages(DEVICE_ID).stream().map(m -> m.number()).toList());
    }

    /**
     * With quotaAction=WAIT the send past the budget is held, not refused, and goes once the first send left the
     * window: it cannot complete sooner than the window after the first send was started.
     */
    @Test
    void withQuotaActionWaitASendPastTheBudgetIsHeldUntilTheWindowHasRoom() throws Exception {
        long before = System.nanoTime();
        CompletableFuture<Exchange> first = sendAsync("direct:held", exchange -> {
            exchange.getMessage().setHeader(WhacenterConstants.NUMBER, "6281000000001");
            exchange.getMessage().setBody("Hello");
        });
        CompletableFuture<Exchange> held = sendAsync("direct:held", exchange -> {
            exchange.getMessage().setHeader(WhacenterConstants.NUMBER, "6281000000002");
            exchange.getMessage().setBody("Hello again");
        });

        assertNull(first.get(20, TimeUnit.SECONDS).getException());
        assertNull(held.get(20, TimeUnit.SECONDS).getException(), "held, then sent: not refused");
        long heldFor = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);
        assertTrue(heldFor >= WINDOW_MILLIS, "completed " + heldFor + " ms after the first send was made");
        assertEquals(List.of("6281000000001", "6281000000002"),
                simulator.sentMessages(DEVICE_ID).stream().map(m -> m.number()).toList());
    }
}
