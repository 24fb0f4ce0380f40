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
package io.github.camelwhacenter.springboot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.model.WhacenterMessageSent;
import io.github.camelwhacenter.simulator.FetchedFile;
import io.github.camelwhacenter.simulator.SentMessage;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.component.platform.http.springboot.SpringBootPlatformHttpEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files sent as bytes in a Spring Boot application with camel-platform-http-starter: the component publishes them on
 * Spring Boot's own servlet container (Tomcat), through platform-http's servlet binding rather than the Vert.x engine
 * WhacenterSendFileTest runs on, and the gateway simulator fetches each send's file URL as the gateway does. The media
 * options come from {@code camel.component.whacenter.*} properties and the endpoints. Real HTTP on loopback, the
 * test's own requests over HTTP/1.1.
 */
@SpringBootTest(classes = WhacenterTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
                properties = { "server.address=127.0.0.1",
                               "camel.component.whacenter.media-max-memory=" + WhacenterSendFileSpringBootTest.MAX_MEMORY })
@DirtiesContext
class WhacenterSendFileSpringBootTest {

    static final String NUMBER = "6281234567890";
    /** Files over it are spilled to disk and streamed from there, the smaller ones from memory. */
    static final int MAX_MEMORY = 64 * 1024;

    @TempDir
    static Path spill;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;
    @Autowired
    private CamelContext camelContext;
    @Autowired
    private ProducerTemplate template;
    @Autowired
    private WhacenterSimulator simulator;

    @DynamicPropertySource
    static void spillDirectory(DynamicPropertyRegistry registry) {
        registry.add("camel.component.whacenter.media-spill-directory", spill::toString);
    }

    @BeforeEach
    void forgetEarlierSends() {
        simulator.reset();
    }

    /** The send endpoint, the gateway fetching its files from the port Spring Boot's server got. */
    private String send(String options) {
        return "whacenter:send?number=" + NUMBER + "&mediaPublicUrl=http://127.0.0.1:" + port + options;
    }

    private static byte[] pdf(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, bytes, 0, 9);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private Exchange sendFile(String uri, byte[] body, String fileName) {
        return template.request(uri, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeader(Exchange.FILE_NAME, fileName);
            exchange.getMessage().setHeader(WhacenterConstants.CAPTION, "your invoice");
        });
    }

    private FetchedFile onlyFetch() {
        List<FetchedFile> fetched = simulator.fetchedFiles();
        assertEquals(1, fetched.size(), fetched.toString());
        return fetched.get(0);
    }

    private static HttpResponse<byte[]> fetch(String method, String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<Path> spilled() throws IOException {
        try (Stream<Path> files = Files.list(spill)) {
            return files.toList();
        }
    }

    /** The header's value, which the binding must have written once. */
    private static String header(HttpResponse<?> response, String name) {
        List<String> values = response.headers().allValues(name);
        assertTrue(values.size() <= 1, name + ": " + values);
        return values.isEmpty() ? null : values.get(0);
    }

    @Test
    void theFilesAreServedBySpringBootsServletContainer() {
        PlatformHttpComponent platformHttp = camelContext.getComponent("platform-http", PlatformHttpComponent.class);

        assertInstanceOf(SpringBootPlatformHttpEngine.class, platformHttp.getEngine());
    }

    @Test
    void aPdfFromBytesIsFetchedOnceExactlyThenGone() throws Exception {
        byte[] invoice = pdf(200 * 1024, 1);

        Exchange done = sendFile(send(""), invoice, "invoice.pdf");

        assertNull(done.getException());
        assertInstanceOf(WhacenterMessageSent.class, done.getMessage().getBody());
        FetchedFile fetched = onlyFetch();
        assertTrue(fetched.isFetched(), fetched.toString());
        assertEquals(sha256(invoice), fetched.sha256());
        assertEquals(invoice.length, fetched.size());
        assertEquals("application/pdf", fetched.contentType());
        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(1, sent.size(), sent.toString());
        assertEquals(fetched.url(), sent.get(0).file());
        assertEquals("your invoice", sent.get(0).message());
        assertTrue(fetched.url().startsWith("http://127.0.0.1:" + port + "/whacenter/media/"), fetched.url());

        assertEquals(404, fetch("GET", fetched.url()).statusCode(), "used up after its one fetch");
        assertEquals(404, fetch("HEAD", fetched.url()).statusCode());
        // released once the binding has written the answer, which may be just after the fetch has read it all
        await().atMost(Duration.ofSeconds(20)).until(() -> spilled().isEmpty());
    }

    @Test
    void headAnswersTheHeadersAndAGetTheBytesUntilUsedUp() throws Exception {
        byte[] invoice = pdf(50_000, 2);
        sendFile(send("&mediaMaxFetches=2"), invoice, "invoice.pdf");
        String url = onlyFetch().url();

        HttpResponse<byte[]> head = fetch("HEAD", url);
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals("50000", header(head, "Content-Length"));
        assertEquals("application/pdf", header(head, "Content-Type"));
        assertEquals("no-store", header(head, "Cache-Control"));
        assertEquals("attachment; filename=\"invoice.pdf\"; filename*=UTF-8''invoice.pdf",
                header(head, "Content-Disposition"));
        assertEquals("nosniff", header(head, "X-Content-Type-Options"));

        HttpResponse<byte[]> get = fetch("GET", url);
        assertEquals(200, get.statusCode());
        assertEquals(sha256(invoice), sha256(get.body()));
        assertEquals("50000", header(get, "Content-Length"));
        assertNull(header(get, "Transfer-Encoding"), "sent with its length, not chunked");
        assertEquals("application/pdf", header(get, "Content-Type"));
        assertEquals("no-store", header(get, "Cache-Control"));
        assertEquals(404, fetch("GET", url).statusCode(), "the second GET was its last");
    }

    @Test
    void aWrongTokenIsNotFoundAndTakesNoFetchOfASpilledFile() throws Exception {
        byte[] file = pdf(100_000, 3);
        sendFile(send("&mediaMaxFetches=2"), file, "a.pdf");
        String url = onlyFetch().url();
        assertEquals(1, spilled().size(), "over mediaMaxMemory, so on disk");
        String token = url.substring(url.lastIndexOf('/') + 1);
        String wrong = url.substring(0, url.length() - 1) + (token.endsWith("A") ? "B" : "A");

        assertEquals(404, fetch("GET", wrong).statusCode());
        assertEquals(404, fetch("HEAD", wrong).statusCode());
        assertEquals(404, fetch("GET", "http://127.0.0.1:" + port + "/whacenter/media/").statusCode());
        assertEquals(404, fetch("GET", url + "/more").statusCode());
        HttpResponse<byte[]> get = fetch("GET", url);
        assertEquals(200, get.statusCode(), "still there for its one fetch left");
        assertEquals(sha256(file), sha256(get.body()));
        assertEquals("100000", header(get, "Content-Length"));
        await().atMost(Duration.ofSeconds(20)).until(() -> spilled().isEmpty());
    }
}
