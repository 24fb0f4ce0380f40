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
