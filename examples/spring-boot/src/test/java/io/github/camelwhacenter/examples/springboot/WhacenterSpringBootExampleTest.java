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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

import io.github.camelwhacenter.WhacenterComponent;
import io.github.camelwhacenter.simulator.IncomingMessage;
import io.github.camelwhacenter.simulator.SentMessage;
import io.github.camelwhacenter.simulator.WebhookDelivery;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.camelwhacenter.examples.springboot.GatewayConfiguration.SIMULATED_DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts the example application as it is, on a random port and its embedded gateway simulator, and talks to it
 * over real HTTP on loopback: as the gateway delivering a message, and as a client asking for the device's status.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = WhacenterSpringBootExample.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        // the embedded simulator, even where the environment names a real gateway
        "WHACENTER_DEVICE_ID=", "WHACENTER_BASE_URL=",
        "example.device-check-interval=200" })
class WhacenterSpringBootExampleTest {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;
    @Autowired
    private WhacenterSimulator simulator;
    @Autowired
    private CamelContext camelContext;

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApplicationRunsOnTheLinesTheBuildNames() {
        assertEquals(System.getProperty("whacenter.test.springBootVersion"), SpringBootVersion.getVersion());
        assertEquals(System.getProperty("whacenter.test.camelVersion"), camelContext.getVersion());
    }

    @Test
    void theComponentTalksToTheEmbeddedSimulator() {
        WhacenterComponent component = camelContext.getComponent("whacenter", WhacenterComponent.class);

        assertEquals(simulator.baseUrl(), component.getConfiguration().getBaseUrl());
        assertEquals(SIMULATED_DEVICE_ID, component.getConfiguration().getDeviceId());
    }

    @Test
    void theWebhookRouteRegisteredItsUrlOnTheApplicationsPortWithARandomTokenThatIsNotLogged(CapturedOutput output) {
        String registered = simulator.device(SIMULATED_DEVICE_ID).webhookUrl();
        String prefix = "http://127.0.0.1:" + port + "/whacenter/webhook?token=";

        assertTrue(registered.startsWith(prefix), registered);
        String token = registered.substring(prefix.length());
        assertTrue(token.length() >= 32, "a random token: " + token);
        assertTrue(output.getAll().contains("Registered the webhook URL http://127.0.0.1:" + port + "/whacenter/webhook"),
                "the registration is logged");
        assertFalse(output.getAll().contains(token), "the token is not");
    }

    @Test
    void aMessageFromACustomerIsAnsweredAutomatically() {
        int sentBefore = simulator.sentMessages(SIMULATED_DEVICE_ID).size();

        WebhookDelivery delivery = simulator.deliverIncoming(SIMULATED_DEVICE_ID,
                IncomingMessage.text("087754446580", "Is my order on its way?").pushName("Budi"));

        assertEquals(200, delivery.statusCode(), delivery.responseBody());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> simulator.sentMessages(SIMULATED_DEVICE_ID).size() > sentBefore);
        List<SentMessage> sent = simulator.sentMessages(SIMULATED_DEVICE_ID);
        SentMessage reply = sent.get(sent.size() - 1);
        assertEquals("6287754446580", reply.number(), "back to the sender");
        assertEquals("Hi Budi, thanks for your message \"Is my order on its way?\"! We will get back to you soon.",
                reply.message());
    }

    @Test
    void aGroupMessageGetsNoReply() {
        int sentBefore = simulator.sentMessages(SIMULATED_DEVICE_ID).size();

        WebhookDelivery delivery = simulator.deliverIncoming(SIMULATED_DEVICE_ID,
                IncomingMessage.text("087754446581", "hello all").group("120363025246125888@g.us"));

        // the route has run to its end when the delivery is answered
        assertEquals(200, delivery.statusCode(), delivery.responseBody());
        assertEquals(sentBefore, simulator.sentMessages(SIMULATED_DEVICE_ID).size());
    }

    @Test
    void aPostWithoutTheTokenIsRefused() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/whacenter/webhook"))
                        .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"from\":\"087754446580\",\"message\":\"hi\",\"timestamp\":\"2025-07-21 08:27:56\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(401, response.statusCode(), response.body());
    }

    @Test
    void getDeviceShowsTheDevicesStatusFromTheGateway() throws Exception {
        HttpResponse<String> connected = get("/device");

        assertEquals(200, connected.statusCode(), connected.body());
        assertTrue(connected.body().contains("\"state\":\"CONNECTED\""), connected.body());
        assertTrue(connected.body().contains("\"name\":\"spring-boot-example\""), connected.body());
        assertTrue(connected.body().contains("\"number\":\"6281200000001\""), connected.body());
        assertFalse(connected.body().contains(SIMULATED_DEVICE_ID), "no device id in the answer");

        simulator.device(SIMULATED_DEVICE_ID).setConnected(false);
        try {
            HttpResponse<String> disconnected = get("/device");
            assertTrue(disconnected.body().contains("\"connected\":false"), disconnected.body());
            assertFalse(disconnected.body().contains("\"state\":\"CONNECTED\""), disconnected.body());
        } finally {
            simulator.device(SIMULATED_DEVICE_ID).setConnected(true);
        }
    }

    @Test
    void theWatchdogLogsTheDevicesStateWhenItChanges() {
        // the logger's events from now on (the state at startup was logged before this test could listen)
        Queue<String> lines = new ConcurrentLinkedQueue<>();
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                lines.add(event.getFormattedMessage());
            }
        };
        Logger logger = (Logger) LoggerFactory.getLogger(WhatsAppRoutes.class);
        appender.start();
        logger.addAppender(appender);
        try {
            simulator.device(SIMULATED_DEVICE_ID).setConnected(false);
            // ", was CONNECTED" unless this is the watchdog's first poll
            await().atMost(Duration.ofSeconds(20)).until(() -> lines.stream().anyMatch(
                    line -> line.startsWith("Device spring-boot-example (6281200000001) is DISCONNECTED")));

            simulator.device(SIMULATED_DEVICE_ID).setConnected(true);
            await().atMost(Duration.ofSeconds(20)).until(() -> lines.contains(
                    "Device spring-boot-example (6281200000001) is CONNECTED, was DISCONNECTED"));
        } finally {
            simulator.device(SIMULATED_DEVICE_ID).setConnected(true);
            logger.detachAppender(appender);
        }
    }
}
