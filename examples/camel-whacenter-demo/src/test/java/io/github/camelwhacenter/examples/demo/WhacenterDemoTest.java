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
package io.github.camelwhacenter.examples.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.simulator.FetchedFile;
import io.github.camelwhacenter.simulator.IncomingMessage;
import io.github.camelwhacenter.simulator.RecordedRequest;
import io.github.camelwhacenter.simulator.SentMessage;
import io.github.camelwhacenter.simulator.WebhookDelivery;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the demo's main flow in-process against a simulator on loopback and checks that each step happened at the
 * gateway, not only in the transcript.
 */
class WhacenterDemoTest {

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    private static final String CUSTOMER = "6281234567890";

    private WhacenterSimulator simulator;
    private DemoGateway gateway;
    private final ByteArrayOutputStream transcript = new ByteArrayOutputStream();

    @BeforeEach
    void simulatedGateway() {
        simulator = GATEWAY.simulator();
        gateway = new DemoGateway(simulator.baseUrl(), DEVICE_ID, simulator);
    }

    @Test
    void everyStepHappensAtTheGateway() throws Exception {
        DemoOptions options = DemoOptions.simulator(false);
        WhacenterDemo demo = new WhacenterDemo(options, gateway, out(), null);

        assertEquals(0, demo.run(), this::transcript);

        // 1. the webhook is registered, with its token, on the demo's loopback server
        List<RecordedRequest> setWebhook = simulator.requests("setWebhook");
        assertEquals(1, setWebhook.size());
        String webhook = simulator.device(DEVICE_ID).webhookUrl();
        assertEquals(webhook, setWebhook.get(0).field("webhook"));
        assertTrue(webhook.matches("http://127\\.0\\.0\\.1:\\d+/whacenter/webhook\\?token=" + options.webhookToken()), webhook);

        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(6, sent.size(), () -> sent + "\n" + transcript());

        // 2. the customer's "help" was answered by the auto-reply route, to the customer's number
        SentMessage reply = sent.get(0);
        assertEquals(CUSTOMER, reply.number());
        assertEquals(DemoRoutes.HELP_TEXT, reply.message());
        assertFalse(reply.isScheduled());

        // 3. the image, by URL, with its caption
        SentMessage image = sent.get(1);
        assertEquals(CUSTOMER, image.number());
        assertEquals(DemoOptions.DEFAULT_IMAGE_URL, image.file());
        assertTrue(image.message().startsWith("Sent by Apache Camel"), image.message());
        assertEquals(String.valueOf(image.id()), demo.result().imageMessageId());

        // 4. the invoice the route rendered, from bytes: published on the demo's server, fetched once by the gateway
        SentMessage invoice = sent.get(2);
        assertTrue(invoice.file().matches("http://127\\.0\\.0\\.1:\\d+/whacenter/media/[A-Za-z0-9_-]{43}"), invoice.file());
        // the image's public URL is recorded too, as not fetched: the simulator fetches from loopback only
        List<FetchedFile> fetched = simulator.fetchedFiles().stream().filter(f -> f.url().equals(invoice.file())).toList();
        assertEquals(1, fetched.size(), () -> simulator.fetchedFiles().toString());
        assertEquals(200, fetched.get(0).status());
        assertEquals("application/pdf", fetched.get(0).contentType());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(InvoicePdf.render(DemoRoutes.INVOICE_LINES))), fetched.get(0).sha256());

        // 5. the question; the simulated customer's YES came back through the webhook and completed the ask, and the
        // auto-reply route did not answer it
        SentMessage question = sent.get(3);
        assertEquals(DemoRoutes.QUESTION, question.message());
        assertEquals(CUSTOMER, question.number());
        assertTrue(transcript().contains("the ask's exchange completes with the reply (the auto-reply route does not run "
                                         + "for it): \"YES\""), this::transcript);

        // 6. the slot's question, expecting the reply: the customer's "2" reached the webhook route with the
        // conversation, the question's id and the order kept; no route answered it (no further message)
        SentMessage slot = sent.get(4);
        assertEquals(DemoRoutes.SLOT_QUESTION, slot.message());
        assertTrue(transcript().contains("gets it with CamelWhacenterConversation=delivery-slot, CamelWhacenterInReplyTo="
                                         + slot.id() + " and OrderId=A-1001"), this::transcript);
        // the webhook's answers reach the simulator just after the replies reached their routes
        await().atMost(Duration.ofSeconds(10)).until(() -> simulator.customerDeliveries().size() == 2);
        WebhookDelivery received = new WebhookDelivery(200, "{\"status\":true,\"message\":\"received\"}");
        assertEquals(List.of(received, received), simulator.customerDeliveries());

        // 7. the reminder, scheduled for tomorrow 09:00 gateway time ...
        SentMessage reminder = sent.get(5);
        assertTrue(reminder.isScheduled());
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1);
        assertEquals(tomorrow + " 09:00:00", reminder.schedule());
        assertEquals(String.valueOf(reminder.id()), demo.result().scheduledMessageId());

        // 8. ... and deleted by the id the send answered
        assertTrue(simulator.scheduledMessages(DEVICE_ID).isEmpty(), "the scheduled message was deleted");
        List<RecordedRequest> deletes = simulator.requests("deleteMessage");
        assertEquals(1, deletes.size());
        assertEquals(String.valueOf(reminder.id()), deletes.get(0).field("id"));

        // 9. the device status was asked for
        assertEquals(1, simulator.requests("statusDevice").size());
        assertTrue(demo.result().deviceConnected());

        // every request used the configured device, and the transcript shows none of the secrets
        assertTrue(simulator.requests().stream().allMatch(r -> DEVICE_ID.equals(r.field("device_id"))));
        String text = transcript();
        assertFalse(text.contains(DEVICE_ID), text);
        assertFalse(text.contains(options.webhookToken()), text);
        assertTrue(text.contains("device_id = xxxxxx"), text);
        assertTrue(text.contains("--> POST /api/send"), text);
        assertTrue(text.contains("--> GET /api/deleteMessage"), text);
        assertTrue(text.contains("Done: 9 steps."), text);
        assertFalse(text.contains(invoice.file()), "the published file's token is in the transcript");
        String camelLog = Files.readString(Path.of("target/camel-whacenter-demo-test.log"));
        assertFalse(camelLog.contains(DEVICE_ID), "the device id is in Camel's log");
        assertFalse(camelLog.contains(options.webhookToken()), "the webhook token is in Camel's log");
    }

    @Test
    void againstAnotherGatewayItRunsTheStepsTheOptionsAllow() {
        // the simulator plays a real gateway: no webhook URL given, so no webhook is registered and no message arrives
        DemoOptions options = new DemoOptions(simulator.baseUrl(), DEVICE_ID, false, "127.0.0.1", 0, null,
                "t0k3n-0f-th1s-t3st", "081234567890", DemoOptions.DEFAULT_IMAGE_URL);
        WhacenterDemo demo = new WhacenterDemo(options, DemoGateway.remote(simulator.baseUrl(), DEVICE_ID), out(), null);

        assertEquals(0, demo.run(), this::transcript);

        assertTrue(simulator.requests("setWebhook").isEmpty(), "the device's webhook is left as it was");
        assertEquals(2, simulator.sentMessages(DEVICE_ID).size(), "the image and the scheduled message");
        assertTrue(simulator.scheduledMessages(DEVICE_ID).isEmpty());
        assertEquals(1, simulator.requests("deleteMessage").size());
        assertEquals(1, simulator.requests("statusDevice").size());
        String text = transcript();
        assertTrue(text.contains("skipped: set WHACENTER_WEBHOOK_URL"), text);
        assertFalse(text.contains("--> POST"), "no wire log from a gateway that is not the embedded simulator");
        assertFalse(text.contains(DEVICE_ID), text);
    }

    @Test
    void serverModeKeepsAnsweringTheCustomerUntilStopped() throws IOException {
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream console = new PipedInputStream(keyboard);
        WhacenterDemo demo = new WhacenterDemo(DemoOptions.simulator(true), gateway, out(), console);

        CompletableFuture<Integer> exitCode = CompletableFuture.supplyAsync(demo::run);
        await().atMost(Duration.ofSeconds(30)).until(() -> transcript().contains("Serving the webhook"));
        assertEquals(6, simulator.sentMessages(DEVICE_ID).size(), this::transcript);

        keyboard.write("where is my order?\n".getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
        await().atMost(Duration.ofSeconds(10)).until(() -> simulator.sentMessages(DEVICE_ID).size() == 7);
        SentMessage echo = simulator.sentMessages(DEVICE_ID).get(6);
        assertEquals(CUSTOMER, echo.number());
        assertEquals("You wrote: where is my order?\nSend \"help\" for the menu.", echo.message());
        assertFalse(exitCode.isDone(), "still serving");

        demo.stop();
        assertEquals(0, exitCode.orTimeout(30, TimeUnit.SECONDS).join(), this::transcript);
        keyboard.close();
    }

    @Test
    void theWebhookRefusesPostsWithoutItsToken() {
        WhacenterDemo demo = new WhacenterDemo(DemoOptions.simulator(true), gateway, out(), null);
        CompletableFuture<Integer> exitCode = CompletableFuture.supplyAsync(demo::run);
        await().atMost(Duration.ofSeconds(30)).until(() -> transcript().contains("Serving the webhook"));
        String registered = simulator.device(DEVICE_ID).webhookUrl();
        simulator.device(DEVICE_ID).setWebhookUrl(registered.substring(0, registered.indexOf('?')));
        int repliesBefore = simulator.sentMessages(DEVICE_ID).size();

        int status = simulator.deliverIncoming(DEVICE_ID, IncomingMessage.text("081234567890", "help")).statusCode();

        assertEquals(401, status);
        assertEquals(repliesBefore, simulator.sentMessages(DEVICE_ID).size(), "no reply to a post without the token");
        demo.stop();
        assertEquals(0, exitCode.orTimeout(30, TimeUnit.SECONDS).join(), this::transcript);
    }

    /**
     * The demo's server, camel-platform-http-main on Camel Main, answers a delivery over HTTP/2 clear text as over
     * HTTP/1.1: the JDK's client offers the h2c upgrade on every http:// URL, as a gateway or proxy built on it would.
     */
    @Test
    void theServerAnswersADeliveryOverH2cAsOverHttp11() throws Exception {
        WhacenterDemo demo = new WhacenterDemo(DemoOptions.simulator(true), gateway, out(), null);
        CompletableFuture<Integer> exitCode = CompletableFuture.supplyAsync(demo::run);
        await().atMost(Duration.ofSeconds(30)).until(() -> transcript().contains("Serving the webhook"));
        URI webhook = URI.create(simulator.device(DEVICE_ID).webhookUrl());
        int second = 0;
        for (HttpClient.Version version : List.of(HttpClient.Version.HTTP_2, HttpClient.Version.HTTP_1_1)) {
            int repliesBefore = simulator.sentMessages(DEVICE_ID).size();
            String delivery = "{\"pushName\":\"Budi\",\"from\":\"" + CUSTOMER + "\",\"to\":\"6281200000001\","
                              + "\"message_type\":\"text\",\"message\":\"help\",\"media\":\"\",\"is_group\":false,"
                              + "\"id_group\":\"\",\"timestamp\":\"2025-07-21 08:27:5" + second++ + "\",\"source\":\"WHACENTER\"}";
            HttpResponse<String> answer = HttpClient.newBuilder().version(version).build().send(
                    HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(delivery)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, answer.statusCode(), version + ": " + answer.body());
            assertEquals(version, answer.version());
            await().atMost(Duration.ofSeconds(10)).until(() -> simulator.sentMessages(DEVICE_ID).size() == repliesBefore + 1);
        }
        demo.stop();
        assertEquals(0, exitCode.orTimeout(30, TimeUnit.SECONDS).join(), this::transcript);
    }

    private PrintStream out() {
        return new PrintStream(transcript, true, StandardCharsets.UTF_8);
    }

    private String transcript() {
        return transcript.toString(StandardCharsets.UTF_8);
    }
}
