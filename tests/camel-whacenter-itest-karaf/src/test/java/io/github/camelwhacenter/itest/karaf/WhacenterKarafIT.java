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
package io.github.camelwhacenter.itest.karaf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.simulator.FetchedFile;
import io.github.camelwhacenter.simulator.IncomingMessage;
import io.github.camelwhacenter.simulator.SentMessage;
import io.github.camelwhacenter.simulator.WebhookDelivery;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.testing.TricklingBodies;
import io.github.camelwhacenter.testing.TricklingBodies.Ended;
import io.github.camelwhacenter.testing.WebhookProtocol;
import io.github.camelwhacenter.testing.WebhookProtocolClient;
import io.github.camelwhacenter.testing.WebhookProtocolClient.Answer;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import static io.github.camelwhacenter.simulator.junit.WhacenterTestDevices.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterTestDevices.DEVICE_NUMBER;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * camel-whacenter in Apache Karaf, as a user runs it: feature:repo-add the project's features repository,
 * feature:install camel-whacenter (or camel-whacenter-webhook), drop a route file into deploy/. The Whacenter gateway
 * is the project's simulator, listening on loopback; the component reaches it over real HTTP.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WhacenterKarafIT extends KarafTestSupport {

    private static final long RECEIVE_TIMEOUT_MILLIS = 30_000;
    private static final String CUSTOMER = "6281311112222";

    private WhacenterSimulator simulator;

    @Configuration
    public Option[] config() {
        return OptionUtils.combine(KarafOptions.container("camel-core", "camel-yaml-dsl", "camel-xml-io-dsl", "camel-http"),
                OptionUtils.combine(KarafOptions.simulatorBundle(), KarafOptions.testingBundles()));
    }

    /**
     * The simulator started by hand, with the test device of WhacenterSimulatorExtension (WhacenterTestDevices): this
     * test runs in Karaf, under Pax Exam's JUnit 4 runner, where no JUnit Jupiter extension runs (nor is JUnit Jupiter
     * installed). The device's constants are compiled into this class.
     */
    @Before
    public void startGateway() {
        simulator = WhacenterSimulator.start();
        simulator.addDevice(DEVICE_ID, DEVICE_NUMBER, "Karaf");
    }

    @After
    public void stopGateway() throws Exception {
        // the routes first (this class's @After runs before the superclass's), then the gateway they talk to
        removeDeployedFiles();
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    public void sendRouteFileSendsThroughTheGateway() throws Exception {
        addFeaturesRepository(camelWhacenterFeaturesRepository());
        installFeatures("camel-whacenter");
        assertBundleActive("io.github.camelwhacenter.camel-whacenter");

        CamelContext context = deployRouteFile("whacenter-send.camel.yaml",
                Map.of("baseUrl", simulator.baseUrl(), "deviceId", DEVICE_ID, "number", CUSTOMER));

        String answer = receive(context, "seda:whacenter-sent");
        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals("messages the gateway received: " + sent, 1, sent.size());
        assertEquals(CUSTOMER, sent.get(0).number());
        assertEquals("Hello from Apache Karaf", sent.get(0).message());
        assertEquals("success flag and message id the route saw", "true " + sent.get(0).id(), answer);
    }

    @Test
    public void webhookRouteFileReceivesTheGatewaysPost() throws Exception {
        addFeaturesRepository(camelWhacenterFeaturesRepository());
        installFeatures("camel-whacenter-webhook");
        String port = KarafOptions.freePort();

        CamelContext context = deployRouteFile("whacenter-webhook.camel.yaml",
                Map.of("baseUrl", simulator.baseUrl(), "deviceId", DEVICE_ID, "webhookPort", port));

        assertEquals("webhook URL the consumer registered with the gateway",
                "http://127.0.0.1:" + port + "/whacenter/karaf", simulator.device(DEVICE_ID).webhookUrl());
        WebhookDelivery delivery = simulator.deliverIncoming(DEVICE_ID,
                IncomingMessage.text("087754446580", "hello from WhatsApp"));
        assertEquals("answer to the gateway: " + delivery.responseBody(), 200, delivery.statusCode());
        assertEquals("087754446580: hello from WhatsApp", receive(context, "seda:whacenter-incoming"));
    }

    /**
     * The webhook's answers in Karaf are those over HTTP/1.1 when the gateway, or a proxy in front, speaks HTTP/2 clear
     * text by upgrade, as the JDK's HttpClient offers it on every http:// URL (camel-karaf's Vert.x server, with the
     * HTTP/2 codec the camel-whacenter-webhook feature adds). h2c with prior knowledge and TLS are served by the same
     * Vert.x server and proven outside the container (the component's WebhookProtocolMatrix tests).
     */
    @Test
    public void webhookAnswersAlikeOverHttp11AndH2c() throws Exception {
        addFeaturesRepository(camelWhacenterFeaturesRepository());
        installFeatures("camel-whacenter-webhook");
        String port = KarafOptions.freePort();
        CamelContext context = deployRouteFile("whacenter-webhook-protocols.camel.yaml",
                Map.of("baseUrl", simulator.baseUrl(), "deviceId", DEVICE_ID, "webhookPort", port));
        String url = "http://127.0.0.1:" + port + "/whacenter/protocols";
        int message = 0;
        for (HttpClient.Version version : List.of(HttpClient.Version.HTTP_1_1, HttpClient.Version.HTTP_2)) {
            HttpClient client = HttpClient.newBuilder().version(version).build();
            String delivery = delivery("over " + version, ++message);

            HttpResponse<String> valid = post(client, url + "?token=k4raf-t0ken", delivery);
            assertEquals(version + " valid delivery: " + valid.body(), 200, valid.statusCode());
            assertEquals(version + " protocol it came over", version, valid.version());
            assertEquals("over " + version, receive(context, "seda:whacenter-protocols"));
            HttpResponse<String> repeated = post(client, url + "?token=k4raf-t0ken", delivery);
            assertEquals(version + " repeated delivery: " + repeated.body(), 200, repeated.statusCode());
            assertTrue(repeated.body(), repeated.body().contains("duplicate ignored"));
            assertEquals(version + " no token", 401, post(client, url, delivery("no token", ++message)).statusCode());
            assertEquals(version + " malformed", 400, post(client, url + "?token=k4raf-t0ken", "{\"from\": \"62").statusCode());
            HttpResponse<String> get = client.send(HttpRequest.newBuilder(URI.create(url + "?token=k4raf-t0ken")).GET()
                    .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(version + " GET", 405, get.statusCode());
            assertEquals(version + " oversized", 413, post(client, url + "?token=k4raf-t0ken", "x".repeat(16 * 1024)).statusCode());
            HttpResponse<String> after = post(client, url + "?token=k4raf-t0ken", delivery("after, " + version, ++message));
            assertEquals(version + " valid delivery after the refusals: " + after.body(), 200, after.statusCode());
            assertEquals("after, " + version, receive(context, "seda:whacenter-protocols"));
        }
        ConsumerTemplate consumer = context.createConsumerTemplate();
        try {
            assertNull("only the valid deliveries reached the route", consumer.receiveBodyNoWait("seda:whacenter-protocols"));
        } finally {
            consumer.stop();
        }
    }

    /**
     * Slow bodies hold no Vert.x worker thread in Karaf either: three times the worker pool (60) trickle their bodies
     * with the token, over HTTP/1.1 and then over HTTP/2 (h2c with prior knowledge), and a valid delivery is answered
     * while they do; each trickling request ends with 408 once webhookBodyTimeout (10 s here) has passed.
     */
    @Test
    public void slowBodiesHoldNoWorkerThread() throws Exception {
        addFeaturesRepository(camelWhacenterFeaturesRepository());
        installFeatures("camel-whacenter-webhook");
        String port = KarafOptions.freePort();
        CamelContext context = deployRouteFile("whacenter-webhook-slow.camel.yaml",
                Map.of("baseUrl", simulator.baseUrl(), "deviceId", DEVICE_ID, "webhookPort", port));
        Consumer consumer = context.getRoute("whacenter-slow").getConsumer();
        String base = "http://127.0.0.1:" + port;
        String path = "/whacenter/slow?token=sl0w-k4raf";
        int trickling = 60;
        int message = 0;
        for (WebhookProtocol protocol : List.of(WebhookProtocol.HTTP_1_1, WebhookProtocol.H2C_PRIOR_KNOWLEDGE)) {
            try (TricklingBodies bodies = TricklingBodies.open(protocol, base, path, trickling, 200, 500);
                 WebhookProtocolClient client = new WebhookProtocolClient(protocol, base, null)) {
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> Integer.valueOf(trickling).equals(WebhookReports.of(consumer).get("reading")));
                Answer valid = client.post(path, "application/json", delivery("while bodies trickle, " + protocol, ++message));
                assertEquals(protocol + ": the valid delivery: " + valid, 200, valid.status());
                assertEquals("while bodies trickle, " + protocol, receive(context, "seda:whacenter-slow"));
                assertEquals(protocol + ": no trickling body was answered before the valid delivery", 0, bodies.answered());
                for (Ended end : bodies.awaitAll(40_000)) {
                    assertNotNull(protocol + ": a trickling body ended without an answer: " + end, end.answer());
                    assertEquals(protocol + ": a trickling body: " + end, 408, end.answer().status());
                    assertTrue(protocol + ": answered only after the body timeout: " + end, end.afterMillis() >= 10_000);
                }
            }
        }
    }

    /**
     * A file sent as bytes, in Karaf: the component publishes it on the context's platform-http server, camel-karaf's
     * Vert.x, with its own media engine (whose Vert.x classes reach the bundle only through its optional imports, wired
     * once camel-whacenter-webhook brings Vert.x), the simulator fetches it once as the gateway does, and it is gone
     * after.
     */
    @Test
    public void fileSentAsBytesIsFetchedOnceFromThePlatformHttpServer() throws Exception {
        addFeaturesRepository(camelWhacenterFeaturesRepository());
        installFeatures("camel-whacenter-webhook");
        String port = KarafOptions.freePort();
        CamelContext context = deployRouteFile("whacenter-send-file.camel.yaml", Map.of("baseUrl", simulator.baseUrl(),
                "deviceId", DEVICE_ID, "number", CUSTOMER, "httpPort", port));
        byte[] invoice = new byte[200 * 1024];
        new Random(42).nextBytes(invoice);
        byte[] magic = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, invoice, 0, magic.length);

        ProducerTemplate producer = context.createProducerTemplate();
        Exchange done;
        try {
            done = producer.request("direct:whacenter-send-file", exchange -> {
                exchange.getMessage().setBody(invoice);
                exchange.getMessage().setHeader(Exchange.FILE_NAME, "invoice.pdf");
                // a constant, compiled in: the probe loads no class of the component for it
                exchange.getMessage().setHeader(WhacenterConstants.CAPTION, "your invoice");
            });
        } finally {
            producer.stop();
        }
        if (done.getException() != null) {
            throw new AssertionError("the send failed; karaf.log says:\n" + karafLogProblems(), done.getException());
        }

        List<FetchedFile> fetched = simulator.fetchedFiles();
        assertEquals("files the gateway fetched: " + fetched, 1, fetched.size());
        FetchedFile file = fetched.get(0);
        assertTrue("the gateway's fetch: " + file, file.isFetched());
        assertEquals(sha256(invoice), file.sha256());
        assertEquals(invoice.length, file.size());
        assertEquals("application/pdf", file.contentType());
        assertTrue(file.url(), file.url().startsWith("http://127.0.0.1:" + port + "/whacenter/media/"));
        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals("messages the gateway received: " + sent, 1, sent.size());
        assertEquals(CUSTOMER, sent.get(0).number());
        assertEquals(file.url(), sent.get(0).file());
        assertEquals("your invoice", sent.get(0).message());
        // the component falls back to a plain platform-http consumer when Vert.x is not visible to its bundle: the
        // fetch alone would not tell that the Vert.x engine failed to load in OSGi
        assertEquals("engine serving the media path, among " + context.getEndpoints(),
                "io.github.camelwhacenter.media.VertxMediaEngine", MediaPathEngine.of(context, "/whacenter/media"));

        HttpResponse<byte[]> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(file.url()))
                .timeout(Duration.ofSeconds(15)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("a second GET of the file's URL", 404, again.statusCode());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static HttpResponse<String> post(HttpClient client, String url, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String delivery(String text, int n) {
        return "{\"pushName\":\"Budi\",\"from\":\"087754446580\",\"to\":\"" + DEVICE_NUMBER + "\",\"message_type\":\"text\","
               + "\"message\":\"" + text + "\",\"media\":\"\",\"is_group\":false,\"id_group\":\"\",\"timestamp\":\""
               + String.format("2025-07-21 09:00:%02d", n) + "\",\"source\":\"WHACENTER\"}";
    }

    /**
     * The route of examples/karaf/whacenter-send.xml, the Blueprint file the example drops into deploy/, with its
     * component bean: the {@code <route>} element and the component's configuration run here as an XML DSL route file
     * (Blueprint's camel namespace needs camel-karaf's camel-blueprint bundle), the configuration's properties as the
     * bean's, its {{placeholders}} and ${placeholders} filled in, and a last step that tells the test it is done. The
     * device id stays out of every endpoint URI, as the example's README says.
     */
    @Test
    public void exampleRouteSendsThroughTheGateway() throws Exception {
        addFeaturesRepository(camelWhacenterFeaturesRepository());
        installFeatures("camel-whacenter");
        String blueprint = Files.readString(Paths.get(property("karaf.itest.examplesDirectory"), "whacenter-send.xml"));
        Map<String, String> values = Map.of("whacenter.baseUrl", simulator.baseUrl(), "whacenter.deviceId", DEVICE_ID,
                "whacenter.number", CUSTOMER);
        Matcher configuration = Pattern.compile(
                "(?s)<bean class=\"io.github.camelwhacenter.WhacenterConfiguration\">(.*?)</bean>").matcher(blueprint);
        assertTrue("the component's configuration bean in examples/karaf/whacenter-send.xml", configuration.find());
        StringBuilder properties = new StringBuilder();
        Matcher property = Pattern.compile("<property name=\"(\\w+)\" value=\"\\$\\{([^}]+)}\"/>").matcher(configuration.group(1));
        while (property.find()) {
            properties.append("<property key=\"configuration.").append(property.group(1)).append("\" value=\"")
                    .append(values.get(property.group(2))).append("\"/>");
        }
        assertTrue("the configuration sets the device id: " + properties, properties.toString().contains(DEVICE_ID));
        Matcher route = Pattern.compile("(?s)<route .*?</route>").matcher(blueprint);
        assertTrue("a <route> in examples/karaf/whacenter-send.xml", route.find());
        String routeXml = route.group()
                .replace("{{whacenter.number}}", values.get("whacenter.number"))
                .replace("</route>", "    <to uri=\"seda:example-done\"/>\n        </route>");
        assertFalse("placeholders left: " + routeXml, routeXml.contains("{{"));
        assertFalse("the device id is in the route: " + routeXml, routeXml.contains(DEVICE_ID));

        CamelContext context = deployRouteText("whacenter-example.camel.xml",
                "<camel xmlns=\"http://camel.apache.org/schema/xml-io\">\n"
                + "    <bean name=\"whacenter\" type=\"io.github.camelwhacenter.WhacenterComponent\"><properties>"
                + properties + "</properties></bean>\n        " + routeXml + "\n</camel>\n");

        receive(context, "seda:example-done");
        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals("messages the gateway received: " + sent, 1, sent.size());
        assertEquals(CUSTOMER, sent.get(0).number());
        assertEquals("Hello from Apache Karaf", sent.get(0).message());
        context.getEndpoints().forEach(endpoint -> assertFalse("no device id in " + endpoint.getEndpointUri(),
                endpoint.getEndpointUri().contains(DEVICE_ID)));
    }

    private static String receive(CamelContext context, String uri) throws Exception {
        ConsumerTemplate consumer = context.createConsumerTemplate();
        try {
            String body = consumer.receiveBody(uri, RECEIVE_TIMEOUT_MILLIS, String.class);
            assertNotNull("nothing arrived on " + uri + " within " + RECEIVE_TIMEOUT_MILLIS + " ms; karaf.log says:\n"
                    + karafLogProblems(), body);
            return body;
        } finally {
            consumer.stop();
        }
    }
}
