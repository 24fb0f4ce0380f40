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

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Generates the component's Endpoint DSL builder factory from its catalog, and compiles it with the module.
 */
@Mojo(name = "endpoint-dsl", defaultPhase = LifecyclePhase.GENERATE_SOURCES,
      requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class EndpointDslMojo extends AbstractGenerateSourcesMojo {

    /** The package of the builder factory. */
    @Parameter(defaultValue = "${project.groupId}.builder.endpoint", required = true)
    private String packageName;

    @Override
    GeneratedFiles generate(ComponentCatalog catalog) {
        return new EndpointDslGenerator(catalog, packageName, licenseHeader).generate();
    }

    @Override
    String what() {
        return "Endpoint DSL";
    }
}
