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
package io.github.camelwhacenter.tooling;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A component's catalog, as camel-component-maven-plugin writes it (the component's json file): what every generator
 * here reads, in the catalog's order.
 */
public record ComponentCatalog(
        String scheme,
        String title,
        String description,
        String syntax,
        String label,
        String firstVersion,
        String groupId,
        String artifactId,
        String javaType,
        List<CatalogOption> componentOptions,
        List<CatalogOption> endpointOptions,
        List<CatalogHeader> headers) {

    /** The location of a component's catalog in its jar, e.g. META-INF/io/github/camelwhacenter/whacenter.json. */
    public static String resourceName(String componentPackage, String scheme) {
        return "META-INF/" + componentPackage.replace('.', '/') + "/" + scheme + ".json";
    }

    /**
     * The catalog of the component with the package and scheme, from the class loader's resources (the component's
     * jar or classes); empty when there is none.
     */
    public static Optional<ComponentCatalog> fromClasspath(ClassLoader classLoader, String componentPackage,
            String scheme) throws IOException {
        try (InputStream in = classLoader.getResourceAsStream(resourceName(componentPackage, scheme))) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        }
    }

    public static ComponentCatalog read(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode component = root.path("component");
        if (component.isMissingNode()) {
            throw new IOException("Not a component catalog: it has no \"component\" object");
        }
        return new ComponentCatalog(
                component.path("scheme").asText(),
                component.path("title").asText(),
                component.path("description").asText(),
                component.path("syntax").asText(),
                component.path("label").asText(),
                component.path("firstVersion").asText(),
                component.path("groupId").asText(),
                component.path("artifactId").asText(),
                component.path("javaType").asText(),
                options(root.path("componentProperties")),
                options(root.path("properties")),
                headers(root.path("headers")));
    }

    /** The component's name as a Java identifier part: the catalog's title without what is not a letter or digit. */
    public String className() {
        StringBuilder name = new StringBuilder();
        for (char c : title.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                name.append(name.isEmpty() ? Character.toUpperCase(c) : c);
            }
        }
        return name.toString();
    }

    public List<CatalogOption> pathOptions() {
        return endpointOptions.stream().filter(CatalogOption::isPath).toList();
    }

    public List<CatalogOption> queryOptions() {
        return endpointOptions.stream().filter(option -> !option.isPath()).toList();
    }

    private static List<CatalogOption> options(JsonNode properties) {
        List<CatalogOption> options = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            JsonNode p = property.getValue();
            options.add(new CatalogOption(
                    property.getKey(),
                    p.path("kind").asText(),
                    p.path("group").asText(),
                    p.path("label").asText(),
                    p.path("required").asBoolean(),
                    p.path("type").asText(),
                    p.path("javaType").asText(),
                    strings(p.path("enum")),
                    p.path("deprecated").asBoolean(),
                    p.path("deprecationNote").asText(""),
                    p.path("secret").asBoolean(),
                    p.has("defaultValue") ? p.get("defaultValue").asText() : null,
                    p.path("description").asText(""),
                    p.path("multiValue").asBoolean(),
                    p.path("prefix").asText("")));
        }
        return List.copyOf(options);
    }

    private static List<CatalogHeader> headers(JsonNode headers) {
        List<CatalogHeader> answer = new ArrayList<>();
        for (Map.Entry<String, JsonNode> header : headers.properties()) {
            JsonNode h = header.getValue();
            answer.add(new CatalogHeader(
                    header.getKey(),
                    h.path("group").asText(),
                    h.path("javaType").asText(),
                    strings(h.path("enum")),
                    h.path("deprecated").asBoolean(),
                    h.path("secret").asBoolean(),
                    h.path("description").asText(""),
                    h.path("constantName").asText("")));
        }
        return List.copyOf(answer);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return List.copyOf(values);
    }
}
