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

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The small conversions the generators rely on; what they generate is checked against the real catalog in the
 * modules that use it.
 */
class GeneratorTextTest {

    @Test
    void catalogTextCannotEndOrBreakAJavadocComment() {
        assertEquals("a *&#47; b &lt;T&gt; &amp; &#64;param", JavaSource.text("a */ b <T> & @param"));
    }

    @Test
    void javadocIsWrappedAtWordsWithinTheWidth() {
        List<String> lines = JavaSource.wrap("one two three four five six seven eight nine ten", 14);
        assertEquals(List.of("one two three", "four five six", "seven eight", "nine ten"), lines);
        lines.forEach(line -> assertTrue(line.length() <= 14, line));
    }

    @Test
    void stringLiteralsAreEscaped() {
        assertEquals("\"say \\\"hi\\\"\\n\\\\\"", JavaSource.literal("say \"hi\"\n\\"));
    }

    @Test
    void theTablesWriteJavaTypesAsCamelsPagesDo() {
        assertEquals("String", DocTablesGenerator.javaType("java.lang.String"));
        assertEquals("long", DocTablesGenerator.javaType("long"));
        assertEquals("IdempotentRepository", DocTablesGenerator.javaType("org.apache.camel.spi.IdempotentRepository"));
        assertEquals("Map", DocTablesGenerator.javaType("java.util.Map<java.lang.String, java.lang.Object>"));
        assertEquals("Outer.Inner", DocTablesGenerator.javaType("com.example.Outer$Inner"));
    }

    @Test
    void durationDefaultsBecomeMilliseconds() {
        assertEquals(1000, Durations.millis("sendRatePeriod", "1000"));
        assertEquals(90_000, Durations.millis("x", "1m30s"));
        assertEquals(500, Durations.millis("x", "500ms"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.millis("x", "soon"));
        assertTrue(e.getMessage().contains("the duration option x"), e.getMessage());
    }

    @Test
    void namesFollowCamelsAndSpringBootsConventions() {
        assertEquals("whacenterNumber", EndpointDslGenerator.headerMethodName("CamelWhacenterNumber"));
        assertEquals("String", EndpointDslGenerator.sourceType("java.lang.String"));
        assertEquals("int", EndpointDslGenerator.sourceType("int"));
        assertEquals("java.util.Map<java.lang.String, java.lang.Object>",
                EndpointDslGenerator.sourceType("java.util.Map<java.lang.String, java.lang.Object>"));
        assertEquals("device-check-interval", SpringBootStarterGenerator.kebab("deviceCheckInterval"));
    }

    @Test
    void theLicenseBecomesABlockComment() {
        assertEquals("/*\n * Line one\n *\n *      indented\n */\n",
                JavaSource.licenseComment("Line one\n\n     indented"));
        assertEquals("", JavaSource.licenseComment(null));
    }
}
