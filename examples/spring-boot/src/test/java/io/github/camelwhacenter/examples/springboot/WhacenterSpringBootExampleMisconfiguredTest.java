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

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A gateway URL without a device id stops the application at startup, saying what is missing.
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
        assertTrue(messages.toString().contains("WHACENTER_DEVICE_ID is not"), messages.toString());
    }
}
