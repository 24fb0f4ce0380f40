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

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every option, header and operation of the generated catalog is on the component's doc page.
 */
class WhacenterDocumentationTest {

    @Test
    void theDocPageCoversTheCatalog() throws Exception {
        String page = Files.readString(Path.of("src/main/docs/whacenter-component.adoc"));
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/camelwhacenter/whacenter.json")) {
            catalog = new ObjectMapper().readTree(in);
        }
        for (String section : new String[] { "componentProperties", "properties", "headers" }) {
            catalog.get(section).fieldNames().forEachRemaining(
                    name -> assertTrue(page.contains("*" + name + "*"), section + " " + name + " is documented"));
        }
        catalog.at("/properties/operation/enum").forEach(
                operation -> assertTrue(page.contains("`" + operation.asText() + "`"), operation + " is documented"));
    }
}
