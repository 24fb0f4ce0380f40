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

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that generate Java sources: written into src/generated/java and compiled with the module (the source
 * root is added even when skipped, so the committed sources still compile).
 */
abstract class AbstractGenerateSourcesMojo extends AbstractGenerateMojo {

    @Parameter(defaultValue = "${project.basedir}/src/generated/java", required = true)
    private File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        project.addCompileSourceRoot(outputDirectory.getPath());
        if (skip) {
            return;
        }
        write(generate(catalog()), outputDirectory, what());
    }

    /** The sources the catalog gives. */
    abstract GeneratedFiles generate(ComponentCatalog catalog);

    /** What the sources are, for the build's log. */
    abstract String what();
}
