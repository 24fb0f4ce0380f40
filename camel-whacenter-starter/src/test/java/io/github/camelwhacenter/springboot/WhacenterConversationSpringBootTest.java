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

import java.time.Duration;

import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A send that expects a reply in a Spring Boot application: the simulator's customer answers through the webhook on
 * Spring Boot's own servlet container, and the route gets the reply with the conversation's name, the question's id and
 * the kept header; a question nobody answers is emitted by whacenter:conversations. Real HTTP on loopback.
 */
@SpringBootTest(classes = { WhacenterTestApplication.class, WhacenterConversationSpringBootTest.Routes.class },
                webEnvironment = WebEnvironment.RANDOM_PORT)
class WhacenterConversationSpringBootTest {

    static final String CUSTOMER = "6287754446580";
    static final String SILENT = "6287754446581";

    @Configuration(proxyBeanMethods = false)
    static class Routes {
        @Bean
        RouteBuilder conversationRoutes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("whacenter:webhook?webhookPath=/hooks/replies").routeId("replies").to("mock:replies");
                    from("whacenter:conversations?delay=100").routeId("unanswered").to("mock:unanswered");
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
    @Autowired
    private ProducerTemplate template;

    @BeforeEach
    void resetMocks() {
        MockEndpoint.resetMocks(camelContext);
        simulator.device(DEVICE_ID).setWebhookUrl("http://127.0.0.1:" + port + "/hooks/replies");
    }

    private Exchange confirm(String number, Duration timeout) {
        Exchange sent = template.request("whacenter:send?conversationHeaders=OrderId&replyTimeout=" + timeout.toMillis(), exchange -> {
            exchange.getMessage().setHeader(WhacenterConstants.NUMBER, number);
            exchange.getMessage().setHeader(WhacenterConstants.CONVERSATION, "confirm-order");
            exchange.getMessage().setHeader("OrderId", "A-1001");
            exchange.getMessage().setBody("Confirm order A-1001? YES or NO");
        });
        assertNull(sent.getException());
        return sent;
    }

    @Test
    void theCustomersReplyReachesTheWebhookRouteWithItsConversation() throws Exception {
        simulator.customerReplies(DEVICE_ID, CUSTOMER, "YES", Duration.ZERO);
        MockEndpoint replies = camelContext.getEndpoint("mock:replies", MockEndpoint.class);
        replies.expectedMessageCount(1);

        Exchange sent = confirm(CUSTOMER, Duration.ofMinutes(5));

        replies.assertIsSatisfied();
        Message reply = replies.getExchanges().get(0).getMessage();
        assertEquals("YES", reply.getBody(WhacenterIncomingMessage.class).getMessage());
        assertEquals("confirm-order", reply.getHeader(WhacenterConstants.CONVERSATION));
        assertEquals("REPLIED", reply.getHeader(WhacenterConstants.CONVERSATION_OUTCOME));
        assertEquals(sent.getMessage().getHeader(WhacenterConstants.MESSAGE_ID), reply.getHeader(WhacenterConstants.IN_REPLY_TO));
        assertEquals("A-1001", reply.getHeader("OrderId"));
    }

    @Test
    void aQuestionNobodyAnswersIsEmittedAsTimedOut() throws Exception {
        MockEndpoint unanswered = camelContext.getEndpoint("mock:unanswered", MockEndpoint.class);
        unanswered.expectedMessageCount(1);
        unanswered.expectedHeaderReceived(WhacenterConstants.CONVERSATION_OUTCOME, "TIMED_OUT");
        unanswered.expectedHeaderReceived(WhacenterConstants.NUMBER, SILENT);
        unanswered.expectedHeaderReceived("OrderId", "A-1001");

        confirm(SILENT, Duration.ofMillis(200));

        unanswered.assertIsSatisfied();
    }
}
