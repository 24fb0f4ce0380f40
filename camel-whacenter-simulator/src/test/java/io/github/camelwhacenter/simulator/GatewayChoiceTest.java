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

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one rule by which the examples choose the real gateway or the embedded simulator. */
class GatewayChoiceTest {

    @Test
    void bothVariablesNameTheRealGatewayAndNeitherTheSimulator() {
        GatewayChoice real = GatewayChoice.from(Map.of("WHACENTER_DEVICE_ID", "dev-1",
                "WHACENTER_BASE_URL", "https://app.whacenter.com/api")::get);
        assertFalse(real.simulated());
        assertEquals("https://app.whacenter.com/api", real.baseUrl());
        assertEquals("dev-1", real.deviceId());
        assertFalse(real.toString().contains("dev-1"), "the device id is a credential: " + real);

        assertTrue(GatewayChoice.from(Map.<String, String>of()::get).simulated());
        assertTrue(GatewayChoice.from(Map.of("WHACENTER_DEVICE_ID", " ", "WHACENTER_BASE_URL", "")::get).simulated(),
                "blank is not set");
    }

    @Test
    void oneWithoutTheOtherIsRefusedSayingWhatToSet() {
        IllegalArgumentException noBaseUrl = assertThrows(IllegalArgumentException.class,
                () -> GatewayChoice.from(Map.of("WHACENTER_DEVICE_ID", "dev-1")::get));
        assertTrue(noBaseUrl.getMessage().contains("WHACENTER_BASE_URL is not set"), noBaseUrl.getMessage());
        assertFalse(noBaseUrl.getMessage().contains("dev-1"), noBaseUrl.getMessage());

        IllegalArgumentException noDeviceId = assertThrows(IllegalArgumentException.class,
                () -> GatewayChoice.from(Map.of("WHACENTER_BASE_URL", "https://app.whacenter.com/api")::get));
        assertTrue(noDeviceId.getMessage().contains("WHACENTER_DEVICE_ID is not set"), noDeviceId.getMessage());
    }
}
