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

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Service;
import org.apache.camel.karaf.core.OsgiCamelContextPublisher;
import org.apache.camel.karaf.core.OsgiDefaultCamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.DefaultRegistry;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Felix FileInstall deployer for Camel route files dropped into Karaf's {@code deploy/} folder:
 * {@code <name>.camel.yaml} (YAML DSL, feature {@code camel-yaml-dsl}) and {@code <name>.camel.xml} (XML DSL,
 * feature {@code camel-xml-io-dsl}).
 * <p>
 * camel-karaf 4.14 deploys routes from {@code deploy/} only as Blueprint XML (feature {@code camel-blueprint}); it has
 * no deployer for Camel's own route file formats. This class is that deployer, kept to what the tests need: each file
 * gets its own {@link OsgiDefaultCamelContext} (camel-karaf's OSGi context: components, languages and data formats are
 * found in the installed bundles, and the started context is published as an OSGi service with the property
 * {@code camel.context.name} = the file name without {@code .camel.yaml}/{@code .camel.xml}). Updating the file
 * restarts its context; deleting it stops the context. Beans the file declares that are Camel services are started and
 * stopped with its context (see {@link #startWithContext}).
 */
public final class RouteFileDeployer implements ArtifactInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(RouteFileDeployer.class);
    private static final String[] SUFFIXES = {".camel.yaml", ".camel.xml"};

    private final BundleContext bundleContext;
    private final Map<File, CamelContext> contexts = new ConcurrentHashMap<>();

    public RouteFileDeployer(BundleContext bundleContext) {
        this.bundleContext = bundleContext;
    }

    static String contextName(File file) {
        String name = file.getName();
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    @Override
    public boolean canHandle(File artifact) {
        return contextName(artifact) != null;
    }

    @Override
    public void install(File artifact) throws Exception {
        String name = contextName(artifact);
        LOG.info("Starting route file {}", artifact);
        CamelContext context = new OsgiDefaultCamelContext(bundleContext);
        synchronized (contexts) {
            // known before it is published, so that deleting the file right away still waits for its stop
            contexts.put(artifact, context);
        }
        try {
            context.getCamelContextExtension().setName(name);
            // publishes the started context as an OSGi service (camel.context.name = name), as camel-blueprint does
            context.getManagementStrategy().addEventNotifier(new OsgiCamelContextPublisher(bundleContext));
            Resource resource = ResourceHelper.resolveMandatoryResource(context, "file:" + artifact.getAbsolutePath());
            PluginHelper.getRoutesLoader(context).loadRoutes(resource);
            startWithContext(context);
            context.start();
        } catch (Exception | LinkageError e) {
            LOG.error("Route file {} could not be started", artifact, e);
            uninstall(artifact);
            throw e;
        }
        LOG.info("Route file {} started as CamelContext {} with {} route(s)", artifact, name, context.getRoutesSize());
    }

    /**
     * Beans the route file declares that are Camel services (e.g. a VertxPlatformHttpServer, the HTTP server of
     * camel-platform-http-vertx) are started with the context, before its routes, and stopped with it, before the
     * context's thread pools, as {@code CamelContext.addService} does in Java. A bean's own initMethod/destroyMethod
     * would run too late on stop: the registry is stopped after the thread pools.
     */
    private static void startWithContext(CamelContext context) throws Exception {
        if (context.getRegistry() instanceof DefaultRegistry registry) {
            for (Service service : registry.getFallbackRegistry().findByType(Service.class)) {
                context.addService(service, true, true);
            }
        }
    }

    @Override
    public void update(File artifact) throws Exception {
        uninstall(artifact);
        install(artifact);
    }

    @Override
    public void uninstall(File artifact) throws Exception {
        CamelContext context = contexts.get(artifact);
        if (context != null) {
            try {
                context.close();
                LOG.info("Route file {} stopped", artifact);
            } finally {
                synchronized (contexts) {
                    contexts.remove(artifact);
                    contexts.notifyAll();
                }
            }
        }
    }

    /**
     * Waits until the route file's CamelContext is completely stopped (its beans destroyed too), after the file was
     * deleted from deploy/.
     *
     * @return whether it stopped within the timeout
     */
    public boolean awaitUndeployed(File artifact, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (contexts) {
            while (contexts.containsKey(artifact)) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                contexts.wait(left);
            }
            return true;
        }
    }

    /** Stops every context this deployer started. */
    public void close() {
        for (File artifact : List.copyOf(contexts.keySet())) {
            try {
                uninstall(artifact);
            } catch (Exception e) {
                LOG.warn("Route file {} did not stop cleanly", artifact, e);
            }
        }
    }
}
