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
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.catalog.RuntimeCamelCatalog;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog JSON that camel-component-maven-plugin generates is what tooling sees: it must be complete, and found
 * where Camel's tooling looks for a component that is not one of Camel's own.
 */
class WhacenterCatalogMetadataTest {

    private static JsonNode catalog() throws Exception {
        try (InputStream in = WhacenterCatalogMetadataTest.class.getResourceAsStream("/META-INF/io/github/camelwhacenter/whacenter.json")) {
            assertNotNull(in, "the generated catalog JSON is on the classpath");
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void deviceIdIsSecretOnComponentAndEndpoint() throws Exception {
        JsonNode catalog = catalog();

        assertTrue(catalog.at("/componentProperties/deviceId/secret").asBoolean());
        assertTrue(catalog.at("/properties/deviceId/secret").asBoolean());
        assertTrue(catalog.at("/headers/CamelWhacenterDeviceId/secret").asBoolean());
    }

    @Test
    void theOperationIsAnEnumOfTheGatewayOperationsTheConsumersFetchMediaAndAsk() throws Exception {
        List<String> operations = new ArrayList<>();
        catalog().at("/properties/operation/enum").forEach(n -> operations.add(n.asText()));

        assertEquals(List.of("send", "sendGroup", "sendButton", "deleteMessage", "deviceStatus", "qr", "getWebhook",
                "setWebhook", "relogDevice", "webhook", "conversations", "fetchMedia", "ask"), operations);
        assertTrue(catalog().at("/properties/operation/required").asBoolean());
    }

    @Test
    void everyOptionAndHeaderIsDocumentedWithItsDefault() throws Exception {
        JsonNode catalog = catalog();
        for (String section : List.of("componentProperties", "properties", "headers")) {
            catalog.get(section).fields().forEachRemaining(option -> assertFalse(
                    option.getValue().path("description").asText().isBlank(), section + "." + option.getKey() + " has a description"));
        }
        assertEquals("https://app.whacenter.com/api", catalog.at("/properties/baseUrl/defaultValue").asText());
        assertEquals("Asia/Jakarta", catalog.at("/properties/timeZone/defaultValue").asText());
        assertEquals("62", catalog.at("/properties/defaultCountryCode/defaultValue").asText());
        assertTrue(catalog.at("/properties/throwExceptionOnFailure/defaultValue").asBoolean());
        assertTrue(catalog.at("/component/async").asBoolean());
    }

    /** What the generated tables show is what the component does. */
    @Test
    void theCatalogsDefaultsAndLabelsAreTheComponentsOwn() throws Exception {
        JsonNode catalog = catalog();
        assertEquals(WhacenterEndpoint.DEFAULT_WATCHDOG_DELAY, catalog.at("/properties/delay/defaultValue").asLong(),
                "the device watchdog polls once a minute, not at Camel's 500 ms");
        try (CamelContext context = new DefaultCamelContext()) {
            WhacenterEndpoint endpoint = context.getEndpoint("whacenter:deviceStatus", WhacenterEndpoint.class);
            assertEquals(catalog.at("/properties/delay/defaultValue").asLong(), endpoint.getDelay());
        }
        // the webhook consumer sets it too (to the sender, so that a reply goes back): not a producer-only header
        assertFalse(catalog.at("/headers/CamelWhacenterNumber/label").asText().contains("producer"),
                catalog.at("/headers/CamelWhacenterNumber").toString());
        assertEquals("2", catalog.at("/properties/ioThreadCount/defaultValue").asText());
        // sendButton is deprecated, and so is what only it reads
        assertTrue(catalog.at("/properties/buttons/deprecated").asBoolean());
        assertTrue(catalog.at("/componentProperties/buttons/deprecated").asBoolean());
        assertTrue(catalog.at("/headers/CamelWhacenterButtons/deprecated").asBoolean());
    }

    /**
     * Where Camel's own components carry it, so does this one: {@code META-INF/services/org/apache/camel/component.properties}
     * names the component's scheme and Maven coordinates, which Camel's IDE plugin and Camel JBang read to discover a
     * component on the class path, and Camel's runtime finds the catalog JSON from the scheme.
     */
    @Test
    void camelsToolingFindsTheComponentAndItsCatalog() throws Exception {
        Properties found = null;
        Enumeration<URL> all = getClass().getClassLoader().getResources("META-INF/services/org/apache/camel/component.properties");
        while (all.hasMoreElements()) {
            Properties properties = new Properties();
            try (InputStream in = all.nextElement().openStream()) {
                properties.load(in);
            }
            if ("camel-whacenter".equals(properties.getProperty("artifactId"))) {
                found = properties;
            }
        }
        assertNotNull(found, "camel-whacenter's component.properties is on the class path");
        assertEquals("whacenter", found.getProperty("components"));
        assertEquals("io.github.camelwhacenter", found.getProperty("groupId"));
        assertFalse(found.getProperty("version", "").isBlank(), found.toString());

        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            RuntimeCamelCatalog catalog = context.getCamelContextExtension().getContextPlugin(RuntimeCamelCatalog.class);
            assertNotNull(catalog, "Camel's runtime catalog");
            String schema = catalog.componentJSonSchema("whacenter");
            assertNotNull(schema, "Camel finds the catalog JSON by the scheme");
            assertEquals("whacenter", new ObjectMapper().readTree(schema).at("/component/scheme").asText());
        }
    }
}
