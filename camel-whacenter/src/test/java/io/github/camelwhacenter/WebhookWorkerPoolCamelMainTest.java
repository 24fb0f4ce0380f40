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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import io.github.camelwhacenter.testing.TricklingBodies;
import io.github.camelwhacenter.testing.TricklingBodies.Ended;
import io.github.camelwhacenter.testing.WebhookProtocol;
import io.github.camelwhacenter.testing.WebhookProtocolChecks;
import io.github.camelwhacenter.testing.WebhookProtocolClient;
import io.github.camelwhacenter.testing.WebhookProtocolClient.Answer;
import io.github.camelwhacenter.webhook.InflightDeliveries;
import io.vertx.core.VertxOptions;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What holds Vert.x's worker threads under Camel Main, where camel-platform-http runs each exchange on one: only the
 * route. Slow bodies hold none: three times as many requests as Vert.x has worker threads trickle their bodies with the
 * right token, and a valid delivery is still answered at once, over HTTP/1.1 and HTTP/2 alike; each trickling request
 * ends with 408 once webhookBodyTimeout has passed. (Before, each trickling body held a worker thread while it
 * arrived, and every delivery waited for them to end.) Deliveries that wait for a thread because the route holds them
 * all are reported by the webhook's health check, and bounded by webhookMaxInflight.
 */
class WebhookWorkerPoolCamelMainTest {

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    private static final Logger LOG = LoggerFactory.getLogger(WebhookWorkerPoolCamelMainTest.class);
    /** camel-platform-http-main's Vert.x has the default pool: no VertxOptions bean says otherwise. */
    private static final int WORKER_POOL = VertxOptions.DEFAULT_WORKER_POOL_SIZE;
    private static final int TRICKLING = 3 * WORKER_POOL;
    private static final long BODY_TIMEOUT_MILLIS = 10_000;
    private static final String PATH = "/whacenter/slow";
    private static final String TOKEN = "sl0w-b0dies-t0ken";

