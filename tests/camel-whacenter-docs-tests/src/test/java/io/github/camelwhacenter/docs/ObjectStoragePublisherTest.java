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
package io.github.camelwhacenter.docs;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelwhacenter.docs.LoopbackObjectStore.StoredObject;
import io.github.camelwhacenter.simulator.FetchedFile;
import io.github.camelwhacenter.simulator.SentMessage;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.aws2.s3.AWS2S3Component;
import org.apache.camel.component.aws2.s3.AWS2S3Configuration;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference's object-storage publisher ({@link S3MediaPublisher}) as written, with the real aws2-s3 producer and
 * AWS SDK, against {@link LoopbackObjectStore} standing in for S3 (no S3 or MinIO server can be had here, and nothing
 * may leave the machine): the file goes up under a fresh key, the gateway simulator fetches it from the presigned link
 * the route answered, and the bytes it got are the bytes sent.
 */
class ObjectStoragePublisherTest {

    private static final String BUCKET = "whatsapp-media";
    private static final String NUMBER = "6281234567890";
    private static final Pattern KEY = Pattern.compile("whatsapp/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/(.+)");
    private static final Path EXAMPLE = Documents.ROOT.resolve(
            "tests/camel-whacenter-docs-tests/src/test/java/io/github/camelwhacenter/docs/S3MediaPublisher.java");

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    private WhacenterSimulator simulator;
    private LoopbackObjectStore s3;
    private CamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        simulator = GATEWAY.simulator();
        s3 = LoopbackObjectStore.start(BUCKET);
        context = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.setProperty("whatsapp.media.bucket", BUCKET);
        context.getPropertiesComponent().setInitialProperties(properties);
        // what an application sets as camel.component.aws2-s3.*: a fixed region and static credentials, so that the
        // SDK looks nothing up, and the endpoint on loopback
        AWS2S3Configuration configuration = context.getComponent("aws2-s3", AWS2S3Component.class).getConfiguration();
        configuration.setRegion("eu-west-1");
        configuration.setAccessKey("AKIDEXAMPLE");
        configuration.setSecretKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        configuration.setOverrideEndpoint(true);
        configuration.setUriEndpointOverride(s3.url());
        configuration.setForcePathStyle(true);
        context.addRoutes(new S3MediaPublisher());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("whacenter:send?deviceId=" + DEVICE_ID + "&baseUrl=" + simulator.baseUrl()
                                       + "&number=" + NUMBER + "&mediaPublisher=direct:publish");
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
        s3.close();
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

    private Exchange send(Object body, String fileName, String contentType) {
        Exchange done = template.request("direct:send", exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeader(Exchange.FILE_NAME, fileName);
            if (contentType != null) {
                exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, contentType);
            }
        });
        assertNull(done.getException());
        return done;
    }

    @Test
    void theFileIsUploadedUnderAFreshKeyAndFetchedFromAPresignedLink() throws Exception {
        byte[] invoice = pdf(150 * 1024, 1);

        send(invoice, "invoices/2026-12/invoice-42.pdf", null);

        List<StoredObject> stored = s3.objects();
        assertEquals(1, stored.size(), stored.toString());
        Matcher key = KEY.matcher(stored.get(0).key());
        assertTrue(key.matches(), stored.get(0).key());
        assertEquals("invoice-42.pdf", key.group(2));
        assertEquals("application/pdf", stored.get(0).contentType());
        assertEquals(sha256(invoice), sha256(stored.get(0).bytes()));

        List<FetchedFile> fetched = simulator.fetchedFiles();
        assertEquals(1, fetched.size(), fetched.toString());
        assertTrue(fetched.get(0).isFetched(), fetched.get(0).toString());
        assertEquals(sha256(invoice), fetched.get(0).sha256());
        assertEquals("application/pdf", fetched.get(0).contentType());
        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(1, sent.size(), sent.toString());
        assertEquals(fetched.get(0).url(), sent.get(0).file());

        URI link = URI.create(sent.get(0).file());
        assertEquals(URI.create(s3.url()).getAuthority(), link.getAuthority());
        assertEquals("/" + BUCKET + "/" + stored.get(0).key(), link.getPath());
        String query = link.getQuery();
        assertTrue(query.contains("X-Amz-Algorithm=AWS4-HMAC-SHA256"), query);
        assertTrue(query.contains("X-Amz-Credential=AKIDEXAMPLE/"), query);
        assertTrue(query.contains("X-Amz-Expires=900&") || query.endsWith("X-Amz-Expires=900"), query);
        assertTrue(query.contains("X-Amz-Signature="), query);
        assertEquals(List.of("HEAD /" + BUCKET, "HEAD /" + BUCKET), s3.requests().subList(0, 2),
                "each aws2-s3 endpoint asked for the bucket at start, and nowhere but here");
    }

    @Test
    void twoFilesOfTheSameNameAreTwoObjects() throws Exception {
        byte[] first = pdf(3000, 2);
        byte[] second = pdf(4000, 3);

        send(first, "report.pdf", null);
        send(second, "report.pdf", null);

        List<StoredObject> stored = s3.objects();
        assertEquals(2, stored.size(), stored.toString());
        assertNotEquals(stored.get(0).key(), stored.get(1).key());
        List<String> fetched = simulator.fetchedFiles().stream().map(FetchedFile::sha256).toList();
        assertEquals(List.of(sha256(first), sha256(second)), fetched);
    }

    @Test
    void aStreamOfUnknownSizeGoesUpToo() throws Exception {
        byte[] chart = pdf(20_000, 4);

        // no CamelWhacenterMediaSize: the route sets no length, and aws2-s3 reads the stream to learn it
        send(new FilterInputStream(new ByteArrayInputStream(chart)) {
        }, "chart.png", "image/png");

        assertEquals("image/png", s3.objects().get(0).contentType());
        FetchedFile fetched = simulator.fetchedFiles().get(0);
        assertEquals(sha256(chart), fetched.sha256());
        assertEquals("image/png", fetched.contentType());
    }

    /** The reference shows the example as a copy: it must be this test's, character for character. */
    @Test
    void theReferenceShowsThisExample() {
        String source = Documents.read(EXAMPLE);
        String start = "// tag::s3-publisher[]\n";
        String end = "// end::s3-publisher[]";
        String example = source.substring(source.indexOf(start) + start.length(), source.indexOf(end));
        String reference = Documents.read(Documents.REFERENCE);
        assertTrue(reference.contains("[source,java]\n----\n" + example + "----\n"),
                "the reference's 'Publishing to object storage' shows S3MediaPublisher.java as it is, from its tag on");
    }
}
