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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelwhacenter.simulator.Fault;
import io.github.camelwhacenter.simulator.IncomingMessage;
import io.github.camelwhacenter.simulator.SentMessage;
import io.github.camelwhacenter.simulator.WebhookDelivery;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * YAML Pipes ({@code pipes/}) that camel-yaml-dsl turns into routes between the Kamelets: the webhook's messages
 * forwarded to an operator, and announcements from the application to a group.
 */
class WhacenterPipeTest {

    private static final String TOKEN = "tok-1e8c6a4f2d0b9375";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    private WhacenterSimulator simulator;
    private KameletApplication application;

    @BeforeEach
    void start() throws Exception {
        simulator = GATEWAY.simulator();
        int port = KameletApplication.freeLoopbackPort();
        application = KameletApplication.start("classpath:pipes/*.yaml", port,
                Map.of("camel.kamelet.whacenter-source.deviceId", DEVICE_ID,
                        "camel.kamelet.whacenter-source.token", TOKEN,
                        "camel.kamelet.whacenter-sink.deviceId", DEVICE_ID),
                Map.of("camel.kamelet.whacenter-source.baseUrl", simulator.baseUrl(),
                        "camel.kamelet.whacenter-sink.baseUrl", simulator.baseUrl(),
                        "test.webhook.url", "http://127.0.0.1:" + port + "/whacenter/inbox"));
    }

    @AfterEach
    void stop() throws IOException {
        application.close();
        application.assertCamelLogHoldsNoSecret();
    }

    @Test
    void forwardsEachIncomingMessageToTheOperatorNotBackToTheCustomer() throws Exception {
        WebhookDelivery delivery = simulator.deliverIncoming(DEVICE_ID,
                IncomingMessage.text("081234567890", "Is my order ready?").pushName("Budi"));

        // the webhook answers 200 only once the Pipe's sink has sent
        assertEquals(200, delivery.statusCode(), delivery.responseBody());
        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(1, sent.size(), sent::toString);
        assertEquals("6281299990000", sent.get(0).number());
        JsonNode forwarded = JSON.readTree(sent.get(0).message());
        assertEquals("081234567890", forwarded.get("from").asText());
        assertEquals("Budi", forwarded.get("pushName").asText());
        assertEquals("Is my order ready?", forwarded.get("message").asText());
    }

    @Test
    void aFailedSinkAnswersTheGateway500() {
        simulator.enqueueFault("send", Fault.statusFalse("device not connected or not found"));

        WebhookDelivery delivery = simulator.deliverIncoming(DEVICE_ID, IncomingMessage.text("081234567890", "Hello?"));

        // the gateway may deliver again: nothing was lost
        assertEquals(500, delivery.statusCode(), delivery.responseBody());
        assertTrue(simulator.sentMessages(DEVICE_ID).isEmpty());
    }

    @Test
    void sendsAnnouncementsToTheGroupAtTheConfiguredRate() {
        NotifyBuilder sentTwice = new NotifyBuilder(application.context()).fromRoute("announcements")
                .whenCompleted(2).create();

        long start = System.nanoTime();
        application.producer().asyncSendBody("direct:announcements", "Stand-up at 9");
        application.producer().asyncSendBody("direct:announcements", "Stock count on Friday");

        assertTrue(sentTwice.matches(20, TimeUnit.SECONDS), "both announcements went through the Pipe");
        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(2, sent.size(), sent::toString);
        assertEquals("Staff", sent.get(0).group());
        assertEquals("Staff", sent.get(1).group());
        // one a second: the second went on the wire a period after the first, so both took a second at least (measured
        // here, not by the simulator's arrival stamps, which a busy machine puts late)
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(took >= 1000, "two sends at one a second took " + took + " ms");
    }
}
