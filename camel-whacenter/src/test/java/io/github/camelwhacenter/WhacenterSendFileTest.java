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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import io.github.camelwhacenter.media.MediaStore;
import io.github.camelwhacenter.model.WhacenterMessageSent;
import io.github.camelwhacenter.model.WhacenterRequest;
import io.github.camelwhacenter.simulator.FetchedFile;
import io.github.camelwhacenter.simulator.SentMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files sent as bytes over real HTTP: the component publishes them on the application's platform-http server (Vert.x,
 * as on Camel Main), the simulator fetches each send's file URL as the gateway does, and the test fetches it again.
 */
class WhacenterSendFileTest extends WebhookTestSupport {

    private static final String NUMBER = "6281234567890";
    private static final long MAX_MEMORY = 8L * 1024 * 1024;

    @TempDir
    static Path spill;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        WhacenterComponent component = context.getComponent("whacenter", WhacenterComponent.class);
        component.setMediaMaxMemory(MAX_MEMORY);
        component.setMediaSpillDirectory(spill.toString());
        context.getRegistry().bind("simulatorPublisher", (WhacenterMediaPublisher) file ->
                simulator.serveMedia(file.getStream().readAllBytes(), file.getContentType(), file.getFileName()));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String publicUrl = "mediaPublicUrl=" + url("");
                from("direct:send").to("whacenter:send?number=" + NUMBER + "&" + publicUrl);
                from("direct:twice").to("whacenter:send?number=" + NUMBER + "&mediaMaxFetches=2&" + publicUrl);
                from("direct:brief").to("whacenter:send?number=" + NUMBER + "&mediaMaxFetches=2&mediaExpiry=200&" + publicUrl);
                from("direct:small").to("whacenter:send?number=" + NUMBER + "&mediaMaxFileSize=1000&" + publicUrl);
                from("direct:unpublished").to("whacenter:send?number=" + NUMBER);
                from("direct:bean").to("whacenter:send?number=" + NUMBER + "&mediaPublisher=#bean:simulatorPublisher");
                from("direct:uri").to("whacenter:send?number=" + NUMBER + "&mediaPublisher=direct:publish");
                from("direct:publish").process(exchange -> exchange.getMessage().setBody(simulator.serveMedia(
                        exchange.getMessage().getBody(byte[].class), exchange.getMessage().getHeader(Exchange.CONTENT_TYPE,
                                String.class), exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class))));
            }
        };
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

    private Exchange sendFile(String uri, Object body, String fileName) {
        return template.request(uri, exchange -> {
            exchange.getMessage().setBody(body);
            if (fileName != null) {
                exchange.getMessage().setHeader(Exchange.FILE_NAME, fileName);
            }
            exchange.getMessage().setHeader(WhacenterConstants.CAPTION, "your invoice");
        });
    }

    private FetchedFile onlyFetch() {
        List<FetchedFile> fetched = simulator.fetchedFiles();
        assertEquals(1, fetched.size(), fetched.toString());
        return fetched.get(0);
    }

    private SentMessage onlySent() {
        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(1, sent.size(), sent.toString());
        return sent.get(0);
    }

    private HttpResponse<byte[]> fetch(String method, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private MediaStore store() {
        return context.getComponent("whacenter", WhacenterComponent.class).mediaServer().store();
    }

    @Test
    void aPdfFromBytesIsFetchedOnceExactlyThenGoneAndReleased() throws Exception {
        byte[] invoice = pdf(200 * 1024, 1);

        Exchange done = sendFile("direct:send", invoice, "invoices/2026-12/invoice-42.pdf");

        assertNull(done.getException());
        assertInstanceOf(WhacenterMessageSent.class, done.getMessage().getBody());
        FetchedFile fetched = onlyFetch();
        assertTrue(fetched.isFetched(), fetched.toString());
        assertEquals(sha256(invoice), fetched.sha256());
        assertEquals(invoice.length, fetched.size());
        assertEquals("application/pdf", fetched.contentType());
        SentMessage sent = onlySent();
        assertEquals(fetched.url(), sent.file());
        assertEquals("your invoice", sent.message());
        assertTrue(fetched.url().startsWith(url("/whacenter/media/")), fetched.url());

        assertEquals(404, fetch("GET", fetched.url()).statusCode(), "used up after its one fetch");
        assertEquals(404, fetch("HEAD", fetched.url()).statusCode());
        assertEquals(0, store().files());
        assertEquals(0, store().memoryHeld(), "the bytes are released once fetched");
        assertEquals(0, store().storeHeld());
    }

    @Test
    void noLogLineHoldsAToken() throws Exception {
        try (LogCapture logs = LogCapture.install()) {
            sendFile("direct:twice", pdf(30_000, 13), "a.pdf");
            String url = onlyFetch().url();
            fetch("GET", url);
            fetch("GET", url);
            String token = url.substring(url.lastIndexOf('/') + 1);

            // the component logs at DEBUG here; the simulator, the gateway's stand-in, may log what it was sent
            List<String> leaks = logs.lines().stream()
                    .filter(line -> line.contains(token) && !line.contains("camelwhacenter.simulator")).toList();
            assertEquals(List.of(), leaks);
        }
    }

    @Test
    void theDevConsoleShowsWhatIsHeldWithoutTokens() throws Exception {
        sendFile("direct:twice", pdf(30_000, 12), "a.pdf");
        String url = onlyFetch().url();

        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("whacenter");
        Map<?, ?> media = (Map<?, ?>) ((List<?>) ((Map<?, ?>) console.call(DevConsole.MediaType.JSON)).get("media")).get(0);
        assertEquals("/whacenter/media", media.get("path"));
        assertEquals(1, media.get("files"));
        assertEquals(30_000L, media.get("storedBytes"));
        String text = (String) console.call(DevConsole.MediaType.TEXT);
        assertTrue(text.contains("Published files path=/whacenter/media"), text);
        String token = url.substring(url.lastIndexOf('/') + 1);
        assertFalse(text.contains(token) || media.toString().contains(token), "a token is shown");
    }

    @Test
    void headAnswersTheHeadersAndAFetchTheBytesUntilUsedUp() throws Exception {
        byte[] invoice = pdf(50_000, 2);
        sendFile("direct:twice", invoice, "invoice.pdf");
        String url = onlyFetch().url();

        HttpResponse<byte[]> head = fetch("HEAD", url);
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals("50000", head.headers().firstValue("Content-Length").orElse(null));
        assertEquals("application/pdf", head.headers().firstValue("Content-Type").orElse(null));
        assertEquals("no-store", head.headers().firstValue("Cache-Control").orElse(null));
        assertEquals("attachment; filename=\"invoice.pdf\"; filename*=UTF-8''invoice.pdf",
                head.headers().firstValue("Content-Disposition").orElse(null));

        HttpResponse<byte[]> get = fetch("GET", url);
        assertEquals(200, get.statusCode());
        assertEquals(sha256(invoice), sha256(get.body()));
        assertEquals("no-store", get.headers().firstValue("Cache-Control").orElse(null));
        assertEquals(404, fetch("GET", url).statusCode(), "the second GET was its last");
    }

    @Test
    void aWrongTokenAnythingElseBelowThePathAndOtherMethodsAreRefused() throws Exception {
        sendFile("direct:twice", pdf(1000, 3), "a.pdf");
        String url = onlyFetch().url();
        String token = url.substring(url.lastIndexOf('/') + 1);
        String wrong = url.substring(0, url.length() - 1) + (token.endsWith("A") ? "B" : "A");

        assertEquals(404, fetch("GET", wrong).statusCode());
        assertEquals(404, fetch("GET", url("/whacenter/media/")).statusCode());
        assertEquals(404, fetch("GET", url + "/more").statusCode());
        assertEquals(404, fetch("GET", url("/whacenter/media")).statusCode());
        int post = fetch("POST", url).statusCode();
        assertTrue(post == 405 || post == 404, "a POST is not served: " + post);
        assertEquals(200, fetch("GET", url).statusCode(), "still there for its one fetch left");
    }

    @Test
    void anExpiredFileIsGone() throws Exception {
        sendFile("direct:brief", pdf(1000, 4), "a.pdf");
        String url = onlyFetch().url();
        // the rule itself is proven on a fake clock (MediaStoreTest); here the served URL follows it
        await().atMost(Duration.ofSeconds(20)).until(() -> fetch("GET", url).statusCode() == 404);
        await().atMost(Duration.ofSeconds(20)).until(() -> store().storeHeld() == 0);
    }

    @Test
    void fiftyFilesOfOneMegabyteAtOnceStayWithinTheMemoryCapAndLeaveNothingBehind() throws Exception {
        List<byte[]> files = new ArrayList<>();
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            byte[] bytes = pdf(1024 * 1024, 100 + i);
            files.add(bytes);
            String name = "report-" + i + ".pdf";
            sends.add(template.asyncSend("direct:send", exchange -> {
                exchange.getMessage().setBody(bytes);
                exchange.getMessage().setHeader(Exchange.FILE_NAME, name);
            }));
        }
        for (CompletableFuture<Exchange> send : sends) {
            Exchange done = send.get();
            assertNull(done.getException());
            assertTrue(store().memoryHeld() <= MAX_MEMORY, "held in memory: " + store().memoryHeld());
        }
        List<String> expected = new ArrayList<>();
        for (byte[] bytes : files) {
            expected.add(sha256(bytes));
        }
        List<String> got = simulator.fetchedFiles().stream().map(FetchedFile::sha256).toList();
        assertEquals(expected.stream().sorted().toList(), got.stream().sorted().toList());
        assertEquals(0, store().storeHeld());
        try (Stream<Path> left = Files.list(spill)) {
            assertEquals(List.of(), left.toList(), "the spilled files are deleted once fetched");
        }
    }

    @Test
    void aFileStreamAndAPathAreSentAsFiles() throws Exception {
        Path file = spill.resolveSibling(spill.getFileName() + "-chart.png");
        byte[] png = pdf(3000, 5);
        Files.write(file, png);
        try {
            sendFile("direct:send", file.toFile(), null);
            sendFile("direct:send", file, null);
            template.request("direct:send", exchange -> {
                exchange.getMessage().setBody(new ByteArrayInputStream(png));
                exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "image/png");
            });
        } finally {
            Files.delete(file);
        }
        List<FetchedFile> fetched = simulator.fetchedFiles();
        assertEquals(3, fetched.size(), fetched.toString());
        for (FetchedFile one : fetched) {
            assertEquals(sha256(png), one.sha256());
            assertEquals("image/png", one.contentType());
        }
    }

    @Test
    void aRequestCarriesItsOwnBytes() throws Exception {
        byte[] pdf = pdf(4000, 6);
        template.requestBody("direct:send", WhacenterRequest.file(NUMBER, pdf, "ticket.pdf", null, "your ticket"));

        assertEquals(sha256(pdf), onlyFetch().sha256());
        assertEquals("your ticket", onlySent().message());
    }

    @Test
    void bytesWithoutANameOrTypeAreStillMessageText() {
        template.requestBody("direct:unpublished", "hello".getBytes());

        assertEquals("hello", onlySent().message());
        assertEquals(List.of(), simulator.fetchedFiles());
    }

    @Test
    void aFileToAGroupFailsRatherThanSendItsBytesAsText() {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBodyAndHeader("whacenter:sendGroup?group=Family", pdf(100, 14), Exchange.FILE_NAME, "a.pdf"));

        WhacenterValidationException cause = assertInstanceOf(WhacenterValidationException.class, e.getCause());
        assertTrue(cause.getMessage().contains("sendGroup sends text only"), cause.getMessage());
        assertEquals(List.of(), simulator.requests("sendGroup"));
    }

    @Test
    void aFileWithoutAPublisherFailsNamingTheOptionsAndNothingIsSent() {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBodyAndHeader("direct:unpublished", pdf(100, 7), Exchange.FILE_NAME, "a.pdf"));

        WhacenterMediaPublishException cause = assertInstanceOf(WhacenterMediaPublishException.class, e.getCause());
        assertTrue(cause.getMessage().contains("mediaPublicUrl") && cause.getMessage().contains("mediaPublisher"),
                cause.getMessage());
        assertEquals(List.of(), simulator.sentMessages(DEVICE_ID));
    }

    @Test
    void aFileOverTheLimitFailsNamingTheOptionAndNothingIsKept() {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBodyAndHeader("direct:small", pdf(5000, 8), Exchange.FILE_NAME, "a.pdf"));

        WhacenterMediaPublishException cause = assertInstanceOf(WhacenterMediaPublishException.class, e.getCause());
        assertTrue(cause.getMessage().contains("mediaMaxFileSize"), cause.getMessage());
        assertEquals(List.of(), simulator.sentMessages(DEVICE_ID));
        assertEquals(0, store().storeHeld());
    }

    @Test
    void aSendTheGatewayRefusesReleasesItsFile() {
        simulator.device(DEVICE_ID).setConnected(false);

        template.request("direct:twice", exchange -> {
            exchange.getMessage().setBody(pdf(1000, 9));
            exchange.getMessage().setHeader(Exchange.FILE_NAME, "a.pdf");
        });

        assertEquals(0, store().files());
        assertEquals(0, store().storeHeld());
    }

    @Test
    void aPublisherBeanOrEndpointPublishesInstead() throws Exception {
        byte[] viaBean = pdf(2000, 10);
        byte[] viaUri = pdf(3000, 11);

        sendFile("direct:bean", viaBean, "bean.pdf");
        sendFile("direct:uri", viaUri, "uri.pdf");

        List<FetchedFile> fetched = simulator.fetchedFiles();
        assertEquals(2, fetched.size(), fetched.toString());
        assertEquals(sha256(viaBean), fetched.get(0).sha256());
        assertEquals(sha256(viaUri), fetched.get(1).sha256());
        assertTrue(fetched.get(0).url().startsWith(simulator.baseUrl() + "/media?path="), fetched.get(0).url());
        assertEquals(1, simulator.mediaFetches(fetched.get(1).url()));
    }
}
