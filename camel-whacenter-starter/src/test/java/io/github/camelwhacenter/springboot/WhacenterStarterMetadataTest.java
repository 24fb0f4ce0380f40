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

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The IDE metadata the configuration processor generates for the starter, checked against the component's own
 * catalog as the camel-whacenter jar ships it: every component option must be a documented property.
 */
class WhacenterStarterMetadataTest {

    private static final String PREFIX = "camel.component.whacenter.";
    private static final String CATALOG = "META-INF/io/github/camelwhacenter/whacenter.json";
    private static final String METADATA = "META-INF/spring-configuration-metadata.json";
    private static final Map<String, String> WRAPPERS = Map.of(
            "boolean", "java.lang.Boolean", "int", "java.lang.Integer", "long", "java.lang.Long",
            "double", "java.lang.Double", "float", "java.lang.Float", "short", "java.lang.Short",
            "byte", "java.lang.Byte", "char", "java.lang.Character");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Map<String, JsonNode> componentOptions;
    private static Map<String, JsonNode> properties;

    @BeforeAll
    static void load() throws IOException {
        componentOptions = new LinkedHashMap<>();
        try (InputStream in = WhacenterStarterMetadataTest.class.getClassLoader().getResourceAsStream(CATALOG)) {
            assertNotNull(in, CATALOG + " should be on the classpath, from the camel-whacenter jar");
            MAPPER.readTree(in).get("componentProperties").fields()
                    .forEachRemaining(e -> componentOptions.put(e.getKey(), e.getValue()));
        }
        properties = new LinkedHashMap<>();
        for (JsonNode property : starterMetadata().get("properties")) {
            properties.put(property.get("name").asText(), property);
        }
    }

    /** The metadata file of this starter, among those of every jar on the classpath. */
    private static JsonNode starterMetadata() throws IOException {
        List<JsonNode> found = new ArrayList<>();
        for (URL url : Collections.list(WhacenterStarterMetadataTest.class.getClassLoader().getResources(METADATA))) {
            try (InputStream in = url.openStream()) {
                JsonNode metadata = MAPPER.readTree(in);
                for (JsonNode group : metadata.path("groups")) {
                    if (WhacenterComponentConfiguration.class.getName().equals(group.path("type").asText())) {
                        found.add(metadata);
                        break;
                    }
                }
            }
        }
        assertEquals(1, found.size(), "exactly one " + METADATA + " should describe the starter's properties");
        return found.get(0);
    }

    private static String propertyName(String option) {
        return PREFIX + StringHelper.camelCaseToDash(option);
    }

    private static JsonNode property(String option) {
        JsonNode property = properties.get(propertyName(option));
        if (property == null) {
            fail("component option " + option + " has no property " + propertyName(option)
                 + ": add it to WhacenterComponentConfiguration");
        }
        return property;
    }

    @Test
    void everyComponentOptionIsADocumentedProperty() {
        assertFalse(componentOptions.isEmpty(), "the catalog lists the component options");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> option : componentOptions.entrySet()) {
            JsonNode property = properties.get(propertyName(option.getKey()));
            if (property == null) {
                problems.add(option.getKey() + ": no property " + propertyName(option.getKey()));
            } else if (property.path("description").asText("").isBlank()) {
                problems.add(option.getKey() + ": no description");
            }
        }
        assertTrue(problems.isEmpty(), "component options missing from the starter's metadata: " + problems);
    }

    @Test
    void everyPropertyHasTheOptionsTypeAndDefault() {
        for (Map.Entry<String, JsonNode> option : componentOptions.entrySet()) {
            JsonNode property = property(option.getKey());
            String javaType = option.getValue().get("javaType").asText();
            // a duration option (milliseconds in the component) is a Duration in Boot: 30s, PT1M or milliseconds
            boolean duration = "duration".equals(option.getValue().path("type").asText());
            assertEquals(duration ? "java.time.Duration" : WRAPPERS.getOrDefault(javaType, javaType),
                    property.path("type").asText(), "type of " + option.getKey());
            JsonNode catalogDefault = option.getValue().get("defaultValue");
            if (catalogDefault == null || catalogDefault.asText().isEmpty()) {
                assertTrue(property.path("defaultValue").isMissingNode(),
                        option.getKey() + " has no default in the catalog, yet " + property.get("defaultValue"));
            } else {
                assertTrue(property.has("defaultValue"), option.getKey() + " should show its default");
                String expected = catalogDefault.asText();
                String actual = property.get("defaultValue").asText();
                if (option.getValue().has("enum")) {
                    // the processor writes enum defaults the way they are best typed: lower case
                    expected = expected.toLowerCase(Locale.ROOT);
                }
                if (duration) {
                    expected += "ms";
                }
                assertEquals(expected, actual, "default of " + option.getKey());
            }
        }
    }

    @Test
    void theSecretOptionsAreDocumentedAsSecretsAndMasked() {
        List<String> secrets = new ArrayList<>();
        componentOptions.forEach((name, option) -> {
            boolean secret = option.path("secret").asBoolean(false);
            String description = property(name).get("description").asText();
            String key = propertyName(name);
            if (secret) {
                secrets.add(name);
                assertTrue(description.contains("is a secret"), name + " should be documented as a secret: " + description);
                assertTrue(WhacenterSanitizingAutoConfiguration.isSecret(key), key + " should be masked");
            } else {
                assertFalse(description.contains("is a secret"), name + " is not a secret: " + description);
                assertFalse(WhacenterSanitizingAutoConfiguration.isSecret(key), key + " should not be masked");
            }
        });
        assertTrue(secrets.contains("deviceId"), "the device id is a secret option of the catalog: " + secrets);
        assertTrue(properties.get(PREFIX + "device-id").get("description").asText().contains("credential"));
    }

    @Test
    void theSwitchesAreDocumentedWithTheirDefaults() {
        for (String name : List.of(PREFIX + "enabled", PREFIX + "customizer.enabled")) {
            JsonNode property = properties.get(name);
            assertNotNull(property, name);
            assertEquals("java.lang.Boolean", property.path("type").asText(), name);
            assertFalse(property.path("description").asText("").isBlank(), name + " has a description");
            assertTrue(property.path("defaultValue").asBoolean(false), name + " defaults to true");
        }
    }

    @Test
    void everyPropertyOfTheStarterIsDocumented() {
        properties.forEach((name, property) -> {
            assertTrue(name.startsWith(PREFIX), name);
            assertFalse(property.path("description").asText("").isBlank(), name + " has a description");
            assertFalse(property.path("type").asText("").isBlank(), name + " has a type");
        });
    }
}
