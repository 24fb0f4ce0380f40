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
package io.github.camelwhacenter.examples.springboot;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One of the two variables without the other stops the application at startup, saying which is missing (the
 * project's one rule: both name the real gateway, neither starts the simulator).
 */
class WhacenterSpringBootExampleMisconfiguredTest {

    @Test
    void aBaseUrlWithoutADeviceIdFailsTheStart() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(WhacenterSpringBootExample.class)
                .properties("server.port=0", "WHACENTER_BASE_URL=http://127.0.0.1:9/api", "WHACENTER_DEVICE_ID=");

        Exception failure = assertThrows(Exception.class, application::run);

        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains("WHACENTER_DEVICE_ID is not set"), messages.toString());
    }

    @Test
    void aDeviceIdWithoutABaseUrlFailsTheStart() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(WhacenterSpringBootExample.class)
                .properties("server.port=0", "WHACENTER_DEVICE_ID=dev-2f8e1a", "WHACENTER_BASE_URL=");

        Exception failure = assertThrows(Exception.class, application::run);

        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains("WHACENTER_BASE_URL is not set"), messages.toString());
        assertFalse(messages.toString().contains("dev-2f8e1a"), "the device id is a credential: " + messages);
    }
}
