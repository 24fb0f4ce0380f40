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
package io.github.camelwhacenter.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The device's readiness in Spring Boot Actuator's /actuator/health, over real HTTP: DOWN within one
 * deviceCheckInterval of the simulator disconnecting the device, UP again once it reconnects, no device id shown; and
 * the component's meters in /actuator/metrics.
 */
@SpringBootTest(classes = { WhacenterTestApplication.class, WhacenterActuatorHealthTest.Routes.class },
                webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoints.web.exposure.include=health,metrics",
        "management.endpoint.health.show-details=always",
        "camel.health.exposure-level=full",
        "camel.component.whacenter.device-check-interval=300" })
class WhacenterActuatorHealthTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Configuration(proxyBeanMethods = false)
    static class Routes {
        @Bean
        RouteBuilder watchdogRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    // a watchdog that polls once at start: after that the health check asks the gateway itself
                    from("whacenter:deviceStatus?initialDelay=0&delay=600000").routeId("watchdog").process(exchange -> { });
                }
            };
        }
    }

    @LocalServerPort
    private int port;
    @Autowired
    private WhacenterSimulator simulator;
    @Autowired
    private ProducerTemplate template;

    private HttpResponse<String> health() throws Exception {
        return get("/actuator/health");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The component's meters land in Boot's MeterRegistry, found through the Camel registry. */
    @Test
    void theMetersAreInActuatorsMetrics() throws Exception {
        template.requestBody("whacenter:deviceStatus", (Object) null);
        HttpResponse<String> calls = get("/actuator/metrics/whacenter.calls?tag=operation:deviceStatus&tag=outcome:success");
        assertEquals(200, calls.statusCode(), calls::body);
        JsonNode measurements = MAPPER.readTree(calls.body()).path("measurements");
        assertTrue(measurements.get(0).path("value").asDouble() >= 1, calls::body);
        assertFalse(calls.body().contains(DEVICE_ID), calls::body);
        assertEquals(200, get("/actuator/metrics/whacenter.gateway.latency").statusCode());
    }

    private String deviceState() throws Exception {
        HttpResponse<String> response = health();
        assertFalse(response.body().contains(DEVICE_ID), response::body);
        JsonNode camel = MAPPER.readTree(response.body()).at("/components/camelHealth/details");
        // camel-spring-boot lists each check as "id": "UP" beside "id.data": {details}
        String device = null;
        for (var it = camel.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (name.startsWith("whacenter-device-") && !name.endsWith(".data")) {
                device = camel.get(name).asText() + " " + camel.path(name + ".data").path("device.state").asText();
            }
        }
        assertTrue(device != null, response::body);
        return device;
    }

    @Test
    void theDeviceIsDownInActuatorWhileDisconnectedAndUpAgainAfter() throws Exception {
        await().atMost(Duration.ofSeconds(5)).until(() -> deviceState().equals("UP CONNECTED"));
        assertEquals(200, health().statusCode());

        simulator.device(DEVICE_ID).setConnected(false);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> deviceState().equals("DOWN DISCONNECTED"));
        assertEquals(503, health().statusCode(), "Actuator answers 503 while a readiness check is DOWN");

        simulator.device(DEVICE_ID).setConnected(true);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> deviceState().equals("UP CONNECTED"));
    }
}
