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
package io.github.camelwhacenter.examples.demo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoOptionsTest {

    @Test
    void withoutGatewayVariablesTheDemoRunsOnTheSimulatorOnLoopback() {
        DemoOptions options = DemoOptions.from(Map.of());

        assertTrue(options.simulated());
        assertFalse(options.server());
        assertEquals("127.0.0.1", options.host());
        assertEquals(0, options.port(), "a free port is picked");
        assertEquals(DemoOptions.SIMULATED_CUSTOMER, options.recipient());
        assertEquals(24, options.webhookToken().length());
        assertNotEquals(options.webhookToken(), DemoOptions.from(Map.of()).webhookToken(), "a fresh token per run");
    }

    @Test
    void bothGatewayVariablesSelectTheRealGateway() {
        DemoOptions options = DemoOptions.from(Map.of(
                "WHACENTER_DEVICE_ID", "my-device",
                "WHACENTER_BASE_URL", "https://app.whacenter.com/api",
                "WHACENTER_DEMO_NUMBER", "6281234567890",
                "WHACENTER_WEBHOOK_URL", "https://demo.example.com/whacenter/webhook",
                "WHACENTER_WEBHOOK_TOKEN", "s3cret"));

        assertFalse(options.simulated());
        assertEquals("https://app.whacenter.com/api", options.gatewayBaseUrl());
        assertEquals("my-device", options.deviceId());
        assertEquals("0.0.0.0", options.host());
        assertEquals(DemoOptions.DEFAULT_SERVER_PORT, options.port());
        assertEquals("6281234567890", options.recipient());
        assertEquals("https://demo.example.com/whacenter/webhook", options.webhookUrl());
        assertEquals("s3cret", options.webhookToken());
    }

    @Test
    void aRealGatewayWithoutRecipientOrWebhookUrlLeavesThemUnset() {
        DemoOptions options = DemoOptions.from(Map.of("WHACENTER_DEVICE_ID", "my-device",
                "WHACENTER_BASE_URL", "https://app.whacenter.com/api"));

        assertNull(options.recipient());
        assertNull(options.webhookUrl());
    }

    @Test
    void onlyOneGatewayVariableIsAMistake() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DemoOptions.from(Map.of("WHACENTER_DEVICE_ID", "my-device")));

        assertTrue(e.getMessage().contains("WHACENTER_BASE_URL"), e.getMessage());
        assertFalse(e.getMessage().contains("my-device"), "the device id is never shown");
    }

    @Test
    void theWebhookUrlMustBeAnHttpUrlWithoutQuery() {
        for (String url : new String[] { "https://demo.example.com/hook?x=1", "demo.example.com/hook" }) {
            assertThrows(IllegalArgumentException.class, () -> DemoOptions.from(Map.of("WHACENTER_DEVICE_ID", "my-device",
                    "WHACENTER_BASE_URL", "https://app.whacenter.com/api", "WHACENTER_WEBHOOK_URL", url)), url);
        }
    }

    @Test
    void theServerFlagComesFromTheArgumentOrTheEnvironment() {
        assertTrue(DemoOptions.from(Map.of(), "--server").server());
        assertTrue(DemoOptions.from(Map.of("WHACENTER_DEMO_SERVER", "true")).server());
        assertEquals(9090, DemoOptions.from(Map.of("WHACENTER_DEMO_PORT", "9090")).port());
        assertThrows(IllegalArgumentException.class, () -> DemoOptions.from(Map.of(), "--serve"));
        assertThrows(IllegalArgumentException.class, () -> DemoOptions.from(Map.of("WHACENTER_DEMO_PORT", "http")));
    }
}
