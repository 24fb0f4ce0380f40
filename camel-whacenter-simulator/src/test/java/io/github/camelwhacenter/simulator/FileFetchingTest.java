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

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A send that carries a {@code file} URL: the simulator fetches it before it answers, as the gateway does, and records
 * what it got; from loopback only.
 */
class FileFetchingTest extends SimulatorTestSupport {

    private final byte[] pdf = new byte[200 * 1024];
    private final AtomicInteger gets = new AtomicInteger();
    private HttpServer files;

    @BeforeEach
    void serveAFile() throws Exception {
        new Random(7).nextBytes(pdf);
        files = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        files.createContext("/invoice.pdf", exchange -> {
            gets.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/pdf");
            exchange.sendResponseHeaders(200, pdf.length);
            exchange.getResponseBody().write(pdf);
            exchange.close();
        });
        files.start();
    }

    @AfterEach
    void stopServing() {
        files.stop(0);
    }

    @Test
    void aSendWithAFileOnLoopbackFetchesItOnceBeforeItIsAnswered() throws Exception {
        String url = "http://127.0.0.1:" + files.getAddress().getPort() + "/invoice.pdf";
        long id = GatewayClient.id(client.postForm("send", "device_id", "dev-1", "number", "6281200000001",
                "message", "your invoice", "file", url));

        List<FetchedFile> fetched = simulator.fetchedFiles();
        assertEquals(1, fetched.size(), fetched::toString);
        FetchedFile file = fetched.get(0);
        assertEquals(id, file.messageId());
        assertTrue(file.isFetched(), file::toString);
        assertEquals(pdf.length, file.size());
        assertEquals("application/pdf", file.contentType());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), file.sha256());
        assertEquals(1, gets.get(), "fetched once");
        assertEquals(url, simulator.sentMessages("dev-1").get(0).file());
    }

    @Test
    void aFileElsewhereIsRecordedAsNotFetchedAndAMissingOneWithItsStatus() {
        client.postForm("send", "device_id", "dev-1", "number", "6281200000001", "message", "m",
                "file", "https://files.example.com/invoice.pdf");
        client.postForm("send", "device_id", "dev-1", "number", "6281200000001", "message", "m",
                "file", "http://127.0.0.1:" + files.getAddress().getPort() + "/missing.pdf");

        List<FetchedFile> fetched = simulator.fetchedFiles();
        assertEquals(2, fetched.size());
        assertFalse(fetched.get(0).isFetched());
        assertEquals(0, fetched.get(0).status());
        assertTrue(fetched.get(0).failure().contains("loopback only"), fetched.get(0).failure());
        assertEquals(404, fetched.get(1).status());
        assertFalse(fetched.get(1).isFetched());
        assertNull(fetched.get(1).failure());

        simulator.reset();
        assertEquals(List.of(), simulator.fetchedFiles());
    }

    @Test
    void theMediaOfAnIncomingMessageIsServedAsTheGatewayServesIt() throws Exception {
        byte[] png = new byte[30_000];
        new Random(8).nextBytes(png);
        String url = simulator.serveMedia(png, "image/png", "chart.png");
        assertTrue(url.startsWith(simulator.baseUrl() + "/media?path="), url);
        assertEquals(IncomingMessage.media("6281200000001", "the chart", url).media(), url);

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(URI.create(url))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals(String.valueOf(png.length), head.headers().firstValue("Content-Length").orElse(""));
        assertEquals(0, simulator.mediaFetches(url), "a HEAD is no fetch");

        HttpResponse<byte[]> get = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, get.statusCode());
        assertArrayEquals(png, get.body());
        assertEquals("image/png", get.headers().firstValue("Content-Type").orElse(""));
        assertEquals(1, simulator.mediaFetches(url));

        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/media?path=nothing")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        simulator.reset();
        assertEquals(-1, simulator.mediaFetches(url), "forgotten by reset");
    }
}
