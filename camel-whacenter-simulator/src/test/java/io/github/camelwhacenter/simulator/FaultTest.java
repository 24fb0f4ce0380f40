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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every fault kind, how faults are queued and consumed, and what a faulted request leaves behind. */
class FaultTest extends SimulatorTestSupport {

    private static final String CONNECTED_STATUS = "{\"status\":true,\"message\":\"success get device status\",\"data\":"
            + "{\"status\":\"CONNECTED\",\"nomor\":\"6281234567890\",\"nama\":\"shop\",\"qr\":\"done\"}}";

    @Test
    void statusFalseLooksLikeAGatewayFailureAndSendsNothing() {
        simulator.enqueueFault(Fault.statusFalse("server sibuk"));

        HttpResponse<byte[]> response = send("hai");

        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":false,\"message\":\"server sibuk\",\"data\":[]}", GatewayClient.text(response));
        assertTrue(simulator.sentMessages("dev-1").isEmpty(), "a faulted send is not sent");
        assertEquals(1, simulator.requests("send").size(), "but it is recorded");
        assertEquals("hai", simulator.requests("send").get(0).field("message"));
    }

    @Test
    void httpStatusAnswersThatStatusAndBody() {
        simulator.enqueueFault(Fault.httpStatus(502, "<html>bad gateway</html>"));
        simulator.enqueueFault(Fault.httpStatus(503, ""));

        HttpResponse<byte[]> first = send("a");
        HttpResponse<byte[]> second = send("b");

        assertEquals(502, first.statusCode());
        assertEquals("<html>bad gateway</html>", GatewayClient.text(first));
        assertEquals("text/html; charset=UTF-8", first.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(503, second.statusCode());
        assertEquals(0, second.body().length);
        assertTrue(simulator.sentMessages("dev-1").isEmpty());
    }

    @Test
    void largeBodyStreamsThatManyBytesCompressedWhenForced() throws Exception {
        simulator.enqueueFault(Fault.largeBody(3_000_000));
        simulator.enqueueFault(Fault.largeBody(3_000_000));

        HttpResponse<byte[]> plain = send("a");
        simulator.setGzipUnasked(true);
        HttpResponse<byte[]> bomb = send("b");

        assertEquals(200, plain.statusCode());
        assertEquals(3_000_000, plain.body().length);
        assertEquals("gzip", bomb.headers().firstValue("Content-Encoding").orElseThrow());
        assertTrue(bomb.body().length < 30_000, "compressed to " + bomb.body().length + " bytes");
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bomb.body()))) {
            assertEquals(3_000_000, in.readAllBytes().length);
        }
    }

    @Test
    void httpStatusMayCarryRetryAfter() {
        simulator.enqueueFault(Fault.httpStatus(429, "slow down", java.time.Duration.ofSeconds(7)));

        HttpResponse<byte[]> response = send("a");

        assertEquals(429, response.statusCode());
        assertEquals("7", response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(send("b").headers().firstValue("Retry-After").isEmpty(), "only the faulted answer has it");
    }

    @Test
    void malformedBodyIsAnHtmlPageWithStatus200() {
        simulator.enqueueFault(Fault.malformedBody());

        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(client.uri("statusDevice", "device_id", "dev-1"))
                .header("Accept-Encoding", "gzip"));

        assertEquals(200, response.statusCode());
        assertEquals("text/html; charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow());
        String body = GatewayClient.text(response);
        assertTrue(body.startsWith("<html>") && body.contains("502 Bad Gateway"), body);
    }

    @Test
    void emptyBodyHasNoBytesAtAll() {
        simulator.enqueueFault(Fault.emptyBody());

        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(client.uri("statusDevice", "device_id", "dev-1"))
                .header("Accept-Encoding", "gzip"));

        assertEquals(200, response.statusCode());
        assertEquals(0, response.body().length);
        assertEquals("text/html; charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(response.headers().firstValue("Content-Encoding").isPresent());
    }

    @Test
    void dropConnectionClosesWithoutAnyResponseByte() throws IOException {
        simulator.enqueueFault("send", Fault.dropConnection());
        String body = "device_id=dev-1&number=0856&message=hai";

        try (Socket socket = new Socket("127.0.0.1", simulator.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/send HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();

            assertEquals(-1, in.read(), "end of stream before any byte");
        }
        assertTrue(simulator.sentMessages("dev-1").isEmpty());
        assertEquals(1, simulator.requests("send").size());
        assertEquals(0, simulator.pendingFaults());
    }

    @Test
    void dropConnectionFailsAnHttpClientPost() {
        simulator.enqueueFault(Fault.dropConnection());

        assertThrows(java.io.UncheckedIOException.class, () -> send("hai"));

        assertTrue(GatewayClient.text(send("again")).startsWith("{\"status\":true"), "the next request is served");
        assertEquals(List.of("again"), simulator.sentMessages("dev-1").stream().map(SentMessage::message).toList());
    }

    @Test
    void delayedAnswerArrivesLateButNormal() {
        simulator.enqueueFault(Fault.delay(Duration.ofMillis(150)));

        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.get("statusDevice", "device_id", "dev-1");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(CONNECTED_STATUS, GatewayClient.text(response));
        assertTrue(took.toMillis() >= 150, "took " + took);
    }

    @Test
    void aDelayedSendHasAlreadyHappenedWhenTheClientGivesUp() {
        simulator.enqueueFault("send", Fault.delay(Duration.ofSeconds(30)));
        HttpRequest request = HttpRequest.newBuilder(client.uri("send"))
                .timeout(Duration.ofMillis(300))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("device_id=dev-1&number=0856&message=maybe"))
                .build();

        assertThrows(HttpTimeoutException.class, () -> client.http.send(request, HttpResponse.BodyHandlers.ofString()));

        assertEquals(List.of("maybe"), simulator.sentMessages("dev-1").stream().map(SentMessage::message).toList());
    }

    @Test
    void pathSpecificFaultsWaitForTheirPath() {
        simulator.enqueueFault("send", Fault.statusFalse("only for send"));

        assertEquals(CONNECTED_STATUS, GatewayClient.text(client.get("statusDevice", "device_id", "dev-1")));
        assertEquals(1, simulator.pendingFaults());
        assertEquals("{\"status\":false,\"message\":\"only for send\",\"data\":[]}", GatewayClient.text(send("x")));
        assertEquals(0, simulator.pendingFaults());
    }

    @Test
    void faultsAreConsumedInOrderOnePerRequest() {
        simulator.enqueueFault(Fault.statusFalse("first"));
        simulator.enqueueFault(Fault.statusFalse("second"));

        assertEquals("{\"status\":false,\"message\":\"first\",\"data\":[]}", GatewayClient.text(client.get("statusDevice", "device_id", "dev-1")));
        assertEquals("{\"status\":false,\"message\":\"second\",\"data\":[]}", GatewayClient.text(client.get("getWebhook", "device_id", "dev-1")));
        assertEquals(CONNECTED_STATUS, GatewayClient.text(client.get("statusDevice", "device_id", "dev-1")));
    }

    @Test
    void anOlderPathFaultIsSkippedByAnotherPathButKeepsItsTurn() {
        simulator.enqueueFault("send", Fault.statusFalse("for send"));
        simulator.enqueueFault(Fault.statusFalse("for anything"));

        assertEquals("{\"status\":false,\"message\":\"for anything\",\"data\":[]}", GatewayClient.text(client.get("statusDevice", "device_id", "dev-1")));
        assertEquals("{\"status\":false,\"message\":\"for send\",\"data\":[]}", GatewayClient.text(send("x")));
    }

    @Test
    void faultsApplyToUnknownPathsAndQrToo() {
        simulator.enqueueFault(Fault.statusFalse("busy"));
        simulator.enqueueFault(Fault.statusFalse("busy"));

        assertEquals(200, client.get("nope").statusCode());
        HttpResponse<byte[]> qr = client.get("qr", "device_id", "dev-1");
        assertEquals("text/html; charset=UTF-8", qr.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(0, simulator.pendingFaults());
    }

    @Test
    void faultedRelogDoesNotChangeTheDevice() {
        simulator.enqueueFault(Fault.httpStatus(500, "oops"));

        client.postForm("relogDevice", "device_id", "dev-1");

        assertTrue(simulator.device("dev-1").isConnected());
    }

    @Test
    void invalidFaultsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Fault.httpStatus(100, ""));
        assertThrows(IllegalArgumentException.class, () -> Fault.delay(Duration.ofMillis(-1)));
        assertThrows(NullPointerException.class, () -> Fault.statusFalse(null));
    }

    private HttpResponse<byte[]> send(String message) {
        return client.postForm("send", "device_id", "dev-1", "number", "0856", "message", message);
    }
}
