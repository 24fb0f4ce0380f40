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

import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.testing.SelfSignedCertificate;
import io.github.camelwhacenter.testing.WebhookProtocol;
import io.github.camelwhacenter.testing.WebhookProtocolChecks;
import io.github.camelwhacenter.testing.WebhookProtocolClient;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The webhook's protocol matrix under Camel Main, as a Java user runs it: camel-platform-http-main's server
 * ({@code camel.server.enabled=true}), TLS from {@code camel.ssl.*}. Where the line has no camel-platform-http-main
 * (4.22 on the registry the build reaches), the same Vert.x server is added as a service of the Main's context.
 * <p>
 * The h2c upgrade cell is the reported defect: the JDK's HttpClient offers {@code Upgrade: h2c} on every http:// URL,
 * and every delivery was answered 500 and lost.
 */
class WebhookProtocolMatrixCamelMainTest {

    static final String MAIN_HTTP_SERVER = "org.apache.camel.component.platform.http.main.MainHttpServer";
    private static final AtomicInteger ROUTED = new AtomicInteger();

    @ParameterizedTest
    @EnumSource(WebhookProtocol.class)
    void answersAlikeOverEveryProtocol(WebhookProtocol protocol) throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        boolean tls = protocol == WebhookProtocol.TLS_ALPN;
        SelfSignedCertificate certificate = SelfSignedCertificate.create(Files.createTempDirectory("whacenter-tls"));
        try (WhacenterSimulator simulator = WhacenterSimulator.start()) {
            simulator.addDevice(WhacenterTestSupport.DEVICE_ID, WhacenterTestSupport.DEVICE_NUMBER, "main");
            Main main = new Main();
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("whacenter:webhook?" + WebhookProtocolChecks.WEBHOOK_OPTIONS).routeId("matrix")
                            .process(exchange -> ROUTED.incrementAndGet());
                }
            });
            main.addInitialProperty("camel.component.whacenter.base-url", simulator.baseUrl());
            main.addOverrideProperty("camel.component.whacenter.device-id", WhacenterTestSupport.DEVICE_ID);
            if (tls) {
                main.addInitialProperty("camel.ssl.enabled", "true");
                main.addInitialProperty("camel.ssl.keyStore", "file:" + certificate.keyStore());
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
                        server.setUseGlobalSslContextParameters(tls);
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
                main.addInitialProperty("camel.server.useGlobalSslContextParameters", String.valueOf(tls));
            }
            CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
                try {
                    main.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                assertTrue(started.await(30, TimeUnit.SECONDS), "Camel Main started");
                String base = protocol.scheme() + "://127.0.0.1:" + port;
                try (WebhookProtocolClient client = new WebhookProtocolClient(protocol, base, certificate.clientContext())) {
                    WebhookProtocolChecks.assertWebhookAnswers(client, WebhookProtocolMatrixVertxTestSupport.expectedVersion(protocol),
                            ROUTED::get);
                }
            } finally {
                main.completed();
                running.get(30, TimeUnit.SECONDS);
            }
        }
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
