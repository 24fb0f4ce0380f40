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
package io.github.camelwhacenter.tests.kamelets;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.WhacenterMediaPublisher;
import io.github.camelwhacenter.simulator.FetchedFile;
import io.github.camelwhacenter.simulator.SentMessage;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * whacenter-sink sending a body that is a file ({@code routes/sink-files.camel.yaml}, {@code pipes-files/}): the
 * simulator fetches each send's file URL as the gateway does, and the test compares what it fetched with the bytes sent.
 */
class WhacenterSinkFileKameletTest {

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    @TempDir
    Path inbox;

    private WhacenterSimulator simulator;
    private KameletApplication application;
    private String mediaUrl;
    /** What the mediaPublisher bean was given: the Kamelet's effect on the body and headers shows here. */
    private final List<Published> published = new CopyOnWriteArrayList<>();

    private record Published(String fileName, String contentType, long size) {
    }

    @BeforeEach
    void start() throws Exception {
        simulator = GATEWAY.simulator();
        int port = KameletApplication.freeLoopbackPort();
        mediaUrl = "http://127.0.0.1:" + port;
        WhacenterMediaPublisher publisher = file -> {
            published.add(new Published(file.getFileName(), file.getContentType(), file.getSize()));
            return simulator.serveMedia(file.getStream().readAllBytes(), file.getContentType(), file.getFileName());
        };
        application = KameletApplication.start("classpath:routes/sink-files.camel.yaml,classpath:pipes-files/*.yaml", port,
                Map.of("camel.kamelet.whacenter-sink.deviceId", DEVICE_ID),
                Map.of("camel.kamelet.whacenter-sink.baseUrl", simulator.baseUrl(),
                        "camel.kamelet.whacenter-sink.mediaPublicUrl", mediaUrl,
                        "test.media.url", mediaUrl,
                        "test.inbox", inbox.toString()),
                Map.of("simulatorPublisher", publisher));
    }

    @AfterEach
    void stop() throws IOException {
        application.close();
        application.assertCamelLogHoldsNoSecret();
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

    private FetchedFile onlyFetch() {
        List<FetchedFile> fetched = simulator.fetchedFiles();
        assertEquals(1, fetched.size(), fetched.toString());
        assertTrue(fetched.get(0).isFetched(), fetched.get(0).toString());
        return fetched.get(0);
    }

    private SentMessage onlySent() {
        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(1, sent.size(), sent.toString());
        return sent.get(0);
    }

    @Test
    void bytesThatCamelFileNameNamesGoAsAFileTheCaptionHeaderOverridingTheProperty() throws Exception {
        byte[] invoice = pdf(120 * 1024, 1);

        application.producer().sendBodyAndHeaders("direct:invoice", invoice, Map.of(
                Exchange.FILE_NAME, "invoices/2026-12/invoice-42.pdf",
                "caption", "your invoice"));

        FetchedFile fetched = onlyFetch();
        assertEquals(sha256(invoice), fetched.sha256());
        assertEquals("application/pdf", fetched.contentType());
        SentMessage sent = onlySent();
        assertEquals("6281234567890", sent.number());
        assertEquals(fetched.url(), sent.file());
        assertEquals("your invoice", sent.message());
        // still the byte[] the route sent, not read into a stream or text on the way: its size is known
        assertEquals(List.of(new Published("invoice-42.pdf", "application/pdf", invoice.length)), published);
    }

    @Test
    void anS3ObjectIsNamedAndTypedByItsKeyAndMetadata() throws Exception {
        byte[] report = pdf(5000, 2);

        // the headers camel-aws2-s3's consumer (and the aws-s3-source Kamelet) sets, and its byte[] body
        application.producer().sendBodyAndHeaders("direct:invoice", report, Map.of(
                "CamelAwsS3Key", "reports/2026/q3-summary",
                "CamelAwsS3ContentType", "application/pdf",
                "CamelAwsS3BucketName", "company-reports"));

        assertEquals(sha256(report), onlyFetch().sha256());
        assertEquals(List.of(new Published("q3-summary", "application/pdf", report.length)), published);
        assertEquals("Today's invoice", onlySent().message(), "the caption property");
    }

    @Test
    void aStreamIsServedByTheApplicationsHttpServerWithMediaPublicUrl() throws Exception {
        byte[] chart = pdf(70_000, 3);

        // a stream that is not Camel's stream cache: read once, its size unknown
        application.producer().sendBodyAndHeaders("direct:served", new FilterInputStream(new ByteArrayInputStream(chart)) {
        }, Map.of(Exchange.FILE_NAME, "chart.png", Exchange.CONTENT_TYPE, "image/png"));

        FetchedFile fetched = onlyFetch();
        assertEquals(sha256(chart), fetched.sha256());
        assertEquals("image/png", fetched.contentType());
        assertTrue(fetched.url().startsWith(mediaUrl + "/whacenter/media/"), fetched.url());
        SentMessage sent = onlySent();
        assertEquals(fetched.url(), sent.file());
        assertEquals("", sent.message(), "a file without caption");
    }

    @Test
    void aPipeFromAFolderSendsEachFileWithTheCaption() throws Exception {
        NotifyBuilder sent = new NotifyBuilder(application.context()).fromRoute("inbox-to-whatsapp").whenCompleted(1).create();
        byte[] report = pdf(40_000, 4);
        Path written = Files.write(inbox.resolve(".report.pdf.tmp"), report);
        // renamed into place whole, so that the file consumer never picks up half a file
        Files.move(written, inbox.resolve("report.pdf"));

        // on failure, whether the file consumer took the file at all
        assertTrue(sent.matches(30, TimeUnit.SECONDS), () -> "the Pipe sent the file; left in the inbox: "
                + Arrays.toString(inbox.toFile().list()) + "; the gateway's requests: " + simulator.requests());
        FetchedFile fetched = onlyFetch();
        assertEquals(sha256(report), fetched.sha256());
        assertEquals("application/pdf", fetched.contentType());
        SentMessage message = onlySent();
        assertEquals("6281234567893", message.number());
        assertEquals("Report", message.message());
        assertEquals(fetched.url(), message.file());
        assertTrue(fetched.url().startsWith(mediaUrl + "/whacenter/media/"), fetched.url());
    }

    @Test
    void unnamedBytesAreStillTextEvenWhenTheirContentTypeIsJson() {
        // what a JSON source's marshalling gives: bytes and Content-Type application/json, which the component
        // alone would take for a file
        application.producer().sendBodyAndHeader("direct:invoice", "{\"order\":1001}".getBytes(),
                Exchange.CONTENT_TYPE, "application/json");

        SentMessage sent = onlySent();
        assertEquals("{\"order\":1001}", sent.message());
        assertNull(sent.file());
        assertEquals(List.of(), simulator.fetchedFiles());
        assertEquals(List.of(), published);
    }

    @Test
    void aFileToAGroupFailsAndNothingIsSent() {
        CamelExecutionException failure = assertThrows(CamelExecutionException.class,
                () -> application.producer().sendBodyAndHeader("direct:group", pdf(1000, 5), Exchange.FILE_NAME, "a.pdf"));

        assertInstanceOf(IllegalArgumentException.class, failure.getCause());
        assertTrue(failure.getCause().getMessage().contains("sendGroup"), failure.getCause().getMessage());
        assertTrue(simulator.requests().isEmpty(), "nothing reached the gateway");
        assertEquals(List.of(), published);
    }
}
