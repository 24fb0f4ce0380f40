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
package io.github.camelwhacenter.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The device's readiness in Camel Main's /observe/health (camel-platform-http-main's management server), over real
 * HTTP: DOWN within one deviceCheckInterval of the simulator disconnecting the device, UP once it reconnects.
 */
class DeviceHealthCamelMainTest {

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void observeHealthFollowsTheDevice(WhacenterSimulator simulator) throws Exception {
        int managementPort = AvailablePortFinder.getNextAvailable();
        Main main = new Main();
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:deviceStatus?initialDelay=0&delay=600000").routeId("watchdog").log("${body}");
            }
        });
        main.addInitialProperty("camel.component.whacenter.base-url", simulator.baseUrl());
        main.addInitialProperty("camel.component.whacenter.device-check-interval", "300");
        main.addInitialProperty("camel.management.enabled", "true");
        main.addInitialProperty("camel.management.host", "127.0.0.1");
        main.addInitialProperty("camel.management.port", String.valueOf(managementPort));
        main.addInitialProperty("camel.management.health-check-enabled", "true");
        main.addInitialProperty("camel.health.exposure-level", "full");
        main.addOverrideProperty("camel.component.whacenter.device-id", DEVICE_ID);
        CountDownLatch started = new CountDownLatch(1);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport main) {
                started.countDown();
            }
        });
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertTrue(started.await(30, TimeUnit.SECONDS), "Camel Main started");
            String health = "http://127.0.0.1:" + managementPort + "/observe/health";
            await().atMost(Duration.ofSeconds(10)).until(() -> "UP".equals(deviceCheck(health)));

            simulator.device(DEVICE_ID).setConnected(false);
            simulator.device(DEVICE_ID).setQrState("timeout");
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> "DOWN".equals(deviceCheck(health)));
            HttpResponse<String> down = get(health);
            assertEquals(503, down.statusCode(), down::body);
            assertTrue(down.body().contains("relogDevice"), down::body);

            simulator.device(DEVICE_ID).setConnected(true);
            simulator.device(DEVICE_ID).setQrState("done");
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> "UP".equals(deviceCheck(health)));
        } finally {
            main.completed();
            running.get(30, TimeUnit.SECONDS);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The state of the whacenter device check in the answer, after checking it shows no device id. */
    private String deviceCheck(String url) throws Exception {
        HttpResponse<String> response = get(url);
        assertFalse(response.body().contains(DEVICE_ID), response::body);
        for (JsonNode check : MAPPER.readTree(response.body()).path("checks")) {
            if (check.path("name").asText().startsWith("whacenter-device-")) {
                return check.path("status").asText();
            }
        }
        return "absent: " + response.body();
    }
}
