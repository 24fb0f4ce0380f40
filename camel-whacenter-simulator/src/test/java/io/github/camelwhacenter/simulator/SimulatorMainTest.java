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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The standalone command line. */
class SimulatorMainTest {

    @Test
    void defaults() {
        SimulatorOptions options = SimulatorOptions.parse();

        assertEquals(8080, options.port);
        assertEquals("127.0.0.1", options.host);
        assertEquals(List.of("demo-device"), options.deviceIds);
        assertEquals("6281234567890", options.numberOf(0));
        assertEquals("demo-device", options.nameOf("demo-device"));
        assertNull(options.webhook);
    }

    @Test
    void repeatableAndCommaSeparatedDevicesWithCountedNumbers() {
        SimulatorOptions options = SimulatorOptions.parse("--port=0", "--device-id", "a,b", "--device-id", "c",
                "--number", "0811", "--name", "toko", "--webhook", "http://127.0.0.1:9/h");

        assertEquals(0, options.port);
        assertEquals(List.of("a", "b", "c"), options.deviceIds);
        assertEquals(List.of("0811", "0812", "0813"), List.of(options.numberOf(0), options.numberOf(1), options.numberOf(2)));
        assertEquals("toko", options.nameOf("b"));
        assertEquals("http://127.0.0.1:9/h", options.webhook);
    }

    @Test
    void mistakesAreReported() {
        assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--port", "http"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--port", "70000"));
        assertEquals("unknown option: --verbose",
                assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--verbose")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--device-id"));
        assertTrue(SimulatorOptions.parse("--help").help);
    }

    @Test
    void startPrintsWhereItListensAndServesTheDevices() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SimulatorOptions options = SimulatorOptions.parse("--port", "0", "--device-id", "mydevice");

        try (WhacenterSimulator simulator = SimulatorMain.start(options, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            String output = printed.toString(StandardCharsets.UTF_8);
            assertTrue(output.contains("listening on " + simulator.baseUrl()), output);
            assertTrue(output.contains("device_id=mydevice  number=6281234567890  name=mydevice"), output);
            assertTrue(GatewayClient.text(new GatewayClient(simulator).get("statusDevice", "device_id", "mydevice"))
                    .contains("\"status\":\"CONNECTED\""));
        }
    }
}
