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

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The /_simulator/ endpoints a developer drives with curl. */
class ControlApiTest extends SimulatorTestSupport {

    @Test
    void listsRecordedRequestsAsJson() {
        client.postForm("send", "device_id", "dev-1", "number", "0856", "message", "a \"quoted\" text");
        client.get("statusDevice", "device_id", "dev-1");

        HttpResponse<byte[]> all = control("GET", "requests");
        String sends = GatewayClient.text(control("GET", "requests?path=send"));

        assertEquals("application/json; charset=UTF-8", all.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(GatewayClient.text(all).contains("\"path\":\"statusDevice\""));
        assertTrue(sends.startsWith("[{\"method\":\"POST\",\"path\":\"send\",\"fields\":{\"device_id\":\"dev-1\",\"number\":\"0856\","
                + "\"message\":\"a \\\"quoted\\\" text\"}"), sends);
        assertFalse(sends.contains("statusDevice"));
    }

    @Test
    void clearsRequests() {
        client.get("statusDevice", "device_id", "dev-1");

        assertEquals(200, control("DELETE", "requests").statusCode());

        assertTrue(simulator.requests().isEmpty());
    }

    @Test
    void addsDevicesAndChangesTheirState() {
        String added = GatewayClient.text(control("POST", "devices?device_id=dev-2&number=0811&name=toko"));
        assertEquals("{\"deviceId\":\"dev-2\",\"number\":\"0811\",\"name\":\"toko\",\"connected\":true,\"qr\":\"done\",\"webhook\":null}", added);

        control("POST", "devices/state?device_id=dev-2&connected=false&qr=timeout");

        assertFalse(simulator.device("dev-2").isConnected());
        assertEquals("timeout", simulator.device("dev-2").qrState());
        String listed = GatewayClient.text(control("GET", "devices"));
        assertTrue(listed.startsWith("[{\"deviceId\":\"dev-1\""), listed);
        assertTrue(listed.contains("{\"deviceId\":\"dev-2\",\"number\":\"0811\",\"name\":\"toko\",\"connected\":false,\"qr\":\"timeout\""), listed);
    }

    @Test
    void relogThroughStateGivesAPairingString() {
        control("POST", "devices/state?device_id=dev-1&relog=true");

        assertTrue(simulator.device("dev-1").qrState().startsWith("2@"));
    }

    @Test
    void listsSentMessages() {
        client.postForm("send", "device_id", "dev-1", "number", "0856", "message", "hai");

        String messages = GatewayClient.text(control("GET", "messages?device_id=dev-1"));

        assertTrue(messages.startsWith("[{\"id\":110864596,\"deviceId\":\"dev-1\",\"number\":\"0856\",\"group\":null,\"message\":\"hai\""), messages);
    }

    @Test
    void deliversAnIncomingMessageAndReportsTheOutcome() {
        try (WebhookReceiver receiver = new WebhookReceiver(202, "thanks")) {
            simulator.device("dev-1").setWebhookUrl(receiver.url("/in"));

            String outcome = GatewayClient.text(control("POST",
                    "incoming?device_id=dev-1&from=087754446580&message=help&pushName=Budi&timestamp=2025-07-21+08:27:56&format=collection"));

            assertEquals("{\"delivered\":true,\"webhook\":\"" + receiver.url("/in") + "\",\"statusCode\":202,\"responseBody\":\"thanks\"}", outcome);
            assertEquals("{\n  \n  \"from\": \"087754446580\",\n  \"to\": \"6281234567890\",\n  \"message\": \"help\",\n"
                    + "  \"media\": \"\",\n  \"timestamp\": \"2025-07-21 08:27:56\",\n\n}", receiver.received().get(0).text());
        }
    }

    @Test
    void incomingWithoutWebhookOrDeviceIsABadRequest() {
        HttpResponse<byte[]> noWebhook = control("POST", "incoming?device_id=dev-1&from=0877&message=x");
        HttpResponse<byte[]> noDevice = control("POST", "incoming?device_id=nope&from=0877&message=x");

        assertEquals(400, noWebhook.statusCode());
        assertTrue(GatewayClient.text(noWebhook).contains("no webhook URL"));
        assertEquals(400, noDevice.statusCode());
        assertEquals("{\"error\":\"unknown device: nope\"}", GatewayClient.text(noDevice));
    }

    @Test
    void queuesFaultsAndDelays() {
        assertEquals(200, control("POST", "faults?type=statusFalse&message=sibuk&path=send").statusCode());
        control("POST", "delay?millis=1");

        assertEquals("{\"status\":false,\"message\":\"sibuk\",\"data\":[]}",
                GatewayClient.text(client.postForm("send", "device_id", "dev-1", "number", "1", "message", "x")));
        assertEquals(Duration.ofMillis(1), simulator.responseDelay());
        assertEquals(400, control("POST", "faults?type=explode").statusCode());
        assertEquals(400, control("POST", "faults?type=httpStatus&status=abc").statusCode());
    }

    @Test
    void switchesUnaskedGzip() {
        assertEquals(200, control("POST", "gzip?unasked=true").statusCode());
        HttpResponse<byte[]> compressed = client.get("statusDevice", "device_id", "dev-1");
        assertEquals(200, control("POST", "gzip?unasked=false").statusCode());
        HttpResponse<byte[]> plain = client.get("statusDevice", "device_id", "dev-1");

        assertEquals("gzip", compressed.headers().firstValue("Content-Encoding").orElseThrow());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertEquals(400, control("POST", "gzip").statusCode());
    }

    @Test
    void unknownEndpointsAnswer404() {
        HttpResponse<byte[]> response = control("GET", "nothing-here");

        assertEquals(404, response.statusCode());
        assertTrue(GatewayClient.text(response).startsWith("{\"error\":"));
    }

    @Test
    void servesMediaAndListsTheFilesItFetched() throws Exception {
        byte[] pdf = "%PDF-1.4 a tiny file".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String data = java.net.URLEncoder.encode(java.util.Base64.getEncoder().encodeToString(pdf),
                java.nio.charset.StandardCharsets.UTF_8);
        String served = GatewayClient.text(control("POST", "media?contentType=application/pdf&fileName=a.pdf&data=" + data));
        String url = served.substring(served.indexOf("\"url\":\"") + 7, served.indexOf("\",\"fetches\""));

        client.postForm("send", "device_id", "dev-1", "number", "0856", "message", "", "file", url);

        String files = GatewayClient.text(control("GET", "files"));
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
        assertTrue(files.contains("\"url\":\"" + url + "\",\"status\":200,\"size\":" + pdf.length
                + ",\"contentType\":\"application/pdf\",\"sha256\":\"" + sha256 + "\""), files);
        String fetches = GatewayClient.text(control("GET", "media?url=" + java.net.URLEncoder.encode(url,
                java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("{\"url\":\"" + url + "\",\"fetches\":1}", fetches);
        assertEquals(400, control("POST", "media?data=%25%25").statusCode());
    }

    private HttpResponse<byte[]> control(String method, String pathAndQuery) {
        return client.send(HttpRequest.newBuilder(URI.create(simulator.controlUrl() + "/" + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }
}
