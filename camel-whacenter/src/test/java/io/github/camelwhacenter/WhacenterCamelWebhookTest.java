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

import java.net.http.HttpResponse;

import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import io.github.camelwhacenter.simulator.IncomingMessage;
import io.github.camelwhacenter.simulator.WebhookDelivery;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The endpoint is WebhookCapable: camel-webhook registers it (setWebhook) and serves it, as for camel-telegram.
 */
class WhacenterCamelWebhookTest extends WebhookTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // camel-webhook's default server list does not include platform-http: name it
                from("webhook:whacenter:webhook?webhookComponentName=platform-http&webhookPath=/cw/hook"
                     + "&webhookExternalUrl=" + url("") + "&webhookToken=s3cr3t").routeId("camelWebhook")
                        .to("mock:incoming");
            }
        };
    }

    @Test
    void camelWebhookRegistersTheUrlAndDeliversMessages() throws Exception {
        MockEndpoint incoming = getMockEndpoint("mock:incoming");
        incoming.expectedMessageCount(1);

        assertEquals(url("/cw/hook?token=s3cr3t"), simulator.device(DEVICE_ID).webhookUrl());
        WebhookDelivery delivery = simulator.deliverIncoming(DEVICE_ID, IncomingMessage.text("087754446580", "via camel-webhook"));

        assertEquals(200, delivery.statusCode(), delivery.responseBody());
        incoming.assertIsSatisfied();
        assertEquals("via camel-webhook",
                incoming.getExchanges().get(0).getMessage().getBody(WhacenterIncomingMessage.class).getMessage());
    }

    @Test
    void camelWebhookChecksTheTokenToo() throws Exception {
        HttpResponse<String> response = postJson("/cw/hook?token=wrong", observedBody("0877", "x", "2025-07-21 08:27:56"));

        assertEquals(401, response.statusCode());
        assertEquals(0, getMockEndpoint("mock:incoming").getReceivedCounter());
    }
}
