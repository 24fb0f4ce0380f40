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
package io.github.camelwhacenter.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** send (all its forms), sendGroup and deleteMessage. */
class SendOperationsTest extends SimulatorTestSupport {

    private static final String DEVICE_NOT_FOUND = "{\"status\":false,\"message\":\"device not connected or not found\",\"data\":[]}";

    @BeforeEach
    void secondDevice() {
        simulator.addDevice("dev-2", "6281234567891", "other");
    }

    @Test
    void sendAnswersANumericIdStartingAtTheCapturedValue() {
        String answer = GatewayClient.text(client.postMultipart("send", "device_id", "dev-1", "number", "085640206067", "message", "hai"));

        assertEquals("{\"status\":true,\"message\":\"message sent\",\"data\":{\"id\":110864596}}", answer);
    }

    @Test
    void sendWorksAsMultipartUrlencodedAndQuery() {
        long multipart = GatewayClient.id(client.postMultipart("send", "device_id", "dev-1", "number", "085640206067", "message", "one"));
        long form = GatewayClient.id(client.postForm("send", "device_id", "dev-1", "number", "6285640206067", "message", "two"));
        long query = GatewayClient.id(client.get("send", "device_id", "dev-1", "number", "085640206067", "message", "three"));

        assertTrue(multipart < form && form < query, "ids increase");
        List<SentMessage> sent = simulator.sentMessages("dev-1");
        assertEquals(List.of("one", "two", "three"), sent.stream().map(SentMessage::message).toList());
        assertEquals(List.of(multipart, form, query), sent.stream().map(SentMessage::id).toList());
        assertEquals("6285640206067", sent.get(1).number());
        assertEquals("dev-1", sent.get(0).deviceId());
        assertNull(sent.get(0).group());
        assertNull(sent.get(0).file());
        assertNull(sent.get(0).schedule());
    }

    @Test
    void sendWithFileKeepsTheUrlAndCaption() {
        client.postMultipart("send", "device_id", "dev-1", "number", "6285640206067", "message", "tes kirim gambar",
                "file", "https://i.ibb.co/S5GYRNL/bird-thumbnail.jpg");

        SentMessage sent = simulator.sentMessages("dev-1").get(0);
        assertEquals("https://i.ibb.co/S5GYRNL/bird-thumbnail.jpg", sent.file());
        assertEquals("tes kirim gambar", sent.message());
    }

    @Test
    void aFileMayGoWithoutCaption() {
        String answer = GatewayClient.text(client.postForm("send", "device_id", "dev-1", "number", "0856", "file", "https://x.test/a.pdf"));

        assertTrue(answer.startsWith("{\"status\":true,\"message\":\"message sent\""), answer);
        assertEquals("", simulator.sentMessages("dev-1").get(0).message());
    }

    @Test
    void nonAsciiTextSurvivesEveryEncoding() {
        String text = "Halo \"Budi\" — café 😀\nbaris dua";
        client.postMultipart("send", "device_id", "dev-1", "number", "0856", "message", text);
        client.postForm("send", "device_id", "dev-1", "number", "0856", "message", text);

        assertEquals(List.of(text, text), simulator.sentMessages("dev-1").stream().map(SentMessage::message).toList());
    }

    @Test
    void multipartPartCharsetIsHonoured() {
        String boundary = "b0undary";
        byte[] latin1 = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"device_id\"\r\n\r\ndev-1\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"number\"\r\n\r\n0856\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"message\"\r\n"
                + "Content-Type: text/plain; charset=ISO-8859-1\r\n\r\ncafé\r\n"
                + "--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);

        client.send(HttpRequest.newBuilder(client.uri("send"))
                .header("Content-Type", "multipart/form-data; boundary=\"" + boundary + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)));

