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
package io.github.camelwhacenter.builder.endpoint;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The component's reference prints the Endpoint DSL example that WhacenterEndpointDslReferenceExampleTest runs. About
 * the sources, not a Camel line: the modules that run this suite on other lines leave it out.
 */
class WhacenterEndpointDslReferenceTest {

    @Test
    void theReferencePrintsTheExampleAsItIsHere() throws Exception {
        String reference = Files.readString(Path.of("../camel-whacenter/src/main/docs/whacenter-component.adoc"));
        String example = Files.readString(Path.of("src/test/java/io/github/camelwhacenter/builder/endpoint/WhatsAppRoutes.java"));
        String body = example.substring(example.indexOf("public class WhatsAppRoutes"));
        assertTrue(reference.contains(body.strip()), "the reference prints WhatsAppRoutes as it is here");
    }
}
