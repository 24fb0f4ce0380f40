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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.github.camelwhacenter.simulator.SentMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference's Endpoint DSL example runs: it registers its webhook, answers a delivery posted to it, and sends the
 * invoice with its caption.
 */
class WhacenterEndpointDslReferenceExampleTest extends EndpointDslTestSupport {

    private static final String TOKEN = "tok-1a2b3c4d5e6f7a8b";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        whacenter.getConfiguration().setDeviceId(DEVICE_ID);
        context.getPropertiesComponent().addInitialProperty("whacenter.webhook.token", TOKEN);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new WhatsAppRoutes();
    }

    @Test
    void theExampleRegistersItsWebhookAndAnswersADelivery() throws Exception {
        assertTrue(simulator.device(DEVICE_ID).webhookUrl().startsWith("https://example.com/whacenter/webhook?token="));

        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/whacenter/webhook?token=" + TOKEN))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"from\":\"6281299990002\",\"to\":\"6281200000001\","
                        + "\"message_type\":\"text\",\"message\":\"hi\",\"timestamp\":\"2026-12-02 10:00:00\","
                        + "\"source\":\"WHACENTER\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, answer.statusCode(), answer.body());
        await().atMost(Duration.ofSeconds(10)).until(() -> !simulator.sentMessages(DEVICE_ID).isEmpty());
        SentMessage reply = simulator.sentMessages(DEVICE_ID).get(0);
        assertEquals("6281299990002", reply.number());
        assertEquals("Thanks, we got your message", reply.message());
    }

    @Test
    void theExampleSendsTheInvoice() {
        template.sendBody("direct:invoice", "Your invoice");

        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(1, sent.size());
        assertEquals("https://example.com/invoice.pdf", sent.get(0).file());
        assertEquals("Your invoice", sent.get(0).message());
    }
}
