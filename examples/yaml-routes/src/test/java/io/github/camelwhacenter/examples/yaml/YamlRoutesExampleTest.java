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
package io.github.camelwhacenter.examples.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.simulator.SentMessage;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Boots Camel Main with the example's YAML route files against a simulator on loopback.
 */
class YamlRoutesExampleTest {

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    @Test
    void theYamlRoutesSendThroughTheGatewayAndStop(WhacenterSimulator simulator) throws IOException {
        int exitCode = CompletableFuture.supplyAsync(() -> {
            try {
                return YamlRoutesExample.run(simulator.baseUrl(), DEVICE_ID, YamlRoutesExample.SIMULATED_CUSTOMER);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }).orTimeout(60, TimeUnit.SECONDS).join();

        assertEquals(0, exitCode);
        String camelLog = Files.readString(Path.of("target/yaml-routes-test.log"));
        assertTrue(camelLog.contains("Apache Camel " + System.getProperty("whacenter.test.camelVersion") + " ("),
                "ran on the Camel line the build names");
        assertFalse(camelLog.contains(DEVICE_ID), "the device id is in Camel's log");
        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(2, sent.size(), sent::toString);
        assertEquals("6281234567890", sent.get(0).number());
        assertEquals("Thank you! Your order #1001 is confirmed; we will message you when it ships.",
                sent.get(0).message());
        assertNull(sent.get(0).file());
        assertEquals("6281234567890", sent.get(1).number());
        assertEquals("Your order #1001", sent.get(1).message());
        assertEquals("https://camel.apache.org/apple-touch-icon-120x120.png", sent.get(1).file());
        assertEquals(1, simulator.requests("statusDevice").size());
        assertEquals(3, simulator.requests().size(), "nothing else reached the gateway");
    }

    /** Against a real gateway without WHACENTER_EXAMPLE_NUMBER the example messages nobody, and says why. */
    @Test
    void withoutARecipientNothingIsSentAndTheLogSaysWhy(WhacenterSimulator simulator) throws IOException {
        int exitCode = CompletableFuture.supplyAsync(() -> {
            try {
                return YamlRoutesExample.run(simulator.baseUrl(), DEVICE_ID, "");
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }).orTimeout(60, TimeUnit.SECONDS).join();

        assertEquals(0, exitCode);
        assertEquals(List.of(), simulator.sentMessages(DEVICE_ID));
        assertEquals(1, simulator.requests("statusDevice").size(), "the device check still runs");
        String camelLog = Files.readString(Path.of("target/yaml-routes-test.log"));
        assertTrue(camelLog.contains("Not sending the order confirmation: set WHACENTER_EXAMPLE_NUMBER"), camelLog);
    }
}
