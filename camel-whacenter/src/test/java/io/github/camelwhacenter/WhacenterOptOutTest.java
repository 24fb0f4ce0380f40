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
import java.util.Map;

import io.github.camelwhacenter.simulator.IncomingMessage;
import io.github.camelwhacenter.simulator.WebhookDelivery;
import io.github.camelwhacenter.support.Secrets;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opt-outs over real HTTP: the simulator delivers a contact's STOP to the webhook, and the device's sends to that
 * contact fail before any gateway call until it writes START.
 */
class WhacenterOptOutTest extends WebhookTestSupport {

    private static final String CONTACT = "087754446580";
    private static final String CONTACT_WIRE = "6287754446580";

    private final IdempotentRepository memory = MemoryIdempotentRepository.memoryIdempotentRepository(100);
    /** The store, which fails while {@link #storeDown} is set, as a database gone away. */
    private volatile boolean storeDown;
    private final IdempotentRepository store = new IdempotentRepository() {
        private <T> T up(java.util.function.Supplier<T> call) {
            if (storeDown) {
                throw new IllegalStateException("the database is down");
            }
            return call.get();
        }

        @Override
        public boolean add(String key) {
            return up(() -> memory.add(key));
        }

        @Override
        public boolean contains(String key) {
            return up(() -> memory.contains(key));
        }

        @Override
        public boolean remove(String key) {
            return up(() -> memory.remove(key));
        }

        @Override
        public boolean confirm(String key) {
            return up(() -> memory.confirm(key));
        }

        @Override
        public void clear() {
            memory.clear();
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }
    };

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("whacenter", WhacenterComponent.class).setOptOutRepository(store);
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

    private void write(String text) {
        simulator.device(DEVICE_ID).setWebhookUrl(url("/wa/in"));
        WebhookDelivery delivery = simulator.deliverIncoming(DEVICE_ID, IncomingMessage.text(CONTACT, text));
        assertEquals(200, delivery.statusCode(), delivery.responseBody());
    }

    private Exchange sendTo(String number) {
        return template.request("direct:send", exchange -> {
            exchange.getMessage().setHeader(WhacenterConstants.NUMBER, number);
            exchange.getMessage().setBody("Your order shipped");
        });
    }

    @Test
    void aStopIsRecordedAndTheContactsSendsFailBeforeAnyCallUntilStart() throws Exception {
        MockEndpoint in = getMockEndpoint("mock:in");
        in.expectedMessageCount(2);

        write("  Stop ");
        Exchange refused = sendTo(CONTACT_WIRE);
        Exchange refusedLocal = sendTo("0877-5444-6580");
        Exchange other = sendTo("6281111111111");
        write("start");
        Exchange lifted = sendTo(CONTACT);

        in.assertIsSatisfied();
        assertEquals("OPT_OUT", in.getExchanges().get(0).getMessage().getHeader(WhacenterConstants.OPT_OUT));
        assertEquals("OPT_IN", in.getExchanges().get(1).getMessage().getHeader(WhacenterConstants.OPT_OUT));
        WhacenterOptedOutException e = assertInstanceOf(WhacenterOptedOutException.class, refused.getException());
        assertTrue(e.getMessage().contains("opted out"), e.getMessage());
        assertInstanceOf(WhacenterOptedOutException.class, refusedLocal.getException(), "the same number, written locally");
        assertNull(other.getException());
        assertNull(lifted.getException());
        List<String> sentTo = simulator.sentMessages(DEVICE_ID).stream().map(m -> m.number()).toList();
        assertEquals(List.of("6281111111111", CONTACT_WIRE), sentTo, "no request for the refused sends");
    }

    @Test
    void onlyTheWholeMessageIsAKeywordAndGroupsAreNotContacts() throws Exception {
        MockEndpoint in = getMockEndpoint("mock:in");
        in.expectedMessageCount(2);

        write("please stop sending me the newsletter");
        simulator.deliverIncoming(DEVICE_ID, IncomingMessage.text(CONTACT, "STOP").group("120363025246125888@g.us"));

        in.assertIsSatisfied();
        in.getExchanges().forEach(exchange -> assertNull(exchange.getMessage().getHeader(WhacenterConstants.OPT_OUT)));
        assertNull(sendTo(CONTACT).getException());
    }

    @Test
    void theStoreHoldsNeitherTheNumberNorTheDeviceIdAndTheConsoleOnlyCounts() throws Exception {
        getMockEndpoint("mock:in").expectedMessageCount(2);
        write("BERHENTI");
        sendTo(CONTACT);
        write("UNSUBSCRIBE");
        getMockEndpoint("mock:in").assertIsSatisfied();

        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("whacenter");
        Map<?, ?> counts = (Map<?, ?>) ((List<?>) ((Map<?, ?>) console.call(DevConsole.MediaType.JSON)).get("optOuts")).get(0);
        assertEquals(Secrets.fingerprint(DEVICE_ID), counts.get("device"));
        assertEquals(2L, counts.get("optOuts"));
        assertEquals(1L, counts.get("refusedSends"));
        String text = (String) console.call(DevConsole.MediaType.TEXT) + counts;
        assertFalse(text.contains(CONTACT_WIRE) || text.contains("77544465"), text);
        assertFalse(text.contains(DEVICE_ID), text);
        // the key is a digest: the store itself shows no number and no device id
        assertFalse(memory.contains(CONTACT_WIRE) || memory.contains(DEVICE_ID + ":" + CONTACT_WIRE));
    }

    @Test
    void aStopThatCannotBeRecordedFailsTheDeliverySoThatTheGatewayDeliversItAgain() throws Exception {
        MockEndpoint in = getMockEndpoint("mock:in");
        in.expectedMessageCount(1);
        simulator.device(DEVICE_ID).setWebhookUrl(url("/wa/in"));

        storeDown = true;
        WebhookDelivery failed = simulator.deliverIncoming(DEVICE_ID, IncomingMessage.text(CONTACT, "STOP"));
        Exchange unsure = sendTo(CONTACT_WIRE);
        storeDown = false;
        write("STOP");

        assertEquals(500, failed.statusCode(), failed.responseBody());
        assertInstanceOf(WhacenterNotSentException.class, unsure.getException(), "not sent while the store cannot say");
        in.assertIsSatisfied();
        assertInstanceOf(WhacenterOptedOutException.class, sendTo(CONTACT_WIRE).getException(), "recorded when delivered again");
        assertEquals(List.of(), simulator.sentMessages(DEVICE_ID));
    }

    @Test
    void aKeywordFromASenderThatIsNoNumberGoesToTheRouteAsItIs() throws Exception {
        MockEndpoint in = getMockEndpoint("mock:in");
        in.expectedMessageCount(1);
        simulator.device(DEVICE_ID).setWebhookUrl(url("/wa/in"));

        WebhookDelivery delivery = simulator.deliverIncoming(DEVICE_ID, IncomingMessage.text("status@broadcast", "STOP"));

        assertEquals(200, delivery.statusCode(), delivery.responseBody());
        in.assertIsSatisfied();
        assertNull(in.getExchanges().get(0).getMessage().getHeader(WhacenterConstants.OPT_OUT));
    }
}
