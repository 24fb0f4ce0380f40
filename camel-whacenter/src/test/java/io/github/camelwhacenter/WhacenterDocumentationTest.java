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

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelwhacenter.tooling.ComponentCatalog;
import io.github.camelwhacenter.tooling.DocTablesGenerator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every option, header and operation of the generated catalog is on the component's doc page, whose tables are
 * generated from that catalog and up to date with it.
 */
class WhacenterDocumentationTest {

    private static final String CATALOG = "/META-INF/io/github/camelwhacenter/whacenter.json";
    private static final Path PAGE = Path.of("src/main/docs/whacenter-component.adoc");
    private static final Pattern INCLUDE = Pattern.compile("(?m)^include::([^\\[]+)\\[\\]$");

    @Test
    void theGeneratedTablesAreUpToDateWithTheCatalog() throws IOException {
        ComponentCatalog catalog = ComponentCatalog.fromClasspath(getClass().getClassLoader(),
                "io.github.camelwhacenter", "whacenter").orElseThrow();
        assertEquals(List.of(), new DocTablesGenerator(catalog).generate().staleUnder(Path.of("src/generated/docs")),
                "the tables under src/generated/docs differ from the catalog: build the component again "
                        + "(mvn process-classes -pl camel-whacenter), never edit them by hand");
    }

    @Test
    void theDocPageIncludesTheGeneratedTables() throws IOException {
        String page = Files.readString(PAGE);
        for (String table : new String[] { "whacenter-component-options.adoc", "whacenter-endpoint-options.adoc",
                "whacenter-endpoint-headers.adoc" }) {
            assertTrue(page.contains("include::../../generated/docs/" + table + "[]"), table + " is included");
        }
    }

    @Test
    void theDocPageCoversTheCatalog() throws Exception {
        String page = withIncludes(PAGE);
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream(CATALOG)) {
            catalog = new ObjectMapper().readTree(in);
        }
        for (String section : new String[] { "componentProperties", "properties", "headers" }) {
            catalog.get(section).fieldNames().forEachRemaining(
                    name -> assertTrue(page.contains("*" + name + "*"), section + " " + name + " is documented"));
        }
        catalog.at("/properties/operation/enum").forEach(
                operation -> assertTrue(page.contains("`" + operation.asText() + "`"), operation + " is documented"));
    }

    /** The page as a reader sees it: each include replaced by the file it names. */
    private static String withIncludes(Path page) throws IOException {
        Matcher include = INCLUDE.matcher(Files.readString(page));
        StringBuilder text = new StringBuilder();
        while (include.find()) {
            include.appendReplacement(text,
                    Matcher.quoteReplacement(Files.readString(page.resolveSibling(include.group(1)).normalize())));
        }
        return include.appendTail(text).toString();
    }
}
