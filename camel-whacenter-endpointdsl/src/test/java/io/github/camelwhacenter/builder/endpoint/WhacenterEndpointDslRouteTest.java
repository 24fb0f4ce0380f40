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
package io.github.camelwhacenter.builder.endpoint;

import java.time.Duration;
import java.util.List;

import io.github.camelwhacenter.builder.endpoint.WhacenterEndpointBuilderFactory.WhacenterBuilders;
import io.github.camelwhacenter.simulator.IncomingMessage;
import io.github.camelwhacenter.simulator.SentMessage;
import io.github.camelwhacenter.simulator.WebhookDelivery;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Java routes written only with the Endpoint DSL, against the gateway simulator over real HTTP: a webhook route that
 * registers itself and answers every customer, and a notification route that sends a file with its caption.
 */
class WhacenterEndpointDslRouteTest extends EndpointDslTestSupport {

    private static final String WEBHOOK_TOKEN = "tok-8d2f6a1c9e3b5d70";
    private static final String CUSTOMER = "6281299990001";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getPropertiesComponent().addInitialProperty("whacenter.deviceId", DEVICE_ID);
        context.getPropertiesComponent().addInitialProperty("whacenter.webhookToken", WEBHOOK_TOKEN);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new Routes("http://127.0.0.1:" + port + "/hooks/whacenter");
    }

    /** What a user writes: an EndpointRouteBuilder that takes the whacenter entry points in. */
    static final class Routes extends EndpointRouteBuilder implements WhacenterBuilders {

        private final String externalUrl;

        Routes(String externalUrl) {
            this.externalUrl = externalUrl;
        }

        @Override
        public void configure() {
            from(whacenter("webhook").deviceId("{{whacenter.deviceId}}").webhookPath("/hooks/whacenter")
                    .webhookToken("{{whacenter.webhookToken}}").webhookExternalUrl(externalUrl))
                    .routeId("auto-reply")
                    .transform(simple("You wrote: ${body.message}"))
                    .to(whacenter("send").deviceId("{{whacenter.deviceId}}"));

            from(direct("notify"))
                    .routeId("notify")
                    .to(whacenter("send").deviceId("{{whacenter.deviceId}}").number(CUSTOMER)
                            .file("https://example.com/invoice-0042.pdf").minSendInterval("10ms"));
        }
    }

    @Test
    void theWebhookRouteRegistersItselfAndAnswersTheCustomer() {
        String registered = simulator.device(DEVICE_ID).webhookUrl();
        assertTrue(registered.startsWith("http://127.0.0.1:" + port + "/hooks/whacenter?token="), registered);

        WebhookDelivery delivery = simulator.deliverIncoming(DEVICE_ID, IncomingMessage.text(CUSTOMER, "hello"));

        assertEquals(200, delivery.statusCode());
        await().atMost(Duration.ofSeconds(10)).until(() -> !simulator.sentMessages(DEVICE_ID).isEmpty());
        SentMessage reply = simulator.sentMessages(DEVICE_ID).get(0);
        assertEquals(CUSTOMER, reply.number());
        assertEquals("You wrote: hello", reply.message());
    }

    @Test
    void theNotificationRouteSendsTheFileWithItsCaption() {
        template.sendBody("direct:notify", "Your invoice 0042");

        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(1, sent.size());
        assertEquals(CUSTOMER, sent.get(0).number());
        assertEquals("Your invoice 0042", sent.get(0).message());
        assertEquals("https://example.com/invoice-0042.pdf", sent.get(0).file());
    }

    @Test
    void theSecretsTheBuilderSetAreMaskedWhereCamelShowsTheEndpoints() {
        List<String> shown = context.getEndpoints().stream().map(Endpoint::toString).toList();
        assertTrue(shown.stream().anyMatch(uri -> uri.contains("whacenter://webhook")), shown.toString());
        for (String uri : shown) {
            assertFalse(uri.contains(DEVICE_ID), uri);
            assertFalse(uri.contains(WEBHOOK_TOKEN), uri);
        }
    }
}
