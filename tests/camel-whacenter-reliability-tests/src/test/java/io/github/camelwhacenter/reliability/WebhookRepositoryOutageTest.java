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
package io.github.camelwhacenter.reliability;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.test.AvailablePortFinder;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_NUMBER;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference's multi-node set-up, a JDBC idempotent repository, with its database server going away while a route
 * fails: every request is still answered (503 with Retry-After while the repository is unusable), nothing holds a
 * thread, and once the database is back the repetition of the failed message is processed, not taken for a duplicate.
 */
class WebhookRepositoryOutageTest {

    private static final String PATH = "/wa/outage";

    private final AtomicBoolean failAndStopTheDatabase = new AtomicBoolean(true);
    private final AtomicInteger processed = new AtomicInteger();
    private final int databasePort = AvailablePortFinder.getNextAvailable();
    private final String database = "whacenter-outage-" + UUID.randomUUID();
    private Server server;
    private WebhookNode node;

    @BeforeEach
    void start() throws Exception {
        startDatabase();
        JdbcDataSource dataSource = new JdbcDataSource();
        // no pool: every repository call opens a TCP connection, as after a pool noticed the outage
        dataSource.setURL("jdbc:h2:tcp://127.0.0.1:" + databasePort + "/mem:" + database + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, "whacenter-webhook");
        node = WebhookNode.start("webhook-outage", new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=" + PATH + "&skipDuplicates=true&idempotentRepository=#jdbcRepo")
                        .routeId("outage")
                        .process(exchange -> {
                            if (failAndStopTheDatabase.get()) {
                                // the database goes away while the route runs, and the route fails
                                server.stop();
                                throw new IllegalStateException("the route failed");
                            }
                            processed.incrementAndGet();
                        });
            }
        }, Map.of("jdbcRepo", repository));
    }

    private void startDatabase() throws Exception {
        server = Server.createTcpServer("-tcpPort", Integer.toString(databasePort), "-ifNotExists").start();
    }

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void everyRequestIsAnsweredAndTheFailedMessageIsProcessedOnceTheDatabaseIsBack() throws Exception {
        byte[] body = ("{\"from\":\"087712345678\",\"to\":\"" + DEVICE_NUMBER + "\",\"message\":\"outage\","
                       + "\"media\":\"\",\"timestamp\":\"2025-07-21 08:27:56\",\"source\":\"WHACENTER\"}")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> failed = node.post(PATH, "application/json", body);
        assertEquals(503, failed.statusCode(), "the route failed and the message could not be forgotten: " + failed.body());
        assertEquals("5", failed.headers().firstValue("Retry-After").orElse(null));

        HttpResponse<String> whileDown = node.post(PATH, "application/json", body);
        assertEquals(503, whileDown.statusCode(), whileDown.body());
        // the exchange is done just after its answer is written: nothing is left holding a thread
        await().atMost(Duration.ofSeconds(5)).until(() -> node.context.getInflightRepository().size() == 0);

        startDatabase();
        failAndStopTheDatabase.set(false);
        HttpResponse<String> retried = node.post(PATH, "application/json", body);
        assertEquals(200, retried.statusCode(), retried.body());
        assertTrue(retried.body().contains("received"), "processed, not taken for a duplicate: " + retried.body());
        assertEquals(1, processed.get());

        HttpResponse<String> repeated = node.post(PATH, "application/json", body);
        assertEquals(200, repeated.statusCode());
        assertTrue(repeated.body().contains("duplicate"), repeated.body());
        assertEquals(1, processed.get());
    }
}
