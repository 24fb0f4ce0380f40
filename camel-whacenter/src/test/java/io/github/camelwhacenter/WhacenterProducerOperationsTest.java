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

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.github.camelwhacenter.model.WhacenterDeviceStatus;
import io.github.camelwhacenter.model.WhacenterMessageSent;
import io.github.camelwhacenter.model.WhacenterQrState;
import io.github.camelwhacenter.model.WhacenterRequest;
import io.github.camelwhacenter.model.WhacenterResult;
import io.github.camelwhacenter.model.WhacenterWebhookInfo;
import io.github.camelwhacenter.simulator.RecordedRequest;
import io.github.camelwhacenter.simulator.SentMessage;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_NUMBER;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DISCONNECTED_DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation, over real HTTP against the gateway simulator.
 */
class WhacenterProducerOperationsTest extends WhacenterTestSupport {

    private static final DateTimeFormatter GATEWAY_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Test
    void takesBytesAsUtf8Text() {
        template.sendBody("whacenter:send?number=6281234567890", "café ☕".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertEquals("café ☕", simulator.sentMessages(DEVICE_ID).get(0).message());
    }

    @Test
    void sendPostsFormFieldsAndAnswersTheMessageId() {
        Exchange exchange = template.request("whacenter:send", e -> {
            e.getMessage().setBody("Halo from Camel");
            e.getMessage().setHeader(WhacenterConstants.NUMBER, "0812-3456-7890");
        });

        WhacenterMessageSent result = exchange.getMessage().getBody(WhacenterMessageSent.class);
        assertTrue(result.isSuccess());
        assertEquals("message sent", result.getGatewayMessage());
        SentMessage sent = simulator.sentMessages(DEVICE_ID).get(0);
        assertEquals(String.valueOf(sent.id()), result.getMessageId());
        assertEquals(result.getMessageId(), exchange.getMessage().getHeader(WhacenterConstants.MESSAGE_ID));
        assertEquals("message sent", exchange.getMessage().getHeader(WhacenterConstants.GATEWAY_MESSAGE));
        assertEquals("6281234567890", sent.number());
        assertEquals("Halo from Camel", sent.message());

        RecordedRequest request = simulator.requests("send").get(0);
        assertEquals("POST", request.method());
        // as the gateway's own collection sends its POSTs
        assertTrue(request.contentType().startsWith("multipart/form-data; boundary="), request.contentType());
        assertFalse(request.contentType().toUpperCase(java.util.Locale.ROOT).contains("ISO-8859-1"), request.contentType());
        assertEquals(DEVICE_ID, request.fields().get("device_id"));
        assertFalse(request.headers().containsKey("accept-encoding"), "answers are too small to be worth gzip");
    }

    @Test
    void postsCanGoUrlencodedAndSayTheirCharset() {
        template.sendBodyAndHeader("whacenter:send?formEncoding=URLENCODED", "café ☕ urlencoded", WhacenterConstants.NUMBER,
                "6281234567890");

        RecordedRequest request = simulator.requests("send").get(0);
        assertTrue(request.contentType().startsWith("application/x-www-form-urlencoded"), request.contentType());
        // the form is percent-encoded UTF-8, and says so: a receiver honouring the charset reads café, not cafÃ©
        assertTrue(request.contentType().toUpperCase(java.util.Locale.ROOT).contains("CHARSET=UTF-8"), request.contentType());
        assertEquals("café ☕ urlencoded", simulator.sentMessages(DEVICE_ID).get(0).message());
    }

    @Test
    void multipartCarriesUtf8Text() {
        template.sendBodyAndHeader("whacenter:send", "café ☕ multipart", WhacenterConstants.NUMBER, "6281234567890");

        assertEquals("café ☕ multipart", simulator.sentMessages(DEVICE_ID).get(0).message());
        assertEquals("6281234567890", simulator.requests("send").get(0).field("number"));
    }

    @Test
    void sendCanGoAsGetWithQueryParameters() {
        template.sendBodyAndHeader("whacenter:send?httpMethod=GET", "via GET", WhacenterConstants.NUMBER, "6281234567890");

        RecordedRequest request = simulator.requests("send").get(0);
        assertEquals("GET", request.method());
        assertEquals("via GET", request.fields().get("message"));
        assertEquals("6281234567890", request.fields().get("number"));
        assertEquals(1, simulator.sentMessages(DEVICE_ID).size());
    }

    @Test
    void sendsAnImageByUrlWithItsCaption() {
        template.sendBody("whacenter:send",
                WhacenterRequest.file("+62 812 3456 7890", "https://example.com/cat.jpg", "A cat"));

        SentMessage sent = simulator.sentMessages(DEVICE_ID).get(0);
        assertEquals("https://example.com/cat.jpg", sent.file());
        assertEquals("A cat", sent.message());
        assertEquals("6281234567890", sent.number());
    }

    @Test
    void sendsAFileWithoutCaption() {
        template.sendBodyAndHeader("whacenter:send?number=6281234567890", null, WhacenterConstants.FILE,
                "https://example.com/report.pdf");

        SentMessage sent = simulator.sentMessages(DEVICE_ID).get(0);
        assertEquals("https://example.com/report.pdf", sent.file());
        assertEquals("", sent.message());
    }

    @Test
    void schedulesInTheGatewayZoneAndDeletesTheScheduledMessage() {
        ZonedDateTime inOneHourUtc = ZonedDateTime.now(ZoneOffset.UTC).plusHours(1).truncatedTo(ChronoUnit.SECONDS);
        Exchange sent = template.request("whacenter:send", e -> {
            e.getMessage().setBody("Reminder");
            e.getMessage().setHeader(WhacenterConstants.NUMBER, "6281234567890");
            e.getMessage().setHeader(WhacenterConstants.SCHEDULE, inOneHourUtc);
        });
        String messageId = sent.getMessage().getHeader(WhacenterConstants.MESSAGE_ID, String.class);

        SentMessage scheduled = simulator.scheduledMessages(DEVICE_ID).get(Long.valueOf(messageId));
        assertNotNull(scheduled, "the simulator holds the scheduled message");
        String jakartaWallClock = inOneHourUtc.withZoneSameInstant(ZoneId.of("Asia/Jakarta")).format(GATEWAY_FORMAT);
        assertEquals(jakartaWallClock, scheduled.schedule());

        Exchange deleted = template.request("whacenter:deleteMessage",
                e -> e.getMessage().setHeader(WhacenterConstants.MESSAGE_ID, messageId));

        assertTrue(deleted.getMessage().getBody(WhacenterResult.class).isSuccess());
        assertTrue(simulator.scheduledMessages(DEVICE_ID).isEmpty());
        assertEquals(messageId, simulator.requests("deleteMessage").get(0).fields().get("id"));
        assertEquals("GET", simulator.requests("deleteMessage").get(0).method());
    }

    @Test
    void acceptsAScheduleAsGatewayText() {
        String inTwoDays = LocalDateTime.now(ZoneId.of("Asia/Jakarta")).plusDays(2).format(GATEWAY_FORMAT);
        template.sendBody("whacenter:send",
                WhacenterRequest.text("081234567890", "Later").schedule(inTwoDays));

        assertEquals(List.of(inTwoDays),
                simulator.scheduledMessages(DEVICE_ID).values().stream().map(SentMessage::schedule).toList());
    }

    @Test
    void sendsToAGroupByName() {
        Exchange exchange = template.request("whacenter:sendGroup", e -> {
            e.getMessage().setBody("Hello group");
            e.getMessage().setHeader(WhacenterConstants.GROUP, "Family");
        });

        assertNotNull(exchange.getMessage().getBody(WhacenterMessageSent.class).getMessageId());
        SentMessage sent = simulator.sentMessages(DEVICE_ID).get(0);
        assertEquals("Family", sent.group());
        assertEquals("Hello group", sent.message());
        assertEquals("POST", simulator.requests("sendGroup").get(0).method());
    }

    @Test
    @SuppressWarnings("deprecation")
    void sendButtonReachesTheGatewayWhichRefusesIt() {
        Exchange exchange = template.request("whacenter:sendButton?buttons=yes,no", e -> {
            e.getMessage().setBody("Choose");
            e.getMessage().setHeader(WhacenterConstants.NUMBER, "6281234567890");
        });

        WhacenterGatewayException failure = failure(exchange, WhacenterGatewayException.class);
        assertEquals("sendButton", failure.getOperation());
        assertEquals("SEND BUTTON SUDAH TIDAK BISA DIGUNAKAN", failure.getGatewayMessage());
        assertEquals("yes,no", simulator.requests("sendButton").get(0).fields().get("button"));
    }

    @Test
    void readsTheStatusOfAConnectedDevice() {
        WhacenterDeviceStatus status = template.requestBody("whacenter:deviceStatus", null, WhacenterDeviceStatus.class);

        assertTrue(status.isConnected());
        assertEquals("CONNECTED", status.getStatus());
        assertEquals(DEVICE_NUMBER, status.getNumber());
        assertEquals("demo", status.getName());
        assertEquals(WhacenterQrState.PAIRED, status.getQrState());
        assertEquals("GET", simulator.requests("statusDevice").get(0).method());
    }

    @Test
    void readsTheStatusOfADisconnectedDeviceWaitingForItsQr() {
        simulator.device(DISCONNECTED_DEVICE_ID).setQrState("2@O+HEOgu1dfffx0m3NLCCp11he52BuKJ1m739rguSg6M3ffLxUKMBZwFQ==");

        WhacenterDeviceStatus status = template.requestBodyAndHeader("whacenter:deviceStatus", null,
                WhacenterConstants.DEVICE_ID, DISCONNECTED_DEVICE_ID, WhacenterDeviceStatus.class);

        assertFalse(status.isConnected());
        assertEquals("NOT CONNECTED", status.getStatus());
        assertEquals(WhacenterQrState.WAITING, status.getQrState());
    }

    @Test
    void fetchesTheQrCodeAsPngBytes() {
        simulator.device(DISCONNECTED_DEVICE_ID).setQrState("2@pairing-string");

        Exchange exchange = template.request("whacenter:qr",
                e -> e.getMessage().setHeader(WhacenterConstants.DEVICE_ID, DISCONNECTED_DEVICE_ID));

        byte[] png = exchange.getMessage().getBody(byte[].class);
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, java.util.Arrays.copyOf(png, 4));
        assertEquals("image/png", exchange.getMessage().getHeader(Exchange.CONTENT_TYPE));
    }

