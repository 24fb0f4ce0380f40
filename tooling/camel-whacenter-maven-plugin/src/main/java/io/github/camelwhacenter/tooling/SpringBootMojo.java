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
 * Generates the starter's configuration properties class and its bean-reference converter from the component's
 * catalog, and compiles them with the module.
 */
@Mojo(name = "spring-boot", defaultPhase = LifecyclePhase.GENERATE_SOURCES,
      requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class SpringBootMojo extends AbstractGenerateSourcesMojo {

    /** The package of the starter's classes. */
    @Parameter(defaultValue = "${project.groupId}.springboot", required = true)
    private String packageName;

    @Override
    GeneratedFiles generate(ComponentCatalog catalog) {
        return new SpringBootStarterGenerator(catalog, packageName, licenseHeader).generate();
    }

    @Override
    String what() {
        return "Spring Boot configuration";
    }
}
