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

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.WhacenterValidationException;
import io.github.camelwhacenter.simulator.SentMessage;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.SECOND_DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * whacenter-sink from YAML routes ({@code routes/sink.camel.yaml}), sending through the simulator over HTTP.
 */
class WhacenterSinkKameletTest {

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    private WhacenterSimulator simulator;
    private KameletApplication application;
    private ProducerTemplate producer;

    @BeforeEach
    void start() throws Exception {
        simulator = GATEWAY.simulator();
        application = KameletApplication.start("classpath:routes/sink.camel.yaml",
                Map.of("camel.kamelet.whacenter-sink.deviceId", DEVICE_ID),
                Map.of("camel.kamelet.whacenter-sink.baseUrl", simulator.baseUrl()));
        producer = application.producer();
    }

    @AfterEach
    void stop() throws IOException {
        application.close();
        application.assertCamelLogHoldsNoSecret();
    }

    @Test
    void runsOnTheCamelLineTheBuildNames() {
        assertEquals(System.getProperty("whacenter.test.camelVersion"), application.context().getVersion());
    }

    @Test
    void sendsTheBodyAsTextToTheNumber() {
        producer.sendBody("direct:customer", "Your order #1001 has shipped.");

        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(1, sent.size(), sent::toString);
        assertEquals("6281234567890", sent.get(0).number());
        assertEquals("Your order #1001 has shipped.", sent.get(0).message());
        assertNull(sent.get(0).file());
        assertNull(sent.get(0).group());
        assertEquals(1, simulator.requests().size(), "nothing else reached the gateway");
    }

    @Test
    void sendsTheFileWithTheBodyAsItsCaption() {
        producer.sendBody("direct:catalogue", "Our new catalogue");

        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(1, sent.size(), sent::toString);
        assertEquals("6281234567891", sent.get(0).number());
        assertEquals("Our new catalogue", sent.get(0).message());
        assertEquals("https://example.com/catalogue.pdf", sent.get(0).file());
    }

    @Test
    void sendsToAGroupWithSendGroup() {
        producer.sendBody("direct:family", "Dinner at eight");

        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(1, sent.size(), sent::toString);
        assertEquals("Family", sent.get(0).group());
        assertNull(sent.get(0).number());
        assertEquals("Dinner at eight", sent.get(0).message());
        assertEquals(1, simulator.requests("sendGroup").size());
        assertEquals(0, simulator.requests("send").size());
    }

    @Test
    void theNumberGroupAndFileHeadersOverrideTheProperties() {
        producer.sendBodyAndHeader("direct:customer", "to another customer", "number", "0899-1111-2222");
        producer.sendBodyAndHeaders("direct:customer", "a picture", Map.of("file", "https://example.com/cat.jpg"));
        producer.sendBodyAndHeader("direct:customer", "to a group instead", "group", "Team");
        producer.sendBodyAndHeader("direct:family", "to a number instead of the group", "number", "6281234567899");

        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(4, sent.size(), sent::toString);
        assertEquals("6289911112222", sent.get(0).number());
        assertEquals("6281234567890", sent.get(1).number());
        assertEquals("https://example.com/cat.jpg", sent.get(1).file());
        assertEquals("a picture", sent.get(1).message());
        assertEquals("Team", sent.get(2).group());
        assertEquals("to a group instead", sent.get(2).message());
        assertEquals("6281234567899", sent.get(3).number());
        assertNull(sent.get(3).group());
    }

    /** The CloudEvents variants of the headers, as Camel's Kamelets read them: ce-number, ce-group, ce-file. */
    @Test
    void theCloudEventsHeadersOverrideThePropertiesToo() {
        producer.sendBodyAndHeader("direct:customer", "to another customer", "ce-number", "0899-3333-4444");
        producer.sendBodyAndHeaders("direct:customer", "a picture", Map.of("ce-file", "https://example.com/dog.jpg"));
        producer.sendBodyAndHeader("direct:customer", "to a group instead", "ce-group", "Crew");

        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(3, sent.size(), sent::toString);
        assertEquals("6289933334444", sent.get(0).number());
        assertEquals("https://example.com/dog.jpg", sent.get(1).file());
        assertEquals("Crew", sent.get(2).group());
    }

    /** Like Camel's sinks, it answers JSON: the gateway's result, for a route or Pipe to read. */
    @Test
    void answersTheGatewaysResultAsJson() throws Exception {
        Object answer = producer.requestBody("direct:customer", "Your order #1002 has shipped.");

        JsonNode result = new ObjectMapper().readTree(application.context().getTypeConverter().mandatoryConvertTo(String.class, answer));
        assertEquals("send", result.path("operation").asText(), result.toString());
        assertTrue(result.path("success").asBoolean(), result.toString());
        assertEquals(String.valueOf(simulator.sentMessages(DEVICE_ID).get(0).id()), result.path("messageId").asText(), result.toString());
    }

    @Test
    void theComponentsOwnHeadersDoNotRedirectTheSink() {
        // what an exchange from whacenter:webhook carries, and headers that would send elsewhere or do something else
        producer.sendBodyAndHeaders("direct:customer", "Only to the configured customer", Map.of(
                WhacenterConstants.NUMBER, "6281299999999",
                WhacenterConstants.DEVICE_ID, SECOND_DEVICE_ID,
                WhacenterConstants.OPERATION, "relogDevice",
                WhacenterConstants.GROUP, "Strangers"));

        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(1, sent.size(), sent::toString);
        assertEquals("6281234567890", sent.get(0).number());
        assertTrue(simulator.sentMessages(SECOND_DEVICE_ID).isEmpty());
        assertEquals(List.of("send"), simulator.requests().stream().map(r -> r.path().replaceFirst("^.*/", "")).toList());
    }

    @Test
    void minSendIntervalSpacesTheSendsOfTheDevice() {
        long start = System.nanoTime();
        List<CompletableFuture<Object>> sends = List.of(
                producer.asyncRequestBody("direct:broadcast", "first"),
                producer.asyncRequestBody("direct:broadcast", "second"),
                producer.asyncRequestBody("direct:broadcast", "third"));
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.SECONDS).join();

        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(3, sent.size(), sent::toString);
        // the interval (500 ms) is kept between sends going on the wire, so the three took two intervals at least
        // (measured here, not by the simulator's arrival stamps, which a busy machine puts late); unpaced, a few ms
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(took >= 2 * 500, "three sends 500 ms apart took " + took + " ms");
    }

    @Test
    void aRefusedSendFailsTheCallerAndNamesNoDeviceId() {
        CamelExecutionException failure = assertThrows(CamelExecutionException.class,
                () -> producer.sendBodyAndHeader("direct:customer", "to nobody", "number", "12"));
        assertInstanceOf(WhacenterValidationException.class, failure.getCause());
        assertTrue(simulator.requests().isEmpty(), "nothing reached the gateway");

        // what Camel writes of an endpoint in its messages; the log itself is checked after each test
        for (Endpoint endpoint : application.context().getEndpoints()) {
            assertFalse(endpoint.toString().contains(DEVICE_ID), endpoint.toString());
        }
    }
}
