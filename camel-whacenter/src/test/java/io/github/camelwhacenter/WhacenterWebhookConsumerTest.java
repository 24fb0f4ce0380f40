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

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;

import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import io.github.camelwhacenter.simulator.IncomingMessage;
import io.github.camelwhacenter.simulator.WebhookDelivery;
import io.github.camelwhacenter.simulator.WebhookFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_NUMBER;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The webhook consumer end to end over real HTTP: simulator -> webhook -> route -> mock.
 */
class WhacenterWebhookConsumerTest extends WebhookTestSupport {

    private static final String TOKEN = "t0k3n-9f8e7d";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=/wa/hook&webhookToken=" + TOKEN + "&webhookExternalUrl="
                     + url("/wa/hook")).routeId("incoming")
                        .to("mock:incoming");
                from("whacenter:webhook?webhookPath=/wa/open").routeId("open")
                        .to("mock:open");
                from("whacenter:webhook?webhookPath=/wa/failing").routeId("failing")
                        .throwException(new IllegalStateException("the route broke"));
                from("whacenter:webhook?webhookPath=/wa/dedup&skipDuplicates=true").routeId("dedup")
                        .to("mock:dedup");
                from("whacenter:webhook?webhookPath=/wa/strict&webhookAcceptedSource=WHACENTER&webhookMaxBodySize=2048")
                        .routeId("strict")
                        .to("mock:strict");
                from("whacenter:webhook?webhookPath=/wa/path/{secret}&webhookToken=" + TOKEN
                     + "&webhookTokenParameter=secret").routeId("pathToken")
                        .to("mock:pathToken");
                from("whacenter:webhook?webhookPath=/wa/restoring&webhookRestoreOnStop=true&webhookExternalUrl="
                     + url("/wa/restoring")).routeId("restoring").autoStartup(false)
                        .to("mock:restoring");
                from("whacenter:webhook?webhookPath=/wa/forgotReply").routeId("forgotReply")
                        .to("whacenter:send");
                from("whacenter:webhook?webhookPath=/wa/reply").routeId("autoReply")
                        .setBody(simple("You wrote: ${body.message}"))
                        .to("whacenter:send");
            }
        };
    }

    @Test
    void registersItsUrlWithTheTokenWhenItStarts() {
        assertEquals(url("/wa/hook?token=" + TOKEN), simulator.device(DEVICE_ID).webhookUrl());
    }

    @Test
    void restoresThePreviousUrlWhenAskedToOnStop() throws Exception {
        simulator.device(DEVICE_ID).setWebhookUrl("https://old.example.com/hook");

        context.getRouteController().startRoute("restoring");
        assertEquals(url("/wa/restoring"), simulator.device(DEVICE_ID).webhookUrl());
        context.getRouteController().stopRoute("restoring");

        assertEquals("https://old.example.com/hook", simulator.device(DEVICE_ID).webhookUrl());
    }

    @Test
    void receivesATextMessageDeliveredByTheGateway() throws Exception {
        MockEndpoint incoming = getMockEndpoint("mock:incoming");
        incoming.expectedMessageCount(1);
        LocalDateTime sentAt = LocalDateTime.of(2025, 7, 21, 8, 27, 56);

        WebhookDelivery delivery = simulator.deliverIncoming(DEVICE_ID,
                IncomingMessage.text("087754446580", "help").pushName("Budi").timestamp(sentAt));

        assertEquals(200, delivery.statusCode(), delivery.responseBody());
        incoming.assertIsSatisfied();
        WhacenterIncomingMessage message = incoming.getExchanges().get(0).getMessage().getBody(WhacenterIncomingMessage.class);
        assertEquals("087754446580", message.getFrom());
        assertEquals(DEVICE_NUMBER, message.getTo());
        assertEquals("help", message.getMessage());
        assertEquals("Budi", message.getPushName());
        assertEquals("text", message.getMessageType());
        assertNull(message.getMedia());
        assertFalse(message.isGroup());
        assertEquals(sentAt.atZone(ZoneId.of("Asia/Jakarta")), message.getTimestamp());
        assertEquals("WHACENTER", message.getSource());
        assertTrue(message.getFields().containsKey("ad_reply"), "extra fields are kept");
        var headers = incoming.getExchanges().get(0).getMessage().getHeaders();
        assertEquals("087754446580", headers.get(WhacenterConstants.FROM));
        assertEquals("text", headers.get(WhacenterConstants.MESSAGE_TYPE));
        assertEquals(message.getTimestamp(), headers.get(WhacenterConstants.TIMESTAMP));
        assertFalse(headers.containsKey("token"), "the secret token does not reach the route");
    }

    @Test
    void receivesAMediaMessage() throws Exception {
        MockEndpoint incoming = getMockEndpoint("mock:incoming");
        incoming.expectedMessageCount(1);

        WebhookDelivery delivery = simulator.deliverIncoming(DEVICE_ID,
                IncomingMessage.media("087754446580", "look", "https://api.whacenter.com/api/media?path=a.jpe"));

        assertEquals(200, delivery.statusCode());
        incoming.assertIsSatisfied();
        WhacenterIncomingMessage message = incoming.getExchanges().get(0).getMessage().getBody(WhacenterIncomingMessage.class);
        assertEquals("media", message.getMessageType());
        assertEquals("https://api.whacenter.com/api/media?path=a.jpe", message.getMedia());
        assertEquals("look", message.getMessage());
        assertEquals(message.getMedia(), incoming.getExchanges().get(0).getMessage().getHeader(WhacenterConstants.MEDIA));
    }

    @Test
    void acceptsTheCollectionsBodyWithItsTrailingComma() throws Exception {
        MockEndpoint incoming = getMockEndpoint("mock:incoming");
        incoming.expectedMessageCount(1);

        WebhookDelivery delivery = simulator.deliverIncoming(DEVICE_ID,
                IncomingMessage.text("6285603051722", "help").format(WebhookFormat.COLLECTION));

        assertEquals(200, delivery.statusCode(), delivery.responseBody());
        incoming.assertIsSatisfied();
        assertEquals("6285603051722", incoming.getExchanges().get(0).getMessage().getHeader(WhacenterConstants.FROM));
    }

    @Test
    void acceptsAFormEncodedBody() throws Exception {
        MockEndpoint open = getMockEndpoint("mock:open");
        open.expectedMessageCount(1);

        HttpResponse<String> response = post("/wa/open", "application/x-www-form-urlencoded",
                "from=087754446580&to=6282100&message=hi+there&timestamp=2025-07-21+08%3A27%3A56");

        assertEquals(200, response.statusCode(), response.body());
        open.assertIsSatisfied();
        assertEquals("hi there", open.getExchanges().get(0).getMessage().getBody(WhacenterIncomingMessage.class).getMessage());
    }

    @Test
    void aWrongOrMissingTokenGets401AndTheRouteNeverRuns() throws Exception {
        String body = observedBody("087754446580", "intruder", "2025-07-21 08:27:56");

        assertEquals(401, postJson("/wa/hook?token=guess", body).statusCode());
        assertEquals(401, postJson("/wa/hook", body).statusCode());
        assertEquals(401, postJson("/wa/path/guess", body).statusCode());
        assertEquals(0, getMockEndpoint("mock:incoming").getReceivedCounter());
        assertEquals(0, getMockEndpoint("mock:pathToken").getReceivedCounter());
    }

    @Test
    void theTokenCountsOnlyWhereTheRegisteredUrlCarriesIt() throws Exception {
        String body = observedBody("087754446580", "intruder", "2025-07-21 08:27:56");
        String form = "from=087754446580&message=intruder&timestamp=2025-07-21+08%3A27%3A56&token=" + TOKEN;

        HttpResponse<String> asHeader = http.send(HttpRequest.newBuilder(URI.create(url("/wa/hook")))
                .header("Content-Type", "application/json").header("token", TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> asFormField = post("/wa/hook", "application/x-www-form-urlencoded", form);
        HttpResponse<String> pathTokenInTheQuery = postJson("/wa/path/guess?secret=" + TOKEN, body);

        assertEquals(401, asHeader.statusCode(), "an HTTP header is not where the URL carries the token");
        assertEquals(401, asFormField.statusCode(), "nor is a form field");
        assertEquals(401, pathTokenInTheQuery.statusCode(), "nor the query, when the path carries it");
        assertEquals(0, getMockEndpoint("mock:incoming").getReceivedCounter());
        assertEquals(0, getMockEndpoint("mock:pathToken").getReceivedCounter());
    }

    @Test
    void theTokenIsNeverHandedToTheRoute() throws Exception {
        MockEndpoint incoming = getMockEndpoint("mock:incoming");
        String form = "from=087754446580&message=hi&timestamp=2025-07-21+08%3A27%3A56&token=" + TOKEN;

        HttpResponse<String> response = post("/wa/hook?token=" + TOKEN, "application/x-www-form-urlencoded", form);

        assertEquals(200, response.statusCode(), response.body());
        WhacenterIncomingMessage received = incoming.getExchanges().get(0).getMessage().getBody(WhacenterIncomingMessage.class);
        assertEquals("hi", received.getMessage());
        assertFalse(received.getFields().containsKey("token"), "fields: " + received.getFields());
        assertFalse(received.getRawBody().contains(TOKEN), "raw body: " + received.getRawBody());
        incoming.getExchanges().get(0).getMessage().getHeaders().values()
                .forEach(value -> assertFalse(String.valueOf(value).contains(TOKEN), "header value " + value));
    }

    @Test
    void theTokenMayBeAPathSegment() throws Exception {
        HttpResponse<String> response = postJson("/wa/path/" + TOKEN, observedBody("087754446580", "hi", "2025-07-21 08:27:56"));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, getMockEndpoint("mock:pathToken").getReceivedCounter());
    }

    @Test
    void onlyPostIsAccepted() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/wa/open")))
                .timeout(java.time.Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(405, response.statusCode());
        assertEquals("POST", response.headers().firstValue("Allow").orElse(null));
        assertEquals(0, getMockEndpoint("mock:open").getReceivedCounter());
    }

    @Test
    void malformedBodiesGet400WithTheReason() throws Exception {
        HttpResponse<String> noFrom = postJson("/wa/open", "{\"message\":\"hi\",\"timestamp\":\"2025-07-21 08:27:56\"}");
        HttpResponse<String> noTimestamp = postJson("/wa/open", "{\"from\":\"0877\",\"message\":\"hi\"}");
        HttpResponse<String> garbage = postJson("/wa/open", "<xml>not json</xml>");
        HttpResponse<String> badTime = postJson("/wa/open", "{\"from\":\"0877\",\"timestamp\":\"yesterday\"}");

        assertEquals(400, noFrom.statusCode());
        assertTrue(noFrom.body().contains("no 'from'"), noFrom.body());
        assertEquals(400, noTimestamp.statusCode());
        assertTrue(noTimestamp.body().contains("no 'timestamp'"), noTimestamp.body());
        assertEquals(400, garbage.statusCode());
        assertTrue(garbage.body().contains("not JSON"), garbage.body());
        assertEquals(400, badTime.statusCode());
        assertEquals(0, getMockEndpoint("mock:open").getReceivedCounter());
    }

    @Test
    void anOversizedBodyGets413() throws Exception {
        String big = observedBody("087754446580", "x".repeat(4096), "2025-07-21 08:27:56");

        HttpResponse<String> response = postJson("/wa/strict", big);

        assertEquals(413, response.statusCode());
        assertEquals(0, getMockEndpoint("mock:strict").getReceivedCounter());
    }

    @Test
    void anotherSourceIsRefusedWhenTheSourceIsChecked() throws Exception {
        String forged = observedBody("087754446580", "hi", "2025-07-21 08:27:56").replace("WHACENTER", "SOMEONE");

        assertEquals(403, postJson("/wa/strict", forged).statusCode());
        assertEquals(200, postJson("/wa/strict", observedBody("087754446580", "hi", "2025-07-21 08:27:56")).statusCode());
        assertEquals(1, getMockEndpoint("mock:strict").getReceivedCounter());
    }

    @Test
    void answersEchoingWhatTheSenderSentAreValidJson() throws Exception {
        // a source with a control character, quotes and markup: JSON-escaped as sent, \u0001 included
        String forged = observedBody("087754446580", "hi", "2025-07-21 08:27:56")
                .replace("\"WHACENTER\"", "\"evil\\u0001\\n\\\"}<b>\"");

        HttpResponse<String> response = postJson("/wa/strict", forged);

        assertEquals(403, response.statusCode());
        JsonNode answer = new ObjectMapper().readTree(response.body());
        assertFalse(answer.get("status").asBoolean());
        assertEquals("the source 'evil\u0001\n\"}<b>' is not accepted", answer.get("message").asText());
    }

    @Test
    void aRouteThatForgetsToSetTheReplySendsNothingToTheCustomer() throws Exception {
        HttpResponse<String> response = postJson("/wa/forgotReply", observedBody("087754446580", "hi", "2025-07-21 08:27:56"));

        assertEquals(500, response.statusCode(), "the route failed: " + response.body());
        assertTrue(simulator.requests("send").isEmpty(), "the incoming message was not sent back as text");
    }

    @Test
    void aFailingRouteAnswers5xxNever200() throws Exception {
        HttpResponse<String> response = postJson("/wa/failing", observedBody("087754446580", "hi", "2025-07-21 08:27:56"));

        assertEquals(500, response.statusCode());
        assertFalse(response.body().contains("the route broke"), "no internals in the answer: " + response.body());
    }

    @Test
    void duplicatesAreSuppressedWhenEnabled() throws Exception {
        String body = observedBody("087754446580", "same", "2025-07-21 08:27:56");

        assertEquals(200, postJson("/wa/dedup", body).statusCode());
        assertEquals(200, postJson("/wa/dedup", body).statusCode());
        assertEquals(200, postJson("/wa/dedup", observedBody("087754446580", "same", "2025-07-21 08:27:57")).statusCode());

        assertEquals(2, getMockEndpoint("mock:dedup").getReceivedCounter(), "the repeat is skipped, a new timestamp is not");
    }

    @Test
    void aReplyRouteAnswersTheSenderStraightAway() throws Exception {
        HttpResponse<String> response = postJson("/wa/reply", observedBody("087754446580", "help", "2025-07-21 08:27:56"));

        assertEquals(200, response.statusCode(), response.body());
        await().until(() -> !simulator.sentMessages(DEVICE_ID).isEmpty());
        assertEquals("6287754446580", simulator.sentMessages(DEVICE_ID).get(0).number());
        assertEquals("You wrote: help", simulator.sentMessages(DEVICE_ID).get(0).message());
    }
}
