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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starting, addressing and stopping simulators. */
class LifecycleTest {

    @Test
    void startsOnARandomLoopbackPort() {
        try (WhacenterSimulator simulator = WhacenterSimulator.start()) {
            assertTrue(simulator.port() > 0);
            assertEquals("http://127.0.0.1:" + simulator.port() + "/api", simulator.baseUrl());
            assertEquals("http://127.0.0.1:" + simulator.port() + "/_simulator", simulator.controlUrl());
        }
    }

    @Test
    void startsOnAChosenPort() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        try (WhacenterSimulator simulator = WhacenterSimulator.start(port)) {
            assertEquals(port, simulator.port());
            simulator.addDevice("d", "1", "n");
            assertEquals(200, new GatewayClient(simulator).get("statusDevice", "device_id", "d").statusCode());
        }
    }

    @Test
    void aBusyPortFailsToStart() {
        try (WhacenterSimulator first = WhacenterSimulator.start()) {
            assertThrows(UncheckedIOException.class, () -> WhacenterSimulator.start(first.port()));
        }
    }

    @Test
    void twoSimulatorsAreIndependent() {
        try (WhacenterSimulator a = WhacenterSimulator.start(); WhacenterSimulator b = WhacenterSimulator.start()) {
            a.addDevice("d", "1", "n");

            assertTrue(GatewayClient.text(new GatewayClient(b).get("statusDevice", "device_id", "d")).contains("not found"));
            assertNull(b.device("d"));
        }
    }

    @Test
    void closeStopsServingCutsDelayedAnswersAndEndsTheThreads() throws InterruptedException {
        WhacenterSimulator simulator = WhacenterSimulator.start();
        simulator.addDevice("d", "1", "n");
        GatewayClient client = new GatewayClient(simulator);
        assertEquals(200, client.get("statusDevice", "device_id", "d").statusCode());
        simulator.setResponseDelay(Duration.ofSeconds(30));
        CompletableFuture<HttpResponse<String>> pending = client.http.sendAsync(
                HttpRequest.newBuilder(client.uri("statusDevice", "device_id", "d")).build(), HttpResponse.BodyHandlers.ofString());
        // the request is in the simulator's hands once it is recorded
        while (simulator.requests().size() < 2) {
            Thread.onSpinWait();
        }

        long start = System.nanoTime();
        simulator.close();
        simulator.close(); // idempotent

        // the answer was due 30 s after the request: a close that returns before then did not wait for it
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30, "close does not wait for the delay");
        assertThrows(Exception.class, pending::join, "the delayed request is cut");
        assertThrows(UncheckedIOException.class, () -> client.get("statusDevice", "device_id", "d"), "connection refused");
        String prefix = WhacenterSimulator.threadNamePrefix(simulator.port());
        List<Thread> left = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).toList();
        for (Thread thread : left) {
            thread.join(1_000); // a pool thread may still be unwinding right after the pool terminated
            assertFalse(thread.isAlive(), thread.getName() + " still alive");
        }
    }

    @Test
    void addDeviceReplacesAnEarlierOneWithFreshState() {
        try (WhacenterSimulator simulator = WhacenterSimulator.start()) {
            SimulatedDevice first = simulator.addDevice("d", "1", "n");
            first.setWebhookUrl("http://127.0.0.1:1/");
            first.setConnected(false);

            SimulatedDevice second = simulator.addDevice("d", "2", "m");

            assertSame(second, simulator.device("d"));
            assertTrue(second.isConnected());
            assertEquals(SimulatedDevice.QR_DONE, second.qrState());
            assertNull(second.webhookUrl());
            assertEquals(List.of(second), simulator.devices());
        }
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> WhacenterSimulator.start(70_000));
        try (WhacenterSimulator simulator = WhacenterSimulator.start()) {
            assertThrows(IllegalArgumentException.class, () -> simulator.setResponseDelay(Duration.ofMillis(-1)));
            assertThrows(IllegalArgumentException.class, () -> simulator.setHistoryLimit(0));
            assertThrows(IllegalArgumentException.class, () -> simulator.addDevice("", "1", "n"));
            assertThrows(IllegalArgumentException.class, () -> simulator.addDevice("d", "1", "n").setQrState(""));
        }
    }
}
