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

import io.github.camelwhacenter.testing.SelfSignedCertificate;
import io.github.camelwhacenter.testing.WebhookProtocol;
import io.github.camelwhacenter.testing.WebhookProtocolChecks;
import io.github.camelwhacenter.testing.WebhookProtocolClient;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.test.AvailablePortFinder;

/**
 * A cell of the webhook's protocol matrix on camel-platform-http-vertx in a plain CamelContext: one Vert.x server on
 * loopback, clear text or TLS, and the route every cell runs.
 */
abstract class WebhookProtocolMatrixVertxTestSupport extends WhacenterTestSupport {

    protected final int port = AvailablePortFinder.getNextAvailable();
    protected SelfSignedCertificate certificate;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        certificate = SelfSignedCertificate.create(Files.createTempDirectory("whacenter-tls"));
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        server.setSslContextParameters(serverTls());
        context.addService(new VertxPlatformHttpServer(server));
        return context;
    }

    /** The server's TLS, or null for clear text. */
    protected abstract SSLContextParameters serverTls();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?" + WebhookProtocolChecks.WEBHOOK_OPTIONS).routeId("matrix").to("mock:matrix");
            }
        };
    }

    /** Vert.x serves h2c both ways; over TLS, Camel's Vert.x server sets up no ALPN, so h2 is never negotiated. */
    static String expectedVersion(WebhookProtocol protocol) {
        return protocol == WebhookProtocol.HTTP_1_1 || protocol == WebhookProtocol.TLS_ALPN ? "HTTP/1.1" : "HTTP/2";
    }

    protected void assertAnswers(WebhookProtocol protocol, String expectedVersion) throws Exception {
        String base = protocol.scheme() + "://127.0.0.1:" + port;
        try (WebhookProtocolClient client = new WebhookProtocolClient(protocol, base, certificate.clientContext())) {
            WebhookProtocolChecks.assertWebhookAnswers(client, expectedVersion,
                    () -> getMockEndpoint("mock:matrix").getReceivedCounter());
        }
    }
}
