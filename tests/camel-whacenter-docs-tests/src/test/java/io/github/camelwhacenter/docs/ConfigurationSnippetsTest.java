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
package io.github.camelwhacenter.docs;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelwhacenter.docs.Documents.Snippet;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The YAML, XML and properties snippets of the README and the reference say what exists: the component's options by
 * their names, the Kamelets and their properties, the project's published artifacts at its version, and the Camel
 * BOMs at the versions the build tests.
 */
class ConfigurationSnippetsTest {

    private static final Set<String> PUBLISHED = Set.of("camel-whacenter", "camel-whacenter-endpointdsl",
            "camel-whacenter-starter", "camel-whacenter-kamelets", "camel-whacenter-simulator",
            "camel-whacenter-karaf-features", "camel-whacenter-parent");

    @Test
    void everyPropertiesSnippetNamesComponentOptions() throws Exception {
        List<Snippet> snippets = Documents.snippets("properties");
        assertFalse(snippets.isEmpty());
        Set<String> options = componentOptions();
        for (Snippet snippet : snippets) {
            Properties properties = new Properties();
            properties.load(new StringReader(snippet.code()));
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("camel.component.whacenter.")) {
                    String option = camelCase(key.substring("camel.component.whacenter.".length()));
                    assertTrue(options.contains(option), snippet.where() + ": " + key + " is no option of the component");
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyYamlSnippetLoadsAndNamesWhatExists() throws Exception {
        List<Snippet> snippets = Documents.snippets("yaml");
        assertFalse(snippets.isEmpty());
        Set<String> options = componentOptions();
        for (Snippet snippet : snippets) {
            Object yaml = new Load(LoadSettings.builder().build()).loadFromString(snippet.code());
            assertNotNull(yaml, snippet.where());
            if (yaml instanceof Map<?, ?> map && map.get("camel") instanceof Map<?, ?> camel
                && camel.get("component") instanceof Map<?, ?> component
                && component.get("whacenter") instanceof Map<?, ?> whacenter) {
                for (Object key : whacenter.keySet()) {
                    assertTrue(options.contains(camelCase(String.valueOf(key))),
                            snippet.where() + ": camel.component.whacenter." + key + " is no option of the component");
                }
            }
            if (yaml instanceof Map<?, ?> map && "Pipe".equals(map.get("kind"))) {
                Map<String, Object> spec = (Map<String, Object>) map.get("spec");
                for (String end : List.of("source", "sink")) {
                    Map<String, Object> side = (Map<String, Object>) spec.get(end);
                    if (side.get("ref") instanceof Map<?, ?> ref) {
                        Set<String> properties = kameletProperties(String.valueOf(ref.get("name")), snippet);
                        Map<String, Object> given = (Map<String, Object>) side.getOrDefault("properties", Map.of());
                        for (String property : given.keySet()) {
                            assertTrue(properties.contains(property), snippet.where() + ": the Kamelet " + ref.get("name")
                                                                     + " has no property " + property);
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyXmlSnippetIsWellFormedAndNamesThePublishedArtifacts() throws Exception {
        List<Snippet> snippets = Documents.snippets("xml");
        assertFalse(snippets.isEmpty());
        for (Snippet snippet : snippets) {
            Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(("<project>" + snippet.code() + "</project>").getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
            NodeList dependencies = root.getElementsByTagName("dependency");
            for (int i = 0; i < dependencies.getLength(); i++) {
                Element dependency = (Element) dependencies.item(i);
                String group = text(dependency, "groupId");
                String artifact = text(dependency, "artifactId");
                String version = text(dependency, "version");
                String what = snippet.where() + ": " + group + ":" + artifact + ":" + version;
                if ("io.github.camelwhacenter".equals(group)) {
                    assertTrue(PUBLISHED.contains(artifact), what + " is not published");
                    assertTrue("x.x.x".equals(version) || System.getProperty("whacenter.docs.projectVersion").equals(version),
                            what + ": the project's version is " + System.getProperty("whacenter.docs.projectVersion"));
                } else if ("camel-bom".equals(artifact)) {
                    assertEquals(System.getProperty("whacenter.docs.camelBomVersion"), version, what);
                } else if ("camel-spring-boot-bom".equals(artifact)) {
                    assertEquals(System.getProperty("whacenter.docs.camelSpringBootBomVersion"), version, what);
                } else {
                    assertTrue(version == null, what + ": the BOM gives its version");
                }
            }
        }
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }

    private static Set<String> componentOptions() throws Exception {
        try (InputStream in = ConfigurationSnippetsTest.class.getResourceAsStream("/META-INF/io/github/camelwhacenter/whacenter.json")) {
            JsonNode catalog = new ObjectMapper().readTree(in);
            Set<String> options = new TreeSet<>();
            catalog.get("componentProperties").fieldNames().forEachRemaining(options::add);
            return options;
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> kameletProperties(String name, Snippet snippet) throws Exception {
        try (InputStream in = ConfigurationSnippetsTest.class.getResourceAsStream("/kamelets/" + name + ".kamelet.yaml")) {
            assertNotNull(in, snippet.where() + ": no Kamelet " + name);
            Map<String, Object> kamelet = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
            Map<String, Object> definition = (Map<String, Object>) ((Map<String, Object>) kamelet.get("spec")).get("definition");
            return ((Map<String, Object>) definition.get("properties")).keySet();
        }
    }

    /** webhook-external-url becomes webhookExternalUrl, as Spring Boot and Camel Main bind it. */
    private static String camelCase(String kebab) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
