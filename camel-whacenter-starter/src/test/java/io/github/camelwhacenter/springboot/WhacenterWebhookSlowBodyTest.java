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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.WebhookBodyLimits;
import io.github.camelwhacenter.testing.TricklingBodies;
import io.github.camelwhacenter.testing.TricklingBodies.Ended;
import io.github.camelwhacenter.testing.WebhookProtocol;
import io.github.camelwhacenter.testing.WebhookProtocolChecks;
import io.github.camelwhacenter.testing.WebhookProtocolClient;
import io.github.camelwhacenter.testing.WebhookProtocolClient.Answer;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.hc.core5.http2.H2StreamResetException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Slow bodies hold no Tomcat thread: with Tomcat's pool cut to 20 threads (as many as Vert.x's worker pool), three
 * times as many requests send their bodies slowly with the right token, and a valid delivery is still answered at once;
 * each slow request ends once webhookBodyTimeout has passed, with 408. The starter's filter reads webhook bodies with
 * the servlet container's non-blocking input; before, it read them on the request's Tomcat thread, and the slow
 * bodies held every thread until they ended.
 * <p>
 * Over HTTP/2 Tomcat itself ends a connection whose DATA frames are tiny ({@code overheadDataThreshold}: a 1-byte
 * frame that does not end the stream is reset with ENHANCE_YOUR_CALM), so there the slow bodies are ones that stall
 * after their head, and the trickling ones are shown ended by Tomcat.
 */
@SpringBootTest(classes = { WhacenterTestApplication.class, WhacenterWebhookSlowBodyTest.SlowRoute.class },
                webEnvironment = WebEnvironment.RANDOM_PORT,
                properties = { "server.address=127.0.0.1", "server.tomcat.threads.max=" + WhacenterWebhookSlowBodyTest.THREADS })
@DirtiesContext
class WhacenterWebhookSlowBodyTest {

    static final int THREADS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(WhacenterWebhookSlowBodyTest.class);
    private static final int SLOW = 3 * THREADS;
    private static final long BODY_TIMEOUT_MILLIS = 10_000;
    private static final String PATH = "/whacenter/slow";
    private static final String TOKEN = "sl0w-b0dies-t0ken";
    private static final String BOUNDED_PATH = "/whacenter/bounded";

