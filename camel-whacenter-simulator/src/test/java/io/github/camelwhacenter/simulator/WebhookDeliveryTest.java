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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** deliverIncoming: what a webhook receiver gets, in both formats, and what the caller learns. */
class WebhookDeliveryTest extends SimulatorTestSupport {

    private static final LocalDateTime AT = LocalDateTime.of(2021, 10, 10, 11, 49, 50);

    private WebhookReceiver receiver;
    private SimulatedDevice device;

    /** dev-1 with the number of the gateway's captured webhook posts, its webhook a receiver of this test's. */
    @BeforeEach
    void receiver() {
        receiver = new WebhookReceiver(200, "ok");
        device = simulator.addDevice("dev-1", "6285156108635", "shop");
        device.setWebhookUrl(receiver.url("/hook/s3cret"));
    }

    @AfterEach
    void closeReceiver() {
        receiver.close();
    }

    @Test
    void collectionFormatIsTheCollectionExampleByteForByte() {
        WebhookDelivery delivery = simulator.deliverIncoming("dev-1", IncomingMessage.media("6285603051722", "help", "url")
                .timestamp(AT).format(WebhookFormat.COLLECTION));

        assertEquals(new WebhookDelivery(200, "ok"), delivery);
        WebhookReceiver.Received received = receiver.received().get(0);
        assertEquals("POST", received.method());
        assertEquals("/hook/s3cret", received.path());
        assertEquals("application/json", received.contentType());
        assertEquals("{\n  \n  \"from\": \"6285603051722\",\n  \"to\": \"6285156108635\",\n  \"message\": \"help\",\n"
                + "  \"media\": \"url\",\n  \"timestamp\": \"2021-10-10 11:49:50\",\n\n}", received.text());
    }

    @Test
    void observedFormatIsTheDefaultWithAllCapturedFields() {
        simulator.deliverIncoming("dev-1", IncomingMessage.text("087754446580", "help").pushName("Budi").timestamp(AT));

        assertEquals("{\"pushName\":\"Budi\",\"from\":\"087754446580\",\"to\":\"6285156108635\",\"message_type\":\"text\","
                + "\"message\":\"help\",\"media\":\"\",\"is_group\":false,\"id_group\":\"\",\"timestamp\":\"2021-10-10 11:49:50\","
                + "\"source\":\"WHACENTER\",\"ad_reply\":null}", receiver.received().get(0).text());
    }

    @Test
    void groupMediaMessageFromAnAd() {
        simulator.deliverIncoming("dev-1", IncomingMessage.media("0877", "lihat", "https://api.whacenter.com/api/media?path=a.jpe")
                .group("120363025246125244@g.us").adReply("ad", "123", "https://fb.test/ad").timestamp(AT));

        String body = receiver.received().get(0).text();
        assertTrue(body.contains("\"message_type\":\"media\",\"message\":\"lihat\",\"media\":\"https://api.whacenter.com/api/media?path=a.jpe\""), body);
        assertTrue(body.contains("\"is_group\":true,\"id_group\":\"120363025246125244@g.us\""), body);
        assertTrue(body.endsWith("\"ad_reply\":{\"source_type\":\"ad\",\"source_id\":\"123\",\"source_url\":\"https://fb.test/ad\"}}"), body);
    }

    @Test
    void liveLocationCarriesLatLngAsMessage() {
        simulator.deliverIncoming("dev-1", IncomingMessage.liveLocation("0877", -6.2, 106.816666).timestamp(AT));

        String body = receiver.received().get(0).text();
        assertTrue(body.contains("\"message_type\":\"live-location\",\"message\":\"-6.2,106.816666\""), body);
    }

    @Test
    void textIsUtf8AndEscapedOnlyWhereJsonRequires() {
        simulator.deliverIncoming("dev-1", IncomingMessage.text("0877", "café \"😀\"\n\\").timestamp(AT));

        assertTrue(receiver.received().get(0).text().contains("\"message\":\"café \\\"😀\\\"\\n\\\\\""),
                receiver.received().get(0).text());
    }

    @Test
    void receiverErrorsAreReportedNotThrown() {
        try (WebhookReceiver failing = new WebhookReceiver(500, "boom")) {
            device.setWebhookUrl(failing.url("/"));

            assertEquals(new WebhookDelivery(500, "boom"), simulator.deliverIncoming("dev-1", IncomingMessage.text("0877", "x")));
        }
    }

    @Test
    void unreachableReceiverGivesMinusOne() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        device.setWebhookUrl("http://127.0.0.1:" + closedPort + "/hook");

        WebhookDelivery delivery = simulator.deliverIncoming("dev-1", IncomingMessage.text("0877", "x"));

        assertEquals(-1, delivery.statusCode());
        assertFalse(delivery.isSuccessful());
        assertTrue(delivery.responseBody().contains("Connect"), delivery.responseBody());
    }

    @Test
    void invalidUrlGivesMinusOne() {
        device.setWebhookUrl("ftp://127.0.0.1/hook");

        assertEquals(-1, simulator.deliverIncoming("dev-1", IncomingMessage.text("0877", "x")).statusCode());
    }

    @Test
    void webhookSetThroughTheApiIsUsed() {
        device.setWebhookUrl(null);
        new GatewayClient(simulator).get("setWebhook", "device_id", "dev-1", "webhook", receiver.url("/via-api"));

        simulator.deliverIncoming("dev-1", IncomingMessage.text("0877", "x"));

        assertEquals("/via-api", receiver.received().get(0).path());
    }

    @Test
    void unknownDeviceOrMissingWebhookIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> simulator.deliverIncoming("nope", IncomingMessage.text("0877", "x")));
        device.setWebhookUrl(null);
        assertThrows(IllegalStateException.class, () -> simulator.deliverIncoming("dev-1", IncomingMessage.text("0877", "x")));
        assertTrue(receiver.received().isEmpty());
    }
}
