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
package io.github.camelwhacenter.examples.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.camelwhacenter.WhacenterComponent;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_NUMBER;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example with WHACENTER_BASE_URL and WHACENTER_DEVICE_ID set: it talks to the gateway they name (here a
 * simulator standing in for the real one, outside of the application), starts no simulator of its own, and registers
 * WHACENTER_WEBHOOK_URL with the webhook token.
 */
@SpringBootTest(classes = WhacenterSpringBootExample.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class WhacenterSpringBootExampleGatewayTest {

    private static final String TOKEN = "hook-5e0b2d8a";

    /** Per class: Spring starts the application once for the class, and it registers its webhook at start. */
    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perClass();

    /** As the environment variables would, which application.yaml reads. */
    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("WHACENTER_BASE_URL", GATEWAY::baseUrl);
        registry.add("WHACENTER_DEVICE_ID", () -> DEVICE_ID);
        registry.add("WHACENTER_WEBHOOK_TOKEN", () -> TOKEN);
        // WHACENTER_WEBHOOK_URL in the environment is whacenter.webhook-url to Spring
        registry.add("whacenter.webhook-url", () -> "https://bot.example.com/whacenter/webhook");
    }

    @LocalServerPort
    private int port;
    @Autowired
    private ApplicationContext applicationContext;
    @Autowired
    private CamelContext camelContext;

    @Test
    void theApplicationUsesTheNamedGatewayAndStartsNoSimulator() {
        WhacenterComponent component = camelContext.getComponent("whacenter", WhacenterComponent.class);

        assertEquals(GATEWAY.baseUrl(), component.getConfiguration().getBaseUrl());
        assertEquals(DEVICE_ID, component.getConfiguration().getDeviceId());
        assertEquals(0, applicationContext.getBeanNamesForType(WhacenterSimulator.class).length);
    }

    @Test
    void theWebhookRouteRegisteredThePublicUrlWithTheToken() {
        assertEquals("https://bot.example.com/whacenter/webhook?token=" + TOKEN,
                GATEWAY.simulator().device(DEVICE_ID).webhookUrl());
    }

    @Test
    void aPostWithTheTokenIsAnsweredThroughTheGateway() throws Exception {
        int sentBefore = GATEWAY.simulator().sentMessages(DEVICE_ID).size();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/whacenter/webhook?token=" + TOKEN))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"pushName\":\"Sari\",\"from\":\"6285600000001\","
                        + "\"to\":\"" + DEVICE_NUMBER + "\",\"message_type\":\"text\",\"message\":\"open today?\","
                        + "\"timestamp\":\"2025-07-21 08:27:56\",\"source\":\"WHACENTER\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        WhacenterSimulator simulator = GATEWAY.simulator();
        await().atMost(Duration.ofSeconds(20)).until(() -> simulator.sentMessages(DEVICE_ID).size() > sentBefore);
        assertEquals("6285600000001", simulator.sentMessages(DEVICE_ID).get(sentBefore).number());
        assertTrue(simulator.sentMessages(DEVICE_ID).get(sentBefore).message().startsWith("Hi Sari, thanks"));
    }
}
