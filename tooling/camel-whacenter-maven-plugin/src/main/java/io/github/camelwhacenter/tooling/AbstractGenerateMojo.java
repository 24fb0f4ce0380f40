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
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals share: finding the component's catalog, the license header, and writing what changed.
 */
abstract class AbstractGenerateMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The component's scheme: its catalog is &lt;scheme&gt;.json. */
    @Parameter(defaultValue = "whacenter", required = true)
    protected String scheme;

    /** The component's package, where its jar holds the catalog (META-INF/&lt;package as path&gt;/). */
    @Parameter(defaultValue = "${project.groupId}", required = true)
    protected String componentPackage;

    /** The catalog file itself, instead of looking it up on the module's compile classpath. */
    @Parameter(property = "whacenter.catalog")
    protected File catalogFile;

    /** The license text the generated sources state, in a comment after their notice. */
    @Parameter(defaultValue = "${whacenter.licenseHeader}")
    protected String licenseHeader;

    /** Leaves the generated files as they are. */
    @Parameter(property = "whacenter.generate.skip", defaultValue = "false")
    protected boolean skip;

    protected ComponentCatalog catalog() throws MojoExecutionException {
        if (catalogFile != null) {
            try (InputStream in = Files.newInputStream(catalogFile.toPath())) {
                return ComponentCatalog.read(in);
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot read the component catalog " + catalogFile + ": "
                        + e.getMessage(), e);
            }
        }
        String resource = ComponentCatalog.resourceName(componentPackage, scheme);
        Optional<ComponentCatalog> catalog;
        try (URLClassLoader classpath = new URLClassLoader(compileClasspath(), null)) {
            catalog = ComponentCatalog.fromClasspath(classpath, componentPackage, scheme);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the component catalog " + resource + ": "
                    + e.getMessage(), e);
        }
        return catalog.orElseThrow(() -> new MojoExecutionException("No component catalog " + resource
                + " on the compile classpath of " + project.getArtifactId()
                + ": add the component as a dependency, or set catalogFile"));
    }

    protected void write(GeneratedFiles files, File directory, String what) throws MojoExecutionException {
        try {
            List<String> written = files.writeTo(directory.toPath());
            if (written.isEmpty()) {
                getLog().info(what + " up to date in " + directory);
            } else {
                written.forEach(path -> getLog().info(what + ": wrote " + path + " in " + directory));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + what + " in " + directory + ": " + e.getMessage(), e);
        }
    }

    private URL[] compileClasspath() throws MojoExecutionException {
        try {
            List<URL> urls = new ArrayList<>();
            for (String element : project.getCompileClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
            return urls.toArray(URL[]::new);
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoExecutionException("Cannot resolve the compile classpath: " + e.getMessage(), e);
        }
    }
}
