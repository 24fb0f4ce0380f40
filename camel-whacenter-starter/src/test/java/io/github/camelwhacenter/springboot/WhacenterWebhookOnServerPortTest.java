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
package io.github.camelwhacenter.springboot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import io.github.camelwhacenter.simulator.IncomingMessage;
import io.github.camelwhacenter.simulator.SentMessage;
import io.github.camelwhacenter.simulator.WebhookDelivery;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.HttpEndpointModel;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.component.platform.http.springboot.SpringBootPlatformHttpEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_NUMBER;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The webhook consumer in a Spring Boot application with camel-platform-http-starter: the gateway's POSTs arrive
 * through Spring Boot's own servlet container, on the application's port, with no second HTTP server. Real HTTP on
 * loopback, from a plain client and from the gateway simulator.
 */
@SpringBootTest(classes = { WhacenterTestApplication.class, WhacenterWebhookOnServerPortTest.Routes.class },
                webEnvironment = WebEnvironment.RANDOM_PORT,
                properties = "camel.component.whacenter.webhook-token=" + WhacenterWebhookOnServerPortTest.TOKEN)
class WhacenterWebhookOnServerPortTest {

    static final String TOKEN = "hook-7d41c9e2";
    static final String CUSTOMER = "087754446580";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @Configuration(proxyBeanMethods = false)
    static class Routes {
        @Bean
        RouteBuilder webhookRoutes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    // registers its own URL, on the port Spring Boot's server got, with the gateway when it starts
                    from("whacenter:webhook?webhookExternalUrl=http://127.0.0.1:{{local.server.port}}/whacenter/webhook")
                            .routeId("autoReply")
                            .setBody(simple("Thanks, we got: ${body.message}"))
                            .to("whacenter:send");
                    from("whacenter:webhook?webhookPath=/hooks/inbox").routeId("inbox")
                            .to("mock:inbox");
                }
            };
        }
    }

    @LocalServerPort
    private int port;
    @Autowired
    private CamelContext camelContext;
    @Autowired
    private WhacenterSimulator simulator;

    @BeforeEach
    void resetMocks() {
        MockEndpoint.resetMocks(camelContext);
    }

    private HttpResponse<String> post(String pathAndQuery, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String gatewayBody(String from, String message) {
        return "{\"pushName\":\"Budi\",\"from\":\"" + from + "\",\"to\":\"" + DEVICE_NUMBER + "\",\"message_type\":\"text\","
               + "\"message\":\"" + message + "\",\"media\":\"\",\"is_group\":false,\"id_group\":\"\","
               + "\"timestamp\":\"2025-07-21 08:27:56\",\"source\":\"WHACENTER\"}";
    }

    @Test
    void platformHttpServesThroughSpringBootsServletContainer() {
        PlatformHttpComponent platformHttp = camelContext.getComponent("platform-http", PlatformHttpComponent.class);

        assertInstanceOf(SpringBootPlatformHttpEngine.class, platformHttp.getEngine());
        List<String> paths = platformHttp.getHttpEndpoints().stream().map(HttpEndpointModel::getUri).toList();
        assertTrue(paths.contains("/whacenter/webhook"), paths.toString());
        assertTrue(paths.contains("/hooks/inbox"), paths.toString());
    }

    @Test
    void aPostToTheApplicationsPortReachesTheRoute() throws Exception {
        MockEndpoint inbox = camelContext.getEndpoint("mock:inbox", MockEndpoint.class);
        inbox.expectedMessageCount(1);

        HttpResponse<String> response = post("/hooks/inbox?token=" + TOKEN, gatewayBody(CUSTOMER, "where is my order?"));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"status\":true"), response.body());
        inbox.assertIsSatisfied();
        Exchange exchange = inbox.getExchanges().get(0);
        WhacenterIncomingMessage message = exchange.getMessage().getBody(WhacenterIncomingMessage.class);
        assertEquals(CUSTOMER, message.getFrom());
        assertEquals(DEVICE_NUMBER, message.getTo());
        assertEquals("where is my order?", message.getMessage());
        assertEquals("Budi", message.getPushName());
        assertEquals(CUSTOMER, exchange.getMessage().getHeader(WhacenterConstants.FROM));
        assertEquals(CUSTOMER, exchange.getMessage().getHeader(WhacenterConstants.NUMBER), "a reply goes to the sender");
        assertEquals("text", exchange.getMessage().getHeader(WhacenterConstants.MESSAGE_TYPE));
        assertNull(exchange.getMessage().getHeader("token"), "the token does not reach the route");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        MockEndpoint inbox = camelContext.getEndpoint("mock:inbox", MockEndpoint.class);
        byte[] huge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) '0');

        HttpResponse<String> declared = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hooks/inbox"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> chunked = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hooks/inbox"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> delivery = post("/hooks/inbox?token=" + TOKEN, gatewayBody(CUSTOMER, "still answered"));

        assertEquals(413, declared.statusCode(), declared.body());
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertEquals(200, delivery.statusCode(), delivery.body());
        assertEquals(1, inbox.getReceivedCounter(), "only the delivery reached the route");
    }

    @Test
    void aMissingOrWrongTokenGets401AndTheRouteNeverRuns() throws Exception {
        int sentBefore = simulator.sentMessages(DEVICE_ID).size();
        String body = gatewayBody(CUSTOMER, "intruder");

        HttpResponse<String> none = post("/hooks/inbox", body);
        HttpResponse<String> wrong = post("/hooks/inbox?token=guess", body);
        HttpResponse<String> wrongOnReply = post("/whacenter/webhook?token=" + TOKEN.toUpperCase(), body);

        assertEquals(401, none.statusCode(), none.body());
        assertEquals(401, wrong.statusCode(), wrong.body());
        assertEquals(401, wrongOnReply.statusCode(), wrongOnReply.body());
        assertEquals(0, camelContext.getEndpoint("mock:inbox", MockEndpoint.class).getReceivedCounter());
        assertEquals(sentBefore, simulator.sentMessages(DEVICE_ID).size(), "no auto-reply went out");
    }

    @Test
    void onlyPostIsAccepted() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hooks/inbox?token=" + TOKEN))
                        .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(405, response.statusCode(), response.body());
        assertEquals(0, camelContext.getEndpoint("mock:inbox", MockEndpoint.class).getReceivedCounter());
    }

    @Test
    void theConsumerRegisteredItsUrlOnTheApplicationsPortWithTheToken() {
        assertEquals("http://127.0.0.1:" + port + "/whacenter/webhook?token=" + TOKEN,
                simulator.device(DEVICE_ID).webhookUrl());
    }

    @Test
    void theGatewayDeliversToTheRegisteredUrlAndTheRouteAutoReplies() {
        int sentBefore = simulator.sentMessages(DEVICE_ID).size();

        WebhookDelivery delivery = simulator.deliverIncoming(DEVICE_ID, IncomingMessage.text(CUSTOMER, "help"));

        assertEquals(200, delivery.statusCode(), delivery.responseBody());
        await().atMost(Duration.ofSeconds(20)).until(() -> simulator.sentMessages(DEVICE_ID).size() > sentBefore);
        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        SentMessage reply = sent.get(sent.size() - 1);
        assertEquals("6287754446580", reply.number(), "the sender, in international form");
        assertEquals("Thanks, we got: help", reply.message());
    }
}
