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
package io.github.camelwhacenter.tests.kamelets;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelwhacenter.simulator.IncomingMessage;
import io.github.camelwhacenter.simulator.WebhookDelivery;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_NUMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * whacenter-source from a YAML route ({@code routes/source.camel.yaml}): it registers its URL at the simulator, which
 * then posts incoming messages to it over HTTP, on camel-platform-http-main's server.
 */
class WhacenterSourceKameletTest {

    private static final String TOKEN = "tok-4b7d9e1a3c5f6082";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    private WhacenterSimulator simulator;
    private KameletApplication application;
    private String webhookUrl;
    private MockEndpoint incoming;

    @BeforeEach
    void start() throws Exception {
        simulator = GATEWAY.simulator();
        int port = KameletApplication.freeLoopbackPort();
        webhookUrl = "http://127.0.0.1:" + port + "/whacenter/webhook";
        application = KameletApplication.start("classpath:routes/source.camel.yaml", port,
                Map.of("camel.kamelet.whacenter-source.deviceId", DEVICE_ID,
                        "camel.kamelet.whacenter-source.token", TOKEN),
                Map.of("camel.kamelet.whacenter-source.baseUrl", simulator.baseUrl(),
                        "test.webhook.url", webhookUrl));
        incoming = application.context().getEndpoint("mock:incoming", MockEndpoint.class);
    }

    @AfterEach
    void stop() throws IOException {
        application.close();
        application.assertCamelLogHoldsNoSecret();
    }

    @Test
    void registersItsUrlWithTheTokenWhenItStarts() {
        assertEquals(webhookUrl + "?token=" + TOKEN, simulator.device(DEVICE_ID).webhookUrl());
        assertEquals(1, simulator.requests("setWebhook").size());
    }

    @Test
    void emitsAMessageTheGatewayPostsAsJson() throws Exception {
        incoming.expectedMessageCount(1);
        incoming.expectedHeaderReceived("sender-number", "081234567890");
        incoming.expectedHeaderReceived("ce-sendernumber", "081234567890");

        LocalDateTime sentAt = LocalDateTime.of(2026, 11, 25, 9, 30, 15);
        WebhookDelivery delivery = simulator.deliverIncoming(DEVICE_ID,
                IncomingMessage.text("081234567890", "Is my order ready?").pushName("Budi").timestamp(sentAt));

        assertEquals(200, delivery.statusCode(), delivery.responseBody());
        incoming.assertIsSatisfied();
        Exchange received = incoming.getExchanges().get(0);
        assertFalse(received.getMessage().getHeaders().containsKey("group-id"));
        JsonNode body = JSON.readTree(received.getMessage().getBody(String.class));
        assertEquals("081234567890", body.get("from").asText());
        assertEquals(DEVICE_NUMBER, body.get("to").asText());
        assertEquals("Budi", body.get("pushName").asText());
        assertEquals("text", body.get("messageType").asText());
        assertEquals("Is my order ready?", body.get("message").asText());
        assertFalse(body.get("group").asBoolean());
        assertTrue(body.get("groupId").isNull());
        // the gateway's wall-clock time, in its zone (Asia/Jakarta)
        assertEquals("2026-11-25T09:30:15+07:00", body.get("timestamp").asText());
        assertEquals("Is my order ready?", body.get("fields").get("message").asText());
        assertFalse(body.has("rawBody"));
    }

    @Test
    void aGroupMessageCarriesTheGroupId() throws Exception {
        incoming.expectedMessageCount(1);
        incoming.expectedHeaderReceived("group-id", "120363041234567890@g.us");
        incoming.expectedHeaderReceived("ce-groupid", "120363041234567890@g.us");

        WebhookDelivery delivery = simulator.deliverIncoming(DEVICE_ID,
                IncomingMessage.text("081234567890", "Hello all").group("120363041234567890@g.us"));

        assertEquals(200, delivery.statusCode(), delivery.responseBody());
        incoming.assertIsSatisfied();
        JsonNode body = JSON.readTree(incoming.getExchanges().get(0).getMessage().getBody(String.class));
        assertTrue(body.get("group").asBoolean());
        assertEquals("120363041234567890@g.us", body.get("groupId").asText());
    }

    @Test
    void aPostWithoutTheTokenIsRefusedAndEmitsNothing() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(webhookUrl))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"from\":\"081234567890\",\"message\":\"hi\",\"timestamp\":\"2026-11-25 09:30:15\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(401, answer.statusCode());
        incoming.expectedMessageCount(0);
        incoming.assertIsSatisfied();
        for (Endpoint endpoint : application.context().getEndpoints()) {
            assertFalse(endpoint.toString().contains(TOKEN), endpoint.toString());
            assertFalse(endpoint.toString().contains(DEVICE_ID), endpoint.toString());
        }
    }
}
