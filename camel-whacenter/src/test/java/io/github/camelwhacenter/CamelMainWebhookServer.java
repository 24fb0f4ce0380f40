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
package io.github.camelwhacenter;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import io.github.camelwhacenter.testing.SelfSignedCertificate;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.test.AvailablePortFinder;

/**
 * Camel Main with the webhook's HTTP server, as a Java user runs it: camel-platform-http-main's server on loopback
 * ({@code camel.server.enabled=true}), TLS from {@code camel.ssl.*}. Where the line has no camel-platform-http-main
 * (4.22 on the registry the build reaches), the same Vert.x server is added as a service of the Main's context.
 */
final class CamelMainWebhookServer implements AutoCloseable {

    static final String MAIN_HTTP_SERVER = "org.apache.camel.component.platform.http.main.MainHttpServer";

    private final Main main = new Main();
    private final int port = AvailablePortFinder.getNextAvailable();
    private CompletableFuture<Void> running;

    private CamelMainWebhookServer() {
    }

    /**
     * Starts Camel Main with the routes, the initial properties (e.g. {@code camel.component.whacenter.base-url}) and
     * the device id, and waits until it runs.
     *
     * @param tls the server's certificate, or null for clear text
     */
    static CamelMainWebhookServer start(RouteBuilder routes, Map<String, String> properties, String deviceId,
                                        SelfSignedCertificate tls) throws Exception {
        return start(routes, port -> properties, deviceId, tls);
    }

    /** As above, with properties that name the server's port (its management server on the same port, say). */
    static CamelMainWebhookServer start(RouteBuilder routes, IntFunction<Map<String, String>> properties, String deviceId,
                                        SelfSignedCertificate tls) throws Exception {
        CamelMainWebhookServer server = new CamelMainWebhookServer();
        server.run(routes, properties.apply(server.port), deviceId, tls);
        return server;
    }

    private void run(RouteBuilder routes, Map<String, String> properties, String deviceId, SelfSignedCertificate tls)
            throws Exception {
        main.configure().addRoutesBuilder(routes);
        properties.forEach(main::addInitialProperty);
        main.addOverrideProperty("camel.component.whacenter.device-id", deviceId);
        if (tls != null) {
            main.addInitialProperty("camel.ssl.enabled", "true");
            main.addInitialProperty("camel.ssl.keyStore", "file:" + tls.keyStore());
            main.addInitialProperty("camel.ssl.keyStoreType", "PKCS12");
            main.addInitialProperty("camel.ssl.keystorePassword", SelfSignedCertificate.PASSWORD);
        }
        CountDownLatch started = new CountDownLatch(1);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport main) {
                if (!hasMainHttpServer()) {
                    VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
                    server.setBindHost("127.0.0.1");
                    server.setBindPort(port);
                    server.setUseGlobalSslContextParameters(tls != null);
                    try {
                        main.getCamelContext().addService(new VertxPlatformHttpServer(server));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }

            @Override
            public void afterStart(BaseMainSupport main) {
                started.countDown();
            }
        });
        if (hasMainHttpServer()) {
            main.addInitialProperty("camel.server.enabled", "true");
            main.addInitialProperty("camel.server.host", "127.0.0.1");
            main.addInitialProperty("camel.server.port", String.valueOf(port));
            main.addInitialProperty("camel.server.useGlobalSslContextParameters", String.valueOf(tls != null));
        }
        running = CompletableFuture.runAsync(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        if (!started.await(30, TimeUnit.SECONDS)) {
            close();
            throw new IllegalStateException("Camel Main did not start within 30 s");
        }
    }

    int port() {
        return port;
    }

    CamelContext context() {
        return main.getCamelContext();
    }

    @Override
    public void close() throws Exception {
        main.completed();
        running.get(30, TimeUnit.SECONDS);
    }

    static boolean hasMainHttpServer() {
        try {
            Class.forName(MAIN_HTTP_SERVER);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
