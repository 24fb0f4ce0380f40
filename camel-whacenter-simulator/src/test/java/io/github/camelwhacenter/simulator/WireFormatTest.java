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
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bytes on the wire: headers, chunking, gzip, escaping, as the gateway's nginx serves them. */
class WireFormatTest extends SimulatorTestSupport {

    @Test
    void jsonIsServedAsHtmlUtf8WithTheNginxServerHeader() {
        HttpResponse<byte[]> response = client.get("statusDevice", "device_id", "dev-1");

        assertEquals(200, response.statusCode());
        assertEquals("text/html; charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nginx/1.18.0 (Ubuntu)", response.headers().firstValue("Server").orElseThrow());
        assertFalse(response.headers().firstValue("Content-Encoding").isPresent(), "no gzip unless asked for");
    }

    @Test
    void answersAreGzippedWhenTheClientAcceptsGzip() {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(client.uri("statusDevice", "device_id", "dev-1"))
                .header("Accept-Encoding", "gzip, deflate, br"));

        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElseThrow());
        assertEquals(0x1f, response.body()[0] & 0xff, "gzip magic number");
        assertEquals(0x8b, response.body()[1] & 0xff, "gzip magic number");
        assertEquals("{\"status\":true,\"message\":\"success get device status\",\"data\":{\"status\":\"CONNECTED\","
                + "\"nomor\":\"6281234567890\",\"nama\":\"shop\",\"qr\":\"done\"}}", GatewayClient.text(response));
    }

    @Test
    void gzipUnaskedCompressesAnswersUntilReset() {
        simulator.setGzipUnasked(true);
        HttpResponse<byte[]> unasked = client.get("statusDevice", "device_id", "dev-1");
        simulator.reset();
        HttpResponse<byte[]> afterReset = client.get("statusDevice", "device_id", "dev-1");

        assertEquals("gzip", unasked.headers().firstValue("Content-Encoding").orElseThrow());
        assertTrue(GatewayClient.text(unasked).startsWith("{\"status\":true"));
        assertFalse(afterReset.headers().firstValue("Content-Encoding").isPresent());
    }

    @Test
    void gzipRefusedWithQualityZeroIsNotUsed() {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(client.uri("statusDevice", "device_id", "dev-1"))
                .header("Accept-Encoding", "gzip;q=0, identity"));

        assertFalse(response.headers().firstValue("Content-Encoding").isPresent());
        assertTrue(GatewayClient.text(response).startsWith("{\"status\":true"));
    }

    @Test
    void answersAreChunkedWithoutContentLength() throws IOException {
        String head = rawExchange("GET /api/statusDevice?device_id=dev-1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .toLowerCase(Locale.ROOT);

        assertTrue(head.startsWith("http/1.1 200 ok\r\n"), head);
        assertTrue(head.contains("\r\ntransfer-encoding: chunked\r\n"), head);
        assertFalse(head.contains("content-length"), head);
    }

    @Test
    void slashesAndNonAsciiAreEscapedLikePhpJsonEncode() {
        client.get("setWebhook", "device_id", "dev-1", "webhook", "http://127.0.0.1:1/hook?n=é");

        String answer = GatewayClient.text(client.get("getWebhook", "device_id", "dev-1"));

        assertEquals("{\"status\":true,\"message\":\"success get webhook\",\"data\":"
                + "{\"webhook\":\"http:\\/\\/127.0.0.1:1\\/hook?n=\\u00e9\"}}", answer);
    }

    @Test
    void unknownPathsGetNginxNotFoundPage() {
        HttpResponse<byte[]> response = client.get("sendSticker", "device_id", "dev-1");

        assertEquals(404, response.statusCode());
        assertEquals("text/html; charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(GatewayClient.text(response).contains("<title>404 Not Found</title>"));
        assertTrue(GatewayClient.text(response).contains("nginx"));
    }

    @Test
    void pathsOutsideTheApiAreNotFoundToo() {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + simulator.port() + "/statusDevice?device_id=dev-1")));

        assertEquals(404, response.statusCode());
        assertEquals("/statusDevice", simulator.requests().get(0).path());
    }

    @Test
    void oneKeepAliveConnectionServesManyRequests() throws IOException {
        String request = "GET /api/statusDevice?device_id=dev-1 HTTP/1.1\r\nHost: localhost\r\n\r\n";
        String last = "GET /api/statusDevice?device_id=nope HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";

        String all = rawExchange(request + request + last);

        assertEquals(3, all.split("HTTP/1.1 200 OK", -1).length - 1, all);
        assertTrue(all.contains("device not connected or not found"), all);
        assertEquals(3, simulator.requests("statusDevice").size());
    }

    @Test
    void headGetsTheHeadersOnly() {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(client.uri("statusDevice", "device_id", "dev-1"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertEquals(200, response.statusCode());
        assertEquals("text/html; charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(0, response.body().length);
    }

    @Test
    void qrIsARawPngNotJson() {
        HttpResponse<byte[]> response = client.get("qr", "device_id", "dev-1");

        assertEquals("image/png", response.headers().firstValue("Content-Type").orElseThrow());
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        assertArrayEquals(signature, java.util.Arrays.copyOf(response.body(), 8));
    }

    /** Sends raw bytes and reads until the server closes, with a timeout so a mistake cannot hang the build. */
    private String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", simulator.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
