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
package io.github.camelwhacenter.itest.karaf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.apache.karaf.features.FeaturesService;
import org.junit.After;
import org.junit.Rule;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.fail;

/**
 * What the Karaf tests do inside the container (this code runs in Karaf, in Pax Exam's test probe bundle): add
 * features repositories, install features, drop route files into {@code deploy/} and wait for their CamelContext.
 */
public abstract class KarafTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(KarafTestSupport.class);

    /** How long a route file may take to be picked up from deploy/ and started. */
    protected static final long DEPLOY_TIMEOUT_MILLIS = TimeUnit.SECONDS.toMillis(60);

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected FeaturesService featuresService;

    private RouteFileDeployer deployer;
    private ServiceRegistration<ArtifactInstaller> deployerRegistration;
    private final List<Path> deployedFiles = new ArrayList<>();

    /** On failure, print the container's warnings and errors: the test's own output only says what was expected. */
    @Rule
    public final TestWatcher karafLogOnFailure = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description description) {
            System.err.println("---- karaf.log warnings and errors while " + description.getMethodName() + " ran ----");
            System.err.println(karafLogProblems());
        }
    };

    protected static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " was not passed to the container");
        }
        return value;
    }

    protected void addFeaturesRepository(URI repository) throws Exception {
        long start = System.nanoTime();
        featuresService.addRepository(repository);
        LOG.info("features repository {} added in {} ms", repository, elapsedMillis(start));
    }

    protected void assertInstalled(String... features) throws Exception {
        for (String feature : features) {
            if (!featuresService.isInstalled(featuresService.getFeature(feature))) {
                fail("feature " + feature + " is not installed; karaf.log says:\n" + karafLogProblems());
            }
        }
    }

    protected void installFeatures(String... features) throws Exception {
        long start = System.nanoTime();
        featuresService.installFeatures(new LinkedHashSet<>(List.of(features)),
                EnumSet.noneOf(FeaturesService.Option.class));
        assertInstalled(features);
        String message = "features " + String.join(", ", features) + " installed in " + elapsedMillis(start) + " ms";
        LOG.info(message);
        System.out.println(message);
    }

    protected static URI camelWhacenterFeaturesRepository() {
        return URI.create("mvn:io.github.camelwhacenter/camel-whacenter-karaf-features/" + property("project.version")
                + "/xml/features");
    }

    protected void assertBundleActive(String symbolicName) {
        for (Bundle bundle : bundleContext.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                assertEquals("state of bundle " + symbolicName + " (32 = ACTIVE)", Bundle.ACTIVE, bundle.getState());
                return;
            }
        }
        fail("bundle " + symbolicName + " is not installed");
    }

    /**
     * Copies a route file from this test's resources into Karaf's {@code deploy/} folder, as a user would, and waits
     * until the CamelContext made from it is started and published as an OSGi service.
     */
    protected CamelContext deployRouteFile(String resource) throws Exception {
        return deployRouteFile(resource, Map.of());
    }

    /**
     * Same as {@link #deployRouteFile(String)}, replacing each {@code @key@} of the file's text by its value first
     * (addresses and ports are known only when the test runs).
     */
    protected CamelContext deployRouteFile(String resource, Map<String, String> placeholders) throws Exception {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/routes/" + resource)) {
            assertNotNull("test resource routes/" + resource, in);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            text = text.replace("@" + placeholder.getKey() + "@", placeholder.getValue());
        }
        return deployRouteText(resource, text);
    }

    /** Writes a route file with this name and text into Karaf's {@code deploy/} folder and waits for its context. */
    protected CamelContext deployRouteText(String fileName, String text) throws Exception {
        startDeployer();
        long start = System.nanoTime();
        Path deploy = Paths.get(property("karaf.base"), "deploy");
        Files.createDirectories(deploy);
        // write next to it, then move: FileInstall never sees a half written file
        Path staging = Files.createTempFile(deploy.getParent(), "route", ".tmp");
        Files.writeString(staging, text);
        Path target = deploy.resolve(fileName);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        deployedFiles.add(target);

        CamelContext context = awaitCamelContext(RouteFileDeployer.contextName(target.toFile()));
        String message = "route file " + fileName + " deployed and started in " + elapsedMillis(start) + " ms";
        LOG.info(message);
        System.out.println(message);
        return context;
    }

    protected CamelContext awaitCamelContext(String name) throws Exception {
        Filter filter = FrameworkUtil.createFilter(
                "(&(objectClass=" + CamelContext.class.getName() + ")(camel.context.name=" + name + "))");
        ServiceTracker<CamelContext, CamelContext> tracker = new ServiceTracker<>(bundleContext, filter, null);
        tracker.open();
        try {
            CamelContext context = tracker.waitForService(DEPLOY_TIMEOUT_MILLIS);
            if (context == null) {
                fail("no CamelContext " + name + " was started within " + DEPLOY_TIMEOUT_MILLIS + " ms of deploying its"
                        + " route file; karaf.log says:\n" + karafLogProblems());
            }
            return context;
        } finally {
            tracker.close();
        }
    }

    private void startDeployer() {
        if (deployer == null) {
            deployer = new RouteFileDeployer(bundleContext);
            deployerRegistration = bundleContext.registerService(ArtifactInstaller.class, deployer, null);
        }
    }

    /**
     * Deletes a deployed route file, as a user would, and waits until its CamelContext is completely stopped.
     */
    protected void undeployRouteFile(Path file) throws Exception {
        Files.deleteIfExists(file);
        if (!deployer.awaitUndeployed(file.toFile(), DEPLOY_TIMEOUT_MILLIS)) {
            fail("the CamelContext of " + file + " still runs " + DEPLOY_TIMEOUT_MILLIS + " ms after deleting the file;"
                    + " karaf.log says:\n" + karafLogProblems());
        }
    }

    @After
    public void removeDeployedFiles() throws Exception {
        try {
            for (Path file : deployedFiles) {
                undeployRouteFile(file);
            }
        } finally {
            deployedFiles.clear();
            stopDeployer();
        }
    }

    private void stopDeployer() {
        if (deployerRegistration != null) {
            deployerRegistration.unregister();
            deployer.close();
            deployerRegistration = null;
            deployer = null;
        }
    }

    /** The WARN and ERROR entries of Karaf's log (with their stack traces), for failure messages. */
    protected static String karafLogProblems() {
        Path log = Paths.get(System.getProperty("karaf.log", property("karaf.data") + "/log"), "karaf.log");
        if (!Files.exists(log)) {
            return "(no " + log + ")";
        }
        try (Stream<String> lines = Files.lines(log)) {
            List<String> problems = new ArrayList<>();
            boolean inProblem = false;
            for (String line : (Iterable<String>) lines::iterator) {
                boolean entry = line.matches("^\\d{4}-\\d\\d-\\d\\dT.*");
                if (entry) {
                    inProblem = line.contains("| WARN ") || line.contains("| ERROR ");
                }
                if (inProblem) {
                    problems.add(line);
                }
            }
            int from = Math.max(0, problems.size() - 200);
            return problems.subList(from, problems.size()).stream().collect(Collectors.joining("\n"));
        } catch (IOException | RuntimeException e) {
            return "(could not read " + log + ": " + e + ")";
        }
    }

    private static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