    @Test
    void setsAndReadsTheWebhook() {
        Exchange set = template.request("whacenter:setWebhook",
                e -> e.getMessage().setHeader(WhacenterConstants.WEBHOOK_URL, "https://hooks.example.com/wa?token=s3"));
        WhacenterWebhookInfo read = template.requestBody("whacenter:getWebhook", null, WhacenterWebhookInfo.class);

        assertTrue(set.getMessage().getBody(WhacenterResult.class).isSuccess());
        assertEquals("https://hooks.example.com/wa?token=s3", simulator.device(DEVICE_ID).webhookUrl());
        assertEquals("https://hooks.example.com/wa?token=s3", read.getWebhookUrl());
        assertEquals("GET", simulator.requests("setWebhook").get(0).method());
    }

    @Test
    void relogsTheDevice() {
        WhacenterResult result = template.requestBody("whacenter:relogDevice", null, WhacenterResult.class);

        assertTrue(result.isSuccess());
        assertEquals("berhasil relog device", result.getGatewayMessage());
        assertFalse(simulator.device(DEVICE_ID).isConnected(), "a relogged device waits for a fresh QR scan");
        assertEquals("POST", simulator.requests("relogDevice").get(0).method());
    }

    @Test
    void relogCanGoAsGet() {
        template.requestBody("whacenter:relogDevice?httpMethod=GET", null, WhacenterResult.class);

        assertEquals("GET", simulator.requests("relogDevice").get(0).method());
    }

