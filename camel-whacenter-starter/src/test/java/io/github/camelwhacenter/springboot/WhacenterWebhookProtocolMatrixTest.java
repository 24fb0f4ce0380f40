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
package io.github.camelwhacenter.springboot;

import java.nio.file.Files;
import java.util.concurrent.ExecutionException;

import io.github.camelwhacenter.testing.SelfSignedCertificate;
import io.github.camelwhacenter.testing.WebhookProtocol;
import io.github.camelwhacenter.testing.WebhookProtocolChecks;
import io.github.camelwhacenter.testing.WebhookProtocolClient;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The webhook's protocol matrix on Spring Boot's own servlet container (Tomcat, through camel-platform-http-starter),
 * each configuration its own application: whatever a gateway, proxy or load balancer in front of the application
 * speaks to it, a protocol Boot serves must give the answers HTTP/1.1 gives, the bodies held back included (those
 * depend on the starter's body limit filter, Tomcat bounds nothing itself); a protocol Boot does not serve must fail
 * in the client, with nothing reaching the route.
 * <p>
 * Boot's defaults: HTTP/2 off, so Tomcat ignores an {@code Upgrade: h2c} and the JDK's client stays on HTTP/1.1, and a
 * client speaking HTTP/2 from the first byte gets no HTTP/2 answer at all. Over HTTP/2, when the rest of a body refused
 * unread arrives, Tomcat resets that stream and logs it once as a stream error: the client has its 413 by then, and the
 * connection goes on serving.
 */
@SpringBootTest(classes = { WhacenterTestApplication.class, WhacenterWebhookProtocolMatrixTest.MatrixRoute.class },
                webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@DirtiesContext
class WhacenterWebhookProtocolMatrixTest {

    private static SelfSignedCertificate certificate;

    @Configuration(proxyBeanMethods = false)
    static class MatrixRoute {
        @Bean
        RouteBuilder matrixRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("whacenter:webhook?" + WebhookProtocolChecks.WEBHOOK_OPTIONS).routeId("matrix").to("mock:matrix");
                }
            };
        }
    }

    @LocalServerPort
    private int port;
    @Autowired
    private CamelContext camelContext;

    @ParameterizedTest
    @EnumSource(value = WebhookProtocol.class, names = { "HTTP_1_1", "H2C_UPGRADE" })
    void answersAlikeOverHttp11EvenWhenTheClientOffersH2c(WebhookProtocol protocol) throws Exception {
        assertAnswers(protocol, port, camelContext, "HTTP/1.1");
    }

    /**
     * Without HTTP/2, Tomcat's HTTP/1.1 connector recognises the HTTP/2 preface, has nothing to hand it to, and closes
     * the connection without a byte of answer: the client sees the connection closed, not an error status, so a proxy
     * in front must speak HTTP/1.1 to it (or the application enable HTTP/2).
     */
    @Test
    void aClientSpeakingHttp2FromTheFirstByteGetsTheConnectionClosedAndNothingIsRouted() throws Exception {
        int before = routed(camelContext);
        try (WebhookProtocolClient client = client(WebhookProtocol.H2C_PRIOR_KNOWLEDGE, port)) {
            ExecutionException failure = assertThrows(ExecutionException.class, () -> client.post(
                    WebhookProtocolChecks.PATH + "?token=" + WebhookProtocolChecks.TOKEN, "application/json",
                    WebhookProtocolChecks.delivery("prior knowledge on HTTP/1.1")));
            assertInstanceOf(ConnectionClosedException.class, failure.getCause(), String.valueOf(failure.getCause()));
        }
        assertEquals(before, routed(camelContext), "nothing reached the route");
    }

    /** {@code server.http2.enabled=true} on clear text: Tomcat takes h2c both by upgrade and with prior knowledge. */
    @Nested
    @TestPropertySource(properties = "server.http2.enabled=true")
    class WithHttp2Enabled {

        @LocalServerPort
        private int port;
        @Autowired
        private CamelContext camelContext;

        @ParameterizedTest
        @EnumSource(value = WebhookProtocol.class, names = { "H2C_UPGRADE", "H2C_PRIOR_KNOWLEDGE" })
        void answersAlikeOverH2c(WebhookProtocol protocol) throws Exception {
            assertAnswers(protocol, port, camelContext, "HTTP/2");
        }

        @Test
        void http11StillAnswersAlike() throws Exception {
            assertAnswers(WebhookProtocol.HTTP_1_1, port, camelContext, "HTTP/1.1");
        }
    }

    /** TLS from {@code server.ssl.*} with HTTP/2 on: Tomcat offers h2 by ALPN, and a client offering it gets it. */
    @Nested
    @TestPropertySource(properties = "server.http2.enabled=true")
    class OverTlsWithHttp2Enabled {

        @LocalServerPort
        private int port;
        @Autowired
        private CamelContext camelContext;

        @DynamicPropertySource
        static void serverTls(DynamicPropertyRegistry registry) throws Exception {
            registerServerTls(registry);
        }

        @Test
        void answersAlikeOverH2NegotiatedByAlpn() throws Exception {
            assertAnswers(WebhookProtocol.TLS_ALPN, port, camelContext, "HTTP/2");
        }
    }

    /** TLS with Boot's default, HTTP/2 off: ALPN settles on http/1.1, with the same answers. */
    @Nested
    class OverTls {

        @LocalServerPort
        private int port;
        @Autowired
        private CamelContext camelContext;

        @DynamicPropertySource
        static void serverTls(DynamicPropertyRegistry registry) throws Exception {
            registerServerTls(registry);
        }

        @Test
        void answersAlikeOverHttp11NegotiatedByAlpn() throws Exception {
            assertAnswers(WebhookProtocol.TLS_ALPN, port, camelContext, "HTTP/1.1");
        }
    }

    /** The same names on Spring Boot 3 and 4. */
    static void registerServerTls(DynamicPropertyRegistry registry) throws Exception {
        SelfSignedCertificate tls = certificate();
        registry.add("server.ssl.key-store", () -> tls.keyStore().toUri().toString());
        registry.add("server.ssl.key-store-type", () -> "PKCS12");
        registry.add("server.ssl.key-store-password", () -> SelfSignedCertificate.PASSWORD);
        registry.add("server.ssl.key-alias", () -> "server");
    }

    static synchronized SelfSignedCertificate certificate() throws Exception {
        if (certificate == null) {
            certificate = SelfSignedCertificate.create(Files.createTempDirectory("whacenter-tls"));
        }
        return certificate;
    }

    static WebhookProtocolClient client(WebhookProtocol protocol, int port) throws Exception {
        return new WebhookProtocolClient(protocol, protocol.scheme() + "://127.0.0.1:" + port,
                certificate().clientContext());
    }

    static void assertAnswers(WebhookProtocol protocol, int port, CamelContext camelContext, String expectedVersion)
            throws Exception {
        try (WebhookProtocolClient client = client(protocol, port)) {
            WebhookProtocolChecks.assertWebhookAnswers(client, expectedVersion, () -> routed(camelContext));
        }
    }

    static int routed(CamelContext camelContext) {
        return camelContext.getEndpoint("mock:matrix", MockEndpoint.class).getReceivedCounter();
    }
}
