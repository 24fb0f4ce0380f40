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
package io.github.camelwhacenter;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelwhacenter.simulator.SentMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The circuit breaker over real HTTP to the simulator: it opens after circuitBreakerThreshold sends refused as not connected
 * or on a status that says so, fails sends fast (or keeps them) while the device is down, and closes by itself once
 * its own status polls see the device connected again.
 */
class WhacenterCircuitBreakerTest extends CircuitBreakerTestSupport {

    @Override
    WhacenterCircuitBreaker circuitBreakerMode() {
        return WhacenterCircuitBreaker.FAIL_FAST;
    }

    @Test
    void failsFastWhileTheDeviceIsDownAndResumesByItself() throws Exception {
        try (LogCapture logs = LogCapture.install()) {
            assertNull(send("before").getException());
            simulator.device(DEVICE_ID).setConnected(false);
            for (int i = 0; i < 2; i++) {
                assertInstanceOf(WhacenterGatewayException.class, send("refused " + i).getException());
            }
            int sendsSoFar = simulator.requests("send").size();

            Exception fast = send("refused").getException();
            assertInstanceOf(WhacenterDeviceNotConnectedException.class, fast);
            assertFalse(fast instanceof WhacenterTransportException, "final: no redelivery repeats it");
            assertTrue(fast.getMessage().contains("2 sends in a row were refused"), fast.getMessage());
            assertEquals(sendsSoFar, simulator.requests("send").size(), "nothing went to the gateway");
            for (String secret : SECRETS) {
                assertFalse(fast.getMessage().contains(secret));
            }

            simulator.device(DEVICE_ID).setConnected(true);
            // the circuit breaker's own status polls, once per interval, see the device again
            await().atMost(Duration.ofMillis(INTERVAL * 20)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !circuitBreakerOpen());
            assertNull(send("after").getException());
            assertEquals(List.of("before", "after"),
                    simulator.sentMessages(DEVICE_ID).stream().map(SentMessage::message).toList());
            assertEquals(1, logs.lines().stream().filter(line -> line.contains("the circuit breaker opened")).count(),
                    "the change is logged once");
            assertEquals(1, logs.lines().stream().filter(line -> line.contains("the circuit breaker closed")).count());
        }
    }

    @Test
    void aStatusThatSaysDisconnectedOpensTheCircuitBreakerAtOnce() throws Exception {
        simulator.device(DEVICE_ID).setConnected(false);
        template.requestBody("direct:status", "");
        Exception fast = send("refused").getException();
        assertInstanceOf(WhacenterDeviceNotConnectedException.class, fast);
        assertTrue(fast.getMessage().contains("DISCONNECTED"), fast.getMessage());
        assertEquals(0, simulator.requests("send").size());
    }

    @Test
    void theFormerOptionNamesStillSetTheCircuitBreakerWhateverTheOrderTheDefaultsAreBoundIn() throws Exception {
        // Spring Boot binds every option, defaults included, in no set order
        for (boolean defaultsFirst : new boolean[] { true, false }) {
            Map<String, Object> properties = new LinkedHashMap<>();
            Map<String, Object> defaults = Map.of("circuitBreaker", "OFF", "circuitBreakerThreshold", "3");
            Map<String, Object> former = Map.of("deviceGuard", "PAUSE", "deviceGuardThreshold", "7");
            properties.putAll(defaultsFirst ? defaults : former);
            properties.putAll(defaultsFirst ? former : defaults);
            try (CamelContext other = new DefaultCamelContext()) {
                WhacenterComponent component = new WhacenterComponent();
                PropertyBindingSupport.build().withCamelContext(other).withTarget(component).withProperties(properties)
                        .bind();
                other.addComponent("whacenter", component);
                other.start();
                assertEquals(WhacenterCircuitBreaker.PAUSE, component.getDevices().settings().circuitBreaker());
                assertEquals(7, component.getDevices().settings().circuitBreakerThreshold());
            }
        }
    }
}
