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
package io.github.camelwhacenter.reliability;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import io.github.camelwhacenter.reliability.WebhookBodies.Body;
import io.github.camelwhacenter.reliability.WebhookBodies.Outcome;
import io.github.camelwhacenter.webhook.IncomingMessages;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.apache.camel.builder.RouteBuilder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Webhook bodies from the gateway's own to garbage: one is read (sender and time as sent) or refused with a reason
 * naming what is missing or malformed, and only so: IllegalArgumentException from the parser, HTTP 400 from the
 * consumer, never another exception or a 5xx.
 */
class WebhookBodyPropertiesTest {

    private static final String PATH = "/wa/generated";
    private static final ConcurrentLinkedQueue<WhacenterIncomingMessage> RECEIVED = new ConcurrentLinkedQueue<>();
    private static WebhookNode node;

    @BeforeContainer
    static void startNode() throws Exception {
        node = WebhookNode.start("webhook-properties", new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=" + PATH).routeId("generated")
                        .process(exchange -> RECEIVED.add(exchange.getMessage().getBody(WhacenterIncomingMessage.class)));
            }
        }, Map.of());
    }

    @AfterContainer
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @StatisticsReport(onFailureOnly = true)
    @Property(tries = 5_000)
    void aBodyIsReadAsSentOrRefusedWithAReason(@ForAll("bodies") Body body) {
        WhacenterIncomingMessage message;
        try {
            message = IncomingMessages.parse(body.bytes(), body.contentType(), WebhookBodies.JAKARTA);
        } catch (IllegalArgumentException refused) {
            Statistics.label("outcome").collect("refused");
            PhoneNumberPropertiesTest.checkBothOutcomes("accepted", "refused");
            assertRefusalReason(body, refused.getMessage());
            return;
        }
        Statistics.label("outcome").collect("accepted");
        PhoneNumberPropertiesTest.checkBothOutcomes("accepted", "refused");
        if (body.outcome() == Outcome.EITHER) {
            assertTrue(message.getFrom() != null && !message.getFrom().isBlank());
            return;
        }
        assertEquals(Outcome.ACCEPTED, body.outcome(), "read a body that must be refused: " + body);
        assertEquals(body.from(), message.getFrom());
        assertEquals(body.timestamp(), message.getTimestamp().toInstant());
        assertEquals(WebhookBodies.JAKARTA, message.getTimestamp().getZone(), "times are given in the gateway's zone");
        assertTrue(IncomingMessages.deduplicationKey(message).matches("[0-9a-f]{64}"));
    }

    @StatisticsReport(onFailureOnly = true)
    @Property(tries = 400)
    void theConsumerPassesABodyToTheRouteOrAnswers400WithAReason(@ForAll("bodies") Body body) throws Exception {
        RECEIVED.clear();

        HttpResponse<String> response = node.post(PATH, body.contentType(), body.bytes());

        if (response.statusCode() == 400) {
            Statistics.label("outcome").collect("refused");
            PhoneNumberPropertiesTest.checkBothOutcomes("accepted", "refused");
            assertTrue(RECEIVED.isEmpty(), "a refused body never reaches the route");
            assertRefusalReason(body, response.body());
            return;
        }
        assertEquals(200, response.statusCode(), "only 200 or 400 for " + body + ": " + response.body());
        Statistics.label("outcome").collect("accepted");
        PhoneNumberPropertiesTest.checkBothOutcomes("accepted", "refused");
        assertEquals(1, RECEIVED.size(), "a 200 means the route had the message");
        if (body.outcome() != Outcome.EITHER) {
            assertEquals(Outcome.ACCEPTED, body.outcome(), "accepted a body that must be refused: " + body);
            WhacenterIncomingMessage message = RECEIVED.peek();
            assertEquals(body.from(), message.getFrom());
            assertEquals(body.timestamp(), message.getTimestamp().toInstant());
        }
    }

    /** Found by generating ISO timestamps over java.time's whole range. */
    @Example
    void aTimestampOutOfRangeIsAnswered400() throws Exception {
        String body = "{\"from\":\"087754446580\",\"timestamp\":\"+999999999-12-31T23:59:59-18:00\"}";

        HttpResponse<String> response = node.post(PATH, "application/json", body.getBytes());

        assertEquals(400, response.statusCode(), "a malformed body is the sender's fault: " + response.body());
    }

    private static void assertRefusalReason(Body body, String reason) {
        switch (body.outcome()) {
            case ACCEPTED -> fail("refused a valid body (" + reason + "): " + body);
            case NO_FROM -> assertTrue(reason.contains("'from'"), reason);
            case NO_TIMESTAMP -> assertTrue(reason.contains("timestamp"), reason);
            case MALFORMED -> assertTrue(reason.contains("body"), reason);
            case EITHER -> assertTrue(reason.contains("'from'") || reason.contains("timestamp") || reason.contains("body"),
                    reason);
            default -> throw new IllegalStateException(body.outcome().name());
        }
    }

    @Provide
    Arbitrary<Body> bodies() {
        return WebhookBodies.bodies();
    }

}
