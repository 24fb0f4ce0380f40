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
package io.github.camelwhacenter.tests.kamelets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Camel Main running the YAML route and Pipe files given, as an application using the Kamelets would: camel-kamelet
 * finds the Kamelets on the classpath (kamelets/), camel-yaml-dsl loads the files, camel-platform-http-main serves
 * HTTP on loopback.
 */
final class KameletApplication implements AutoCloseable {

    /** Where the tests' log4j configuration writes everything Camel logs. */
    static final Path CAMEL_LOG = Path.of("target/kamelet-tests.log");

    private final Main main;
    private final int httpPort;
    private final Collection<String> secrets;

    private KameletApplication(Main main, int httpPort, Collection<String> secrets) {
        this.main = main;
        this.httpPort = httpPort;
        this.secrets = secrets;
    }

    /**
     * Starts Camel Main with the route files matching the pattern.
     *
     * @param routesIncludePattern e.g. {@code classpath:routes/sink.camel.yaml}
     * @param secrets              properties that hold credentials: given as override properties, which Camel Main
     *                             leaves out of its startup log, as an application reading them from the environment
     *                             would
     * @param properties           any other properties
     */
    static KameletApplication start(String routesIncludePattern, Map<String, String> secrets,
                                    Map<String, String> properties) throws Exception {
        return start(routesIncludePattern, freeLoopbackPort(), secrets, properties);
    }

    /** Starts Camel Main as above, its HTTP server on the given loopback port. */
    static KameletApplication start(String routesIncludePattern, int httpPort, Map<String, String> secrets,
                                    Map<String, String> properties) throws Exception {
        return start(routesIncludePattern, httpPort, secrets, properties, Map.of());
    }

    /** Starts Camel Main as above, with these beans in its registry, by name. */
    static KameletApplication start(String routesIncludePattern, int httpPort, Map<String, String> secrets,
                                    Map<String, String> properties, Map<String, Object> beans) throws Exception {
        Main main = new Main();
        beans.forEach(main::bind);
        main.addInitialProperty("camel.main.name", "whacenter-kamelet-tests");
        main.addInitialProperty("camel.main.routes-include-pattern", routesIncludePattern);
        // Camel Main logs the Kamelets' parameters at startup, masking only the names it knows to be secret: the
        // device id is none of them (the webhook token is)
        main.addInitialProperty("camel.main.additional-sensitive-keywords", "deviceId");
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.host", "127.0.0.1");
        main.addInitialProperty("camel.server.port", String.valueOf(httpPort));
        properties.forEach(main::addInitialProperty);
        secrets.forEach(main::addOverrideProperty);
        main.start();
        return new KameletApplication(main, httpPort, List.copyOf(secrets.values()));
    }

    CamelContext context() {
        return main.getCamelContext();
    }

    ProducerTemplate producer() {
        return context().createProducerTemplate();
    }

    /** The loopback port camel-platform-http-main serves HTTP on. */
    int httpPort() {
        return httpPort;
    }

    @Override
    public void close() {
        main.stop();
    }

    /** None of the credentials this application was started with is anywhere in what Camel logged. */
    void assertCamelLogHoldsNoSecret() throws IOException {
        String camelLog = Files.readString(CAMEL_LOG);
        for (String secret : secrets) {
            assertFalse(camelLog.contains(secret), "a credential is in Camel's log");
        }
    }

    static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
