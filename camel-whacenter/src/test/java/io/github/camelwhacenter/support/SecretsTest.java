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
package io.github.camelwhacenter.support;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretsTest {

    @Test
    void aSecretAcrossTheSnippetsCutLeavesNoneOfItsStart() {
        for (int offset = 150; offset < 210; offset++) {
            String body = "x".repeat(offset) + DEVICE_ID + " and more";
            String snippet = Secrets.snippet(body.getBytes(StandardCharsets.UTF_8), DEVICE_ID);
            assertFalse(snippet.contains("dev-7f"), "offset " + offset + ": " + snippet);
        }
    }

    @Test
    void aSecretAcrossTheDecodedWindowIsMaskedToo() {
        for (int offset = 745; offset < 775; offset++) {
            // control characters collapse into one space: what lay past the decoded window moves into the snippet
            String body = "{\"message\":\"" + DEVICE_ID + "\"," + "\n".repeat(offset) + DEVICE_ID + "}";
            String snippet = Secrets.snippet(body.getBytes(StandardCharsets.UTF_8), DEVICE_ID);
            assertFalse(snippet.contains("7f3a9c"), "offset " + offset + ": " + snippet);
            assertTrue(snippet.contains(Secrets.MASK), snippet);
        }
    }
}