    @Test
    void anUnknownDeviceRaisesAGatewayExceptionWithoutItsId() {
        Exchange exchange = template.request("whacenter:send", e -> {
            e.getMessage().setBody("hi");
            e.getMessage().setHeader(WhacenterConstants.NUMBER, "6281234567890");
            e.getMessage().setHeader(WhacenterConstants.DEVICE_ID, "unknown-device-31337");
        });

        WhacenterGatewayException failure = failure(exchange, WhacenterGatewayException.class);
        assertEquals("device not connected or not found", failure.getGatewayMessage());
        assertEquals("send", failure.getOperation());
        assertFalse(failure.getMessage().contains("unknown-device-31337"), failure.getMessage());
        assertFalse(failure.getResult().isSuccess());
    }

    @Test
    void aDisconnectedDeviceCannotSend() {
        Exchange exchange = template.request("whacenter:send", e -> {
            e.getMessage().setBody("hi");
            e.getMessage().setHeader(WhacenterConstants.NUMBER, "6281234567890");
            e.getMessage().setHeader(WhacenterConstants.DEVICE_ID, DISCONNECTED_DEVICE_ID);
        });

        failure(exchange, WhacenterGatewayException.class);
        assertTrue(simulator.sentMessages(DISCONNECTED_DEVICE_ID).isEmpty());
    }

    @Test
    void withoutThrowExceptionOnFailureTheRefusalIsTheResult() {
        Exchange exchange = template.request("whacenter:send?throwExceptionOnFailure=false", e -> {
            e.getMessage().setBody("hi");
            e.getMessage().setHeader(WhacenterConstants.NUMBER, "6281234567890");
            e.getMessage().setHeader(WhacenterConstants.DEVICE_ID, "unknown-device-31337");
        });

        assertNull(exchange.getException());
        WhacenterMessageSent result = exchange.getMessage().getBody(WhacenterMessageSent.class);
        assertFalse(result.isSuccess());
        assertNull(result.getMessageId());
        assertEquals("device not connected or not found", result.getGatewayMessage());
        assertEquals(Boolean.FALSE, exchange.getMessage().getHeader(WhacenterConstants.SUCCESS));
    }
}
