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
package io.github.camelwhacenter.tests.kamelets;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What Camel's Kamelet catalogs and UIs read of a Kamelet, as Camel's own Kamelets carry it: an icon, credentials
 * marked as such (the current descriptor, not the deprecated tectonic one), and a sink that answers JSON.
 */
class WhacenterKameletDefinitionsTest {

    @ParameterizedTest
    @ValueSource(strings = { "whacenter-sink", "whacenter-source", "whacenter-device-status-source" })
    @SuppressWarnings("unchecked")
    void carriesAnIconAndMarksItsCredentials(String name) throws Exception {
        Map<String, Object> kamelet = load(name);
        Map<String, Object> annotations = (Map<String, Object>) ((Map<String, Object>) kamelet.get("metadata")).get("annotations");
        String icon = (String) annotations.get("camel.apache.org/kamelet.icon");
        assertNotNull(icon, name + " has an icon");
        assertTrue(icon.startsWith("data:image/svg+xml;base64,"), icon);
        String svg = new String(Base64.getDecoder().decode(icon.substring(icon.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"), svg);

        Map<String, Object> definition = (Map<String, Object>) ((Map<String, Object>) kamelet.get("spec")).get("definition");
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) definition.get("properties");
        int secrets = 0;
        for (Map.Entry<String, Map<String, Object>> property : properties.entrySet()) {
            List<String> descriptors = (List<String>) property.getValue().getOrDefault("x-descriptors", List.of());
            assertFalse(descriptors.stream().anyMatch(d -> d.contains("tectonic")), name + "." + property.getKey()
                        + " uses the deprecated tectonic descriptor: " + descriptors);
            if ("password".equals(property.getValue().get("format"))) {
                secrets++;
                assertTrue(descriptors.contains("urn:camel:group:credentials"), name + "." + property.getKey() + ": " + descriptors);
            }
        }
        assertTrue(secrets > 0, name + " marks its device id (and token) as a credential");
    }

    @ParameterizedTest
    @ValueSource(strings = { "whacenter-sink" })
    @SuppressWarnings("unchecked")
    void theSinkDeclaresItsJsonAnswer(String name) throws Exception {
        Map<String, Object> spec = (Map<String, Object>) load(name).get("spec");
        Map<String, Object> out = (Map<String, Object>) ((Map<String, Object>) spec.get("types")).get("out");
        assertEquals("application/json", out.get("mediaType"));
        assertTrue(((List<String>) spec.get("dependencies")).contains("camel:jackson"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String name) throws Exception {
        try (InputStream in = WhacenterKameletDefinitionsTest.class.getResourceAsStream("/kamelets/" + name + ".kamelet.yaml")) {
            assertNotNull(in, name + " is on the class path");
            return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        }
    }
}
