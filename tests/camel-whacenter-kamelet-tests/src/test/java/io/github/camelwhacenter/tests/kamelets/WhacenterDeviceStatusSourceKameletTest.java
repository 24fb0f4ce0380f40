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
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelwhacenter.simulator.Fault;
import io.github.camelwhacenter.simulator.SimulatedDevice;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_NAME;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_NUMBER;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * whacenter-device-status-source from a YAML route ({@code routes/device-status.camel.yaml}), polling the simulator
 * every 200 ms.
 */
class WhacenterDeviceStatusSourceKameletTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    private WhacenterSimulator simulator;
    private SimulatedDevice device;
    private KameletApplication application;
    private MockEndpoint states;

    @BeforeEach
    void start() throws Exception {
        simulator = GATEWAY.simulator();
        device = GATEWAY.device();
        application = KameletApplication.start("classpath:routes/device-status.camel.yaml",
                Map.of("camel.kamelet.whacenter-device-status-source.deviceId", DEVICE_ID),
                Map.of("camel.kamelet.whacenter-device-status-source.baseUrl", simulator.baseUrl()));
        states = application.context().getEndpoint("mock:device-state", MockEndpoint.class);
    }

    @AfterEach
    void stop() throws IOException {
        application.close();
        application.assertCamelLogHoldsNoSecret();
    }

    @Test
    void emitsTheStateAtTheFirstPollThenOnlyItsChanges() throws Exception {
        states.expectedMessageCount(1);
        states.assertIsSatisfied();
        JsonNode first = body(0);
        assertEquals("CONNECTED", first.get("state").asText());
        assertTrue(first.get("previousState").isNull());
        assertTrue(first.get("connected").asBoolean());
        assertEquals(DEVICE_NUMBER, first.get("number").asText());
        assertEquals(DEVICE_NAME, first.get("name").asText());
        assertEquals("PAIRED", first.get("qrState").asText());
        assertEquals("CONNECTED", states.getExchanges().get(0).getMessage().getHeader("device-state"));
        assertFalse(states.getExchanges().get(0).getMessage().getHeaders().containsKey("previous-device-state"));

        // polls with nothing changed emit nothing
        int polled = simulator.requests("statusDevice").size();
        await().atMost(Duration.ofSeconds(10)).until(() -> simulator.requests("statusDevice").size() >= polled + 3);
        assertEquals(1, states.getReceivedCounter());

        states.reset();
        states.expectedMessageCount(1);
        states.expectedHeaderReceived("device-state", "DISCONNECTED");
        states.expectedHeaderReceived("previous-device-state", "CONNECTED");
        states.expectedHeaderReceived("ce-devicestate", "DISCONNECTED");
        states.expectedHeaderReceived("ce-previousdevicestate", "CONNECTED");
        device.setConnected(false);
        states.assertIsSatisfied();
        JsonNode dropped = body(0);
        assertEquals("DISCONNECTED", dropped.get("state").asText());
        assertEquals("CONNECTED", dropped.get("previousState").asText());
        assertFalse(dropped.get("connected").asBoolean());

        states.reset();
        states.expectedMessageCount(1);
        states.expectedHeaderReceived("device-state", "QR_WAITING");
        device.relog();
        states.assertIsSatisfied();
        JsonNode waiting = body(0);
        assertEquals("WAITING", waiting.get("qrState").asText());
        assertFalse(waiting.has("qr"), "the pairing string stays out of the event");
    }

    @Test
    void aFailedPollIsLoggedWithoutTheDeviceId() throws Exception {
        states.expectedMessageCount(1);
        states.assertIsSatisfied();
        int polled = simulator.requests("statusDevice").size();

        simulator.enqueueFault("statusDevice", Fault.httpStatus(502, "<html>Bad Gateway</html>"));

        await().atMost(Duration.ofSeconds(10)).until(() -> simulator.requests("statusDevice").size() >= polled + 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(KameletApplication.CAMEL_LOG).contains("502"));
        assertEquals(1, states.getReceivedCounter(), "a failed poll is no state change");
    }

    private JsonNode body(int index) throws IOException {
        Exchange exchange = states.getExchanges().get(index);
        return JSON.readTree(exchange.getMessage().getBody(String.class));
    }
}
