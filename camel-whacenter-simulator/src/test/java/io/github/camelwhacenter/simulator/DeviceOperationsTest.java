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

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** statusDevice, qr, getWebhook, setWebhook, relogDevice and sendButton. */
class DeviceOperationsTest extends SimulatorTestSupport {

    private static final String DEVICE_NOT_FOUND = "{\"status\":false,\"message\":\"device not connected or not found\",\"data\":[]}";

    private SimulatedDevice device;

    /** dev-1 as the gateway's captured answers have it, in place of the support's. */
    @BeforeEach
    void capturedDevice() {
        device = simulator.addDevice("dev-1", "083894904575", "axis");
    }

    @Test
    void statusOfAConnectedDevice() {
        assertEquals("{\"status\":true,\"message\":\"success get device status\",\"data\":{\"status\":\"CONNECTED\","
                + "\"nomor\":\"083894904575\",\"nama\":\"axis\",\"qr\":\"done\"}}", body(client.get("statusDevice", "device_id", "dev-1")));
    }

    @Test
    void statusOfADisconnectedDeviceStillAnswers() {
        device.setConnected(false);
        device.setQrState(SimulatedDevice.QR_TIMEOUT);

        assertEquals("{\"status\":true,\"message\":\"success get device status\",\"data\":{\"status\":\"NOT CONNECTED\","
                + "\"nomor\":\"083894904575\",\"nama\":\"axis\",\"qr\":\"timeout\"}}", body(client.get("statusDevice", "device_id", "dev-1")));
    }

    @Test
    void unknownOrMissingDeviceIdFails() {
        assertEquals(DEVICE_NOT_FOUND, body(client.get("statusDevice", "device_id", "nope")));
        assertEquals(DEVICE_NOT_FOUND, body(client.get("statusDevice")));
        assertEquals(DEVICE_NOT_FOUND, body(client.get("getWebhook", "device_id", "nope")));
        assertEquals(DEVICE_NOT_FOUND, body(client.postForm("relogDevice", "device_id", "nope")));
    }

    @Test
    void webhookIsEmptyUntilSetThenStored() {
        assertEquals("{\"status\":true,\"message\":\"success get webhook\",\"data\":{\"webhook\":\"\"}}",
                body(client.get("getWebhook", "device_id", "dev-1")));

        String set = body(client.get("setWebhook", "device_id", "dev-1", "webhook", "https://example.test/hook"));

        assertEquals("{\"status\":true,\"message\":\"success set webhook\",\"data\":{\"webhook\":\"https:\\/\\/example.test\\/hook\"}}", set);
        assertEquals("https://example.test/hook", device.webhookUrl());
        assertEquals("{\"status\":true,\"message\":\"success get webhook\",\"data\":{\"webhook\":\"https:\\/\\/example.test\\/hook\"}}",
                body(client.get("getWebhook", "device_id", "dev-1")));
    }

    @Test
    void setWebhookWithoutUrlClearsIt() {
        device.setWebhookUrl("https://example.test/hook");

        body(client.get("setWebhook", "device_id", "dev-1"));

        assertNull(device.webhookUrl());
    }

    @Test
    void webhookOperationsWorkForADisconnectedDevice() {
        device.setConnected(false);

        assertTrue(body(client.get("setWebhook", "device_id", "dev-1", "webhook", "https://a.test/")).startsWith("{\"status\":true"));
        assertEquals("https://a.test/", device.webhookUrl());
    }

    @Test
    void relogDisconnectsTheDeviceWithAFreshPairingString() {
        String relog = body(client.postMultipart("relogDevice", "device_id", "dev-1"));

        assertEquals("{\"status\":true,\"message\":\"berhasil relog device\",\"data\":[]}", relog);
        assertFalse(device.isConnected());
        assertTrue(device.qrState().startsWith("2@"), device.qrState());
        assertTrue(body(client.get("statusDevice", "device_id", "dev-1")).contains("\"status\":\"NOT CONNECTED\""));
    }

    @Test
    void relogByGetRecoversATimedOutDevice() {
        device.setConnected(false);
        device.setQrState(SimulatedDevice.QR_TIMEOUT);

        assertEquals("{\"status\":true,\"message\":\"berhasil relog device\",\"data\":[]}", body(client.get("relogDevice", "device_id", "dev-1")));
        String first = device.qrState();
        client.get("relogDevice", "device_id", "dev-1");

        assertNotEquals(SimulatedDevice.QR_TIMEOUT, first);
        assertNotEquals(first, device.qrState(), "each relog yields a new pairing string");
    }

    @Test
    void qrOfAPairingDeviceIsASquareCode() throws IOException {
        device.relog();

        BufferedImage image = png(client.get("qr", "device_id", "dev-1"));

        assertEquals(QrImages.PAIRING_SIZE, image.getWidth());
        assertEquals(QrImages.PAIRING_SIZE, image.getHeight());
        assertEquals(0x000000, image.getRGB(QrImages.PAIRING_SIZE / 8 + 2, QrImages.PAIRING_SIZE / 8 + 2) & 0xffffff,
                "finder pattern's dark corner");
    }

    @Test
    void qrIsUnavailableForConnectedTimedOutAndUnknownDevices() throws IOException {
        assertUnavailable(png(client.get("qr", "device_id", "dev-1")));
        device.setConnected(false);
        device.setQrState(SimulatedDevice.QR_TIMEOUT);
        assertUnavailable(png(client.get("qr", "device_id", "dev-1")));
        assertUnavailable(png(client.get("qr", "device_id", "nope")));
    }

    @Test
    void qrPatternDependsOnThePairingString() {
        device.setConnected(false);
        device.setQrState("2@first");
        byte[] first = client.get("qr", "device_id", "dev-1").body();
        device.setQrState("2@second");
        byte[] second = client.get("qr", "device_id", "dev-1").body();

        assertFalse(java.util.Arrays.equals(first, second));
    }

    @Test
    void sendButtonNoLongerWorks() {
        assertEquals("{\"status\":false,\"message\":\"SEND BUTTON SUDAH TIDAK BISA DIGUNAKAN\",\"data\":[]}",
                body(client.postMultipart("sendButton", "device_id", "dev-1", "number", "085808980003",
                        "message", "hai", "button", "tes,halo,hai")));
        assertTrue(simulator.sentMessages("dev-1").isEmpty());
    }

    private static void assertUnavailable(BufferedImage image) {
        assertEquals(QrImages.UNAVAILABLE_WIDTH, image.getWidth());
        assertEquals(QrImages.UNAVAILABLE_HEIGHT, image.getHeight());
        boolean anyDark = false;
        for (int x = 0; x < image.getWidth() && !anyDark; x++) {
            for (int y = 0; y < image.getHeight() && !anyDark; y++) {
                anyDark = (image.getRGB(x, y) & 0xffffff) == 0;
            }
        }
        assertTrue(anyDark, "the text is drawn");
    }

    private static BufferedImage png(HttpResponse<byte[]> response) throws IOException {
        assertEquals("image/png", response.headers().firstValue("Content-Type").orElseThrow());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertTrue(image != null, "decodable PNG");
        return image;
    }

    private static String body(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode());
        return GatewayClient.text(response);
    }
}
