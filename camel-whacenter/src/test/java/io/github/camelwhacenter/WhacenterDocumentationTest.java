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