        assertEquals("café", simulator.sentMessages("dev-1").get(0).message());
    }

    @Test
    void missingNumberIsNamed() {
        String answer = GatewayClient.text(client.postForm("send", "device_id", "dev-1", "message", "hai"));

        assertEquals("{\"status\":false,\"message\":\"number is required\",\"data\":[]}", answer);
        assertTrue(simulator.sentMessages("dev-1").isEmpty());
    }

    @Test
    void missingMessageAndFileIsRefused() {
        assertEquals("{\"status\":false,\"message\":\"message is required\",\"data\":[]}",
                GatewayClient.text(client.postForm("send", "device_id", "dev-1", "number", "0856", "message", " ")));
    }

    @Test
    void unknownOrDisconnectedDeviceCannotSend() {
        assertEquals(DEVICE_NOT_FOUND, GatewayClient.text(client.postForm("send", "device_id", "nope", "number", "0856", "message", "x")));
        simulator.device("dev-1").setConnected(false);
        assertEquals(DEVICE_NOT_FOUND, GatewayClient.text(client.postForm("send", "device_id", "dev-1", "number", "0856", "message", "x")));
        assertEquals(DEVICE_NOT_FOUND, GatewayClient.text(client.postForm("sendGroup", "device_id", "dev-1", "group", "g", "message", "x")));

        assertTrue(simulator.sentMessages("dev-1").isEmpty());
        assertTrue(simulator.sentMessages("nope").isEmpty());
    }

    @Test
    void scheduledSendIsKeptUntilDeleted() {
        long id = GatewayClient.id(client.postMultipart("send", "device_id", "dev-1", "number", "085640206067",
                "message", "hai", "schedule", "2021-10-07 11:30:00"));

        Map<Long, SentMessage> scheduled = simulator.scheduledMessages("dev-1");
        assertEquals(1, scheduled.size());
        assertEquals("2021-10-07 11:30:00", scheduled.get(id).schedule());
        assertEquals(1, simulator.sentMessages("dev-1").size());

        String deleted = GatewayClient.text(client.get("deleteMessage", "device_id", "dev-1", "id", Long.toString(id)));

        assertEquals("{\"status\":true,\"message\":\"success delete message\",\"data\":[]}", deleted);
        assertTrue(simulator.scheduledMessages("dev-1").isEmpty());
        assertEquals(1, simulator.sentMessages("dev-1").size(), "history keeps it");
    }

    @Test
    void immediateSendsAreNotScheduled() {
        client.postForm("send", "device_id", "dev-1", "number", "0856", "message", "now", "schedule", "");

        assertTrue(simulator.scheduledMessages("dev-1").isEmpty());
        assertFalse(simulator.sentMessages("dev-1").get(0).isScheduled());
    }

    @Test
    void malformedSchedulesAreRefused() {
        for (String schedule : new String[] {"2021-10-07 11:30", "2021-10-07T11:30:00", "2021-02-30 11:30:00", "besok"}) {
            assertEquals("{\"status\":false,\"message\":\"invalid schedule format\",\"data\":[]}",
                    GatewayClient.text(client.postForm("send", "device_id", "dev-1", "number", "0856", "message", "x",
                            "schedule", schedule)), schedule);
        }
        assertTrue(simulator.sentMessages("dev-1").isEmpty());
    }

    @Test
    void deletingAnUnknownOrForeignIdFails() {
        long id = GatewayClient.id(client.postForm("send", "device_id", "dev-1", "number", "0856", "message", "x",
                "schedule", "2030-01-01 08:00:00"));
        String notFound = "{\"status\":false,\"message\":\"message not found\",\"data\":[]}";

        assertEquals(notFound, GatewayClient.text(client.get("deleteMessage", "device_id", "dev-2", "id", Long.toString(id))));
        assertEquals(notFound, GatewayClient.text(client.get("deleteMessage", "device_id", "dev-1", "id", "12345")));
        assertEquals(notFound, GatewayClient.text(client.get("deleteMessage", "device_id", "dev-1", "id", "abc")));
        assertEquals(1, simulator.scheduledMessages("dev-1").size());

        client.get("deleteMessage", "device_id", "dev-1", "id", Long.toString(id));
        assertEquals(notFound, GatewayClient.text(client.get("deleteMessage", "device_id", "dev-1", "id", Long.toString(id))),
                "a second delete finds nothing");
    }

    @Test
    void sendGroupTakesTheGroupName() {
        HttpResponse<byte[]> response = client.postMultipart("sendGroup", "device_id", "dev-1", "group", "nama group", "message", "hai");

        long id = GatewayClient.id(response);
        SentMessage sent = simulator.sentMessages("dev-1").get(0);
        assertEquals(id, sent.id());
        assertEquals("nama group", sent.group());
        assertNull(sent.number());
        assertTrue(sent.isGroupMessage());
    }

    @Test
    void sendGroupWithoutGroupIsRefused() {
        assertEquals("{\"status\":false,\"message\":\"group is required\",\"data\":[]}",
                GatewayClient.text(client.postForm("sendGroup", "device_id", "dev-1", "message", "hai")));
    }

    @Test
    void idsAreSharedAcrossDevicesAndMessagesKeptPerDevice() {
        long first = GatewayClient.id(client.postForm("send", "device_id", "dev-1", "number", "0856", "message", "a"));
        long second = GatewayClient.id(client.postForm("send", "device_id", "dev-2", "number", "0856", "message", "b"));

        assertEquals(first + 1, second);
        assertEquals(List.of("a"), simulator.sentMessages("dev-1").stream().map(SentMessage::message).toList());
        assertEquals(List.of("b"), simulator.sentMessages("dev-2").stream().map(SentMessage::message).toList());
    }

    @Test
    void bodyFieldsWinOverQueryParameters() {
        client.send(HttpRequest.newBuilder(client.uri("send", "device_id", "dev-1", "number", "0811", "message", "from query"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("message=from+body")));

        SentMessage sent = simulator.sentMessages("dev-1").get(0);
        assertEquals("from body", sent.message());
        assertEquals("0811", sent.number());
    }
}
