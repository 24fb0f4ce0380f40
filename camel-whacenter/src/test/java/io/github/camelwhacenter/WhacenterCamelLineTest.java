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

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The suite runs on the Camel line its build names. The same test jar runs on each line of the README's matrix
 * (tests/camel-whacenter-camel-compat); if dependency management ever let the baseline Camel through, every other
 * test would pass for the wrong line, and this one fails.
 */
class WhacenterCamelLineTest {

    @Test
    void theCamelOnTheClasspathIsTheLineTheBuildNames() throws Exception {
        String expected = System.getProperty("whacenter.test.camelVersion");
        assertNotNull(expected, "the build sets whacenter.test.camelVersion to the Camel version it resolves");
        try (CamelContext context = new DefaultCamelContext()) {
            assertEquals(expected, context.getVersion());
        }
    }
}