    @ParameterizedTest
    @EnumSource(value = WebhookProtocol.class, names = { "HTTP_1_1", "H2C_PRIOR_KNOWLEDGE" })
    void aValidDeliveryIsAnsweredWhileThreeTimesTheWorkerPoolTrickleTheirBodies(WebhookProtocol protocol,
            WhacenterSimulator simulator) throws Exception {
        AtomicInteger routed = new AtomicInteger();
        RouteBuilder routes = new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=" + PATH + "&webhookToken=" + TOKEN + "&webhookBodyTimeout="
                     + BODY_TIMEOUT_MILLIS).routeId("slow")
                        .process(exchange -> routed.incrementAndGet());
            }
        };
        try (CamelMainWebhookServer server = CamelMainWebhookServer.start(routes,
                Map.of("camel.component.whacenter.base-url", simulator.baseUrl()), DEVICE_ID, null)) {
            String base = "http://127.0.0.1:" + server.port();
            WhacenterWebhookConsumer consumer = (WhacenterWebhookConsumer) server.context().getRoute("slow").getConsumer();
            try (TricklingBodies trickling = TricklingBodies.open(protocol, base, PATH + "?token=" + TOKEN, TRICKLING,
                    200, 500);
                 WebhookProtocolClient client = new WebhookProtocolClient(protocol, base, null)) {
                await().atMost(Duration.ofSeconds(BODY_TIMEOUT_MILLIS / 2_000)).untilAsserted(() -> assertEquals(
                        TRICKLING, consumer.inflight().reading(), "trickling bodies the webhook reads"));

                long sent = System.nanoTime();
                Answer valid = client.post(PATH + "?token=" + TOKEN, "application/json",
                        WebhookProtocolChecks.delivery("while " + TRICKLING + " bodies trickle"));
                long answeredMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
                LOG.info("{}: a valid delivery was answered {} in {} ms while {} bodies trickled", protocol,
                        valid.status(), answeredMillis, TRICKLING);
                assertEquals(200, valid.status(), protocol + ": the valid delivery: " + valid);
                assertEquals(1, routed.get(), "the valid delivery reached the route");
                assertEquals(0, trickling.answered(),
                        "the valid delivery was answered before any trickling body's timeout: none waited for them");
                assertEquals(TRICKLING, consumer.inflight().reading(), "the trickling bodies are still being read");

                List<Ended> ended = trickling.assertEachAnswered(408, BODY_TIMEOUT_MILLIS, BODY_TIMEOUT_MILLIS + 30_000);
                LOG.info("{}: {} trickling bodies were answered 408 after {} to {} ms", protocol, ended.size(),
                        ended.stream().mapToLong(Ended::afterMillis).min().orElse(0),
                        ended.stream().mapToLong(Ended::afterMillis).max().orElse(0));
            }
            InflightDeliveries.Report after = consumer.inflight();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(0, consumer.inflight().inflight(),
                    "deliveries held once every answer is written: " + after));
            assertEquals(1, routed.get(), "only the valid delivery reached the route");
        }
    }

    /**
     * The route holds every worker thread (each waits on a latch): one more delivery waits for a thread, and the health
     * check says so; one more than webhookMaxInflight is answered 503 with Retry-After at once, unread. Released, every
     * held delivery is answered 200.
     */
    @Test
    void deliveriesWaitingForAThreadAreReportedAndBoundedByWebhookMaxInflight(WhacenterSimulator simulator) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger routed = new AtomicInteger();
        int held = WORKER_POOL + 1;
        RouteBuilder routes = new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=" + PATH + "&webhookToken=" + TOKEN + "&webhookMaxInflight=" + held)
                        .routeId("held")
                        .process(exchange -> {
                            routed.incrementAndGet();
                            if (!release.await(60, TimeUnit.SECONDS)) {
                                throw new IllegalStateException("not released");
                            }
                        });
            }
        };
        try (CamelMainWebhookServer server = CamelMainWebhookServer.start(routes,
                Map.of("camel.component.whacenter.base-url", simulator.baseUrl()), DEVICE_ID, null)) {
            WhacenterWebhookConsumer consumer = (WhacenterWebhookConsumer) server.context().getRoute("held").getConsumer();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI url = URI.create("http://127.0.0.1:" + server.port() + PATH + "?token=" + TOKEN);
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            try {
                for (int i = 0; i < held; i++) {
                    answers.add(http.sendAsync(post(url, "held " + i), HttpResponse.BodyHandlers.ofString()));
                }
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    InflightDeliveries.Report report = consumer.inflight();
                    assertEquals(held, report.inflight(), "deliveries held: " + report);
                    assertEquals(1, report.waiting(), "deliveries waiting for a worker thread: " + report);
                });
                assertEquals(WORKER_POOL, routed.get(), "the route holds every worker thread");
                HealthCheck.Result check = HealthCheckHelper.invoke(server.context(), c -> Map.of(),
                        c -> !c.isReadiness(), "full").stream()
                        .filter(result -> result.getCheck().getId().equals("consumer:held")).findFirst().orElseThrow();
                assertEquals(1, check.getDetails().get("webhook.waiting.for.thread"), () -> check.getDetails().toString());
                assertEquals(held, check.getDetails().get("webhook.inflight"), () -> check.getDetails().toString());

                HttpResponse<String> over = http.send(post(url, "one too many"), HttpResponse.BodyHandlers.ofString());
                assertEquals(503, over.statusCode(), over.body());
                assertEquals(Optional.of("5"), over.headers().firstValue("Retry-After"));
                assertTrue(over.body().contains("webhookMaxInflight"), over.body());
            } finally {
                release.countDown();
            }
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                assertEquals(200, answer.get(30, TimeUnit.SECONDS).statusCode());
            }
            assertEquals(held, routed.get(), "every held delivery was routed once");
        }
    }

    private static HttpRequest post(URI url, String text) {
        return HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(WebhookProtocolChecks.delivery(text))).build();
    }
}
