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
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import io.github.camelwhacenter.testing.SelfSignedCertificate;
import io.github.camelwhacenter.testing.WebhookProtocol;
import io.github.camelwhacenter.testing.WebhookProtocolChecks;
import io.github.camelwhacenter.testing.WebhookProtocolClient;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;

/**
 * The webhook's protocol matrix under Camel Main, as a Java user runs it ({@link CamelMainWebhookServer}).
 * <p>
 * The h2c upgrade cell is the reported defect: the JDK's HttpClient offers {@code Upgrade: h2c} on every http:// URL,
 * and every delivery was answered 500 and lost.
 */
class WebhookProtocolMatrixCamelMainTest {

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    private static final AtomicInteger ROUTED = new AtomicInteger();

    @ParameterizedTest
    @EnumSource(WebhookProtocol.class)
    void answersAlikeOverEveryProtocol(WebhookProtocol protocol, WhacenterSimulator simulator) throws Exception {
        boolean tls = protocol == WebhookProtocol.TLS_ALPN;
        SelfSignedCertificate certificate = SelfSignedCertificate.create(Files.createTempDirectory("whacenter-tls"));
        RouteBuilder routes = new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?" + WebhookProtocolChecks.WEBHOOK_OPTIONS).routeId("matrix")
                        .process(exchange -> ROUTED.incrementAndGet());
            }
        };
        try (CamelMainWebhookServer server = CamelMainWebhookServer.start(routes,
                Map.of("camel.component.whacenter.base-url", simulator.baseUrl()), DEVICE_ID,
                tls ? certificate : null)) {
            String base = protocol.scheme() + "://127.0.0.1:" + server.port();
            try (WebhookProtocolClient client = new WebhookProtocolClient(protocol, base, certificate.clientContext())) {
                WebhookProtocolChecks.assertWebhookAnswers(client, WebhookProtocolMatrixVertxTestSupport.expectedVersion(protocol),
                        ROUTED::get);
            }
        }
    }
}
