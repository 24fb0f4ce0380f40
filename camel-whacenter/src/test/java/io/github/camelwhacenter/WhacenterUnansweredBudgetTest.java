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

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("whacenter", WhacenterComponent.class).setUnansweredBudget(1);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=/wa/in").routeId("in").to("mock:in");
                from("direct:send").to("whacenter:send");
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
}