    @Configuration(proxyBeanMethods = false)
    static class SlowRoute {
        @Bean
        RouteBuilder slowRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("whacenter:webhook?webhookPath=" + PATH + "&webhookToken=" + TOKEN + "&webhookBodyTimeout="
                         + BODY_TIMEOUT_MILLIS).routeId("slow").to("mock:slow");
                    from("whacenter:webhook?webhookPath=" + BOUNDED_PATH + "&webhookToken=" + TOKEN
                         + "&webhookMaxInflight=2").routeId("bounded").to("mock:bounded");
                }
            };
        }
    }

    @LocalServerPort
    private int port;
    @Autowired
    private CamelContext camelContext;
    @Autowired
    private WebhookBodyLimits limits;

    @Test
    void aValidDeliveryIsAnsweredWhileThreeTimesTheThreadsTrickleTheirBodies() throws Exception {
        WebhookProtocol protocol = WebhookProtocol.HTTP_1_1;
        assertSlowBodiesHoldNoThread(protocol, TricklingBodies.open(protocol, base(port), PATH + "?token=" + TOKEN, SLOW, 200, 500),
                port, camelContext, limits);
    }

    /**
     * With webhookMaxInflight=2 and two bodies stalled, a third post is answered 503 with Retry-After at once, unread;
     * once the stalled ones end, a delivery passes again.
     */
    @Test
    void bodiesBeyondWebhookMaxInflightAreAnsweredRetryLater() throws Exception {
        WebhookProtocol protocol = WebhookProtocol.HTTP_1_1;
        try (WebhookProtocolClient client = new WebhookProtocolClient(protocol, base(port), null)) {
            try (TricklingBodies stalled = TricklingBodies.stalled(protocol, base(port), BOUNDED_PATH + "?token=" + TOKEN, 2, 200)) {
                await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertEquals(2, limits.limitFor(BOUNDED_PATH).reading()));
                Answer over = client.post(BOUNDED_PATH + "?token=" + TOKEN, "application/json",
                        WebhookProtocolChecks.delivery("a third while two stall"));
                assertEquals(503, over.status(), over.toString());
                assertTrue(over.body().contains("webhookMaxInflight"), over.body());
            }
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(0, limits.limitFor(BOUNDED_PATH).reading()));
            Answer after = client.post(BOUNDED_PATH + "?token=" + TOKEN, "application/json",
                    WebhookProtocolChecks.delivery("once the stalled ones ended"));
            assertEquals(200, after.status(), after.toString());
        }
        assertEquals(1, camelContext.getEndpoint("mock:bounded", MockEndpoint.class).getReceivedCounter());
    }

    /** Over h2c with prior knowledge, every slow body on a connection of its own. */
    @Nested
    @TestPropertySource(properties = "server.http2.enabled=true")
    class OverHttp2 {

        @LocalServerPort
        private int port;
        @Autowired
        private CamelContext camelContext;
        @Autowired
        private WebhookBodyLimits limits;

        @Test
        void aValidDeliveryIsAnsweredWhileThreeTimesTheThreadsStallTheirBodies() throws Exception {
            WebhookProtocol protocol = WebhookProtocol.H2C_PRIOR_KNOWLEDGE;
            assertSlowBodiesHoldNoThread(protocol, TricklingBodies.stalled(protocol, base(port), PATH + "?token=" + TOKEN, SLOW, 200),
                    port, camelContext, limits);
        }

        @Test
        void tomcatEndsBodiesThatTrickleInTinyFramesAndAValidDeliveryIsStillAnswered() throws Exception {
            WebhookProtocol protocol = WebhookProtocol.H2C_PRIOR_KNOWLEDGE;
            try (TricklingBodies trickling = TricklingBodies.open(protocol, base(port), PATH + "?token=" + TOKEN, SLOW, 200, 500);
                 WebhookProtocolClient client = new WebhookProtocolClient(protocol, base(port), null)) {
                for (Ended end : trickling.awaitAll(BODY_TIMEOUT_MILLIS)) {
                    assertInstanceOf(H2StreamResetException.class, end.failure(), () -> "a trickling body: " + end);
                }
                Answer valid = client.post(PATH + "?token=" + TOKEN, "application/json",
                        WebhookProtocolChecks.delivery("after Tomcat ended the trickles"));
                assertEquals(200, valid.status(), valid.toString());
            }
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(0, limits.limitFor(PATH).reading()));
        }
    }

    private static String base(int port) {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Once the filter reads every slow body, a valid delivery is answered before any of them ends; each ends with 408
     * once webhookBodyTimeout has passed.
     */
    static void assertSlowBodiesHoldNoThread(WebhookProtocol protocol, TricklingBodies slowBodies, int port,
                                             CamelContext camelContext, WebhookBodyLimits limits) throws Exception {
        try (TricklingBodies slow = slowBodies) {
            assertValidDeliveryAnsweredWhileBodiesAreRead(protocol, slow, port, camelContext, limits);
            List<Ended> ended = slow.assertEachAnswered(408, BODY_TIMEOUT_MILLIS, BODY_TIMEOUT_MILLIS + 30_000);
            LOG.info("{}: {} slow bodies were answered 408 after {} to {} ms", protocol, ended.size(),
                    ended.stream().mapToLong(Ended::afterMillis).min().orElse(0),
                    ended.stream().mapToLong(Ended::afterMillis).max().orElse(0));
        }
    }

    private static void assertValidDeliveryAnsweredWhileBodiesAreRead(WebhookProtocol protocol, TricklingBodies slow,
                                                                      int port, CamelContext camelContext,
                                                                      WebhookBodyLimits limits) throws Exception {
        MockEndpoint routed = camelContext.getEndpoint("mock:slow", MockEndpoint.class);
        int before = routed.getReceivedCounter();
        try (WebhookProtocolClient client = new WebhookProtocolClient(protocol, base(port), null)) {
            await().atMost(Duration.ofSeconds(BODY_TIMEOUT_MILLIS / 2_000)).untilAsserted(() -> assertEquals(
                    SLOW, limits.limitFor(PATH).reading(), "slow bodies the filter reads"));

            long sent = System.nanoTime();
            Answer valid = client.post(PATH + "?token=" + TOKEN, "application/json",
                    WebhookProtocolChecks.delivery("while " + SLOW + " bodies are slow"));
            long answeredMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
            LOG.info("{}: a valid delivery was answered {} in {} ms while {} bodies were slow", protocol, valid.status(),
                    answeredMillis, SLOW);
            assertEquals(200, valid.status(), protocol + ": the valid delivery: " + valid);
            assertEquals(before + 1, routed.getReceivedCounter(), "the valid delivery reached the route");
            assertEquals(0, slow.answered(),
                    "the valid delivery was answered before any slow body's timeout: none waited for them");
        }
    }
}
