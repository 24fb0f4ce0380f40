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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_NUMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes, each a CamelContext with its own HTTP server, deduplicating through one JDBC table (camel-sql's
 * JdbcMessageIdRepository on an embedded H2 database, a connection pool per node). Every delivery is posted to both
 * at once, as a load balancer that retries on another node might: no message reaches the routes twice, and every
 * message reaches one of them.
 */
class MultiNodeDeduplicationTest {

    private static final Logger LOG = LoggerFactory.getLogger(MultiNodeDeduplicationTest.class);
    private static final String PATH = "/wa/cluster";
    private static final String FAIL_ONCE_ON_A = "fail-on-node-a";

    private final Map<String, ConcurrentLinkedQueue<String>> processedBy = new ConcurrentHashMap<>();
    private final List<JdbcConnectionPool> pools = new ArrayList<>();
    private WebhookNode nodeA;
    private WebhookNode nodeB;

    private String database;

    @BeforeEach
    void startNodes() throws Exception {
        prepareDatabase();
        nodeA = startNode("node-a", dataSource());
        nodeB = startNode("node-b", dataSource());
    }

    /** A fresh database for each test, which both nodes share. */
    protected void prepareDatabase() throws Exception {
        database = "jdbc:h2:mem:whacenter-dedup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** A node's own connections to the shared database. */
    protected DataSource dataSource() throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create(database, "sa", "");
        pools.add(pool);
        return pool;
    }

    private WebhookNode startNode(String name, DataSource dataSource) throws Exception {
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, "whacenter-webhook");
        return WebhookNode.start(name, new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=" + PATH + "&skipDuplicates=true&idempotentRepository=#jdbcRepo")
                        .routeId("webhook-" + name)
                        .process(exchange -> {
                            String text = exchange.getMessage().getBody(WhacenterIncomingMessage.class).getMessage();
                            if (text.equals(FAIL_ONCE_ON_A) && name.equals("node-a")) {
                                throw new IllegalStateException("node-a cannot process " + text + " now");
                            }
                            processedBy.computeIfAbsent(text, t -> new ConcurrentLinkedQueue<>()).add(name);
                        });
            }
        }, Map.of("jdbcRepo", repository));
    }

    @AfterEach
    void stopNodes() {
        for (WebhookNode node : new WebhookNode[] { nodeA, nodeB }) {
            if (node != null) {
                node.close();
            }
        }
        pools.forEach(JdbcConnectionPool::dispose);
    }

    /** The statuses both nodes answered for one message. */
    record Pair(String text, int statusA, int statusB) {
        boolean delivered() {
            return isSuccess(statusA) || isSuccess(statusB);
        }
    }

    @Test
    void eachDeliveryPostedToBothNodesAtOnceReachesExactlyOneRoute() throws Exception {
        int messages = 400;
        ExecutorService senders = Executors.newFixedThreadPool(32);
        List<Future<Pair>> results = new ArrayList<>();
        try {
            for (int i = 0; i < messages; i++) {
                String text = "cluster-" + i;
                byte[] body = body(text, i);
                results.add(senders.submit(() -> postToBoth(text, body)));
            }
            List<Pair> pairs = new ArrayList<>();
            for (Future<Pair> result : results) {
                pairs.add(result.get(60, TimeUnit.SECONDS));
            }

            int bothAnswered2xx = 0;
            int oneAnswered5xx = 0;
            for (Pair pair : pairs) {
                List<String> nodes = List.copyOf(processedBy.getOrDefault(pair.text(), new ConcurrentLinkedQueue<>()));
                assertEquals(1, nodes.size(), pair + " reached the routes " + nodes.size() + " times: " + nodes);
                assertTrue(pair.delivered(), "no node acknowledged " + pair);
                // the reference (Running several nodes): the node that loses the race on the primary key answers 503, with Retry-After
                assertTrue(isAnswer(pair.statusA()) && isAnswer(pair.statusB()), "200 or 503 only: " + pair);
                if (isSuccess(pair.statusA()) && isSuccess(pair.statusB())) {
                    bothAnswered2xx++;
                } else {
                    oneAnswered5xx++;
                }
            }
            assertEquals(messages, processedBy.size(), "every message reached one of the nodes");
            LOG.info("{} messages posted to both nodes: {} answered 2xx by both (one of them as a duplicate), "
                     + "{} answered 503 by the node that lost the race on the repository", messages, bothAnswered2xx,
                    oneAnswered5xx);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void aDeliveryThatFailedOnOneNodeIsProcessedWhenRetriedOnTheOther() throws Exception {
        byte[] body = body(FAIL_ONCE_ON_A, 1);

        HttpResponse<String> onA = nodeA.post(PATH, "application/json", body);
        HttpResponse<String> onB = nodeB.post(PATH, "application/json", body);
        HttpResponse<String> againOnA = nodeA.post(PATH, "application/json", body);

        assertEquals(500, onA.statusCode(), onA.body());
        assertEquals(200, onB.statusCode(), "node-a's failure released the message for a retry: " + onB.body());
        assertEquals(List.of("node-b"), List.copyOf(processedBy.get(FAIL_ONCE_ON_A)));
        assertEquals(200, againOnA.statusCode());
        assertTrue(againOnA.body().contains("duplicate"), "node-a knows node-b processed it: " + againOnA.body());
        assertEquals(1, processedBy.get(FAIL_ONCE_ON_A).size());
    }

    /** Posts the same body to both nodes, both posts released together. */
    private Pair postToBoth(String text, byte[] body) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pair = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pair.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return nodeA.post(PATH, "application/json", body).statusCode();
            });
            Future<Integer> b = pair.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return nodeB.post(PATH, "application/json", body).statusCode();
            });
            return new Pair(text, a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
        } finally {
            pair.shutdownNow();
        }
    }

    private static byte[] body(String text, int n) {
        return ("{\"from\":\"0877" + (2_000_000 + n) + "\",\"to\":\"" + DEVICE_NUMBER + "\",\"message\":\""
                + text + "\",\"media\":\"\",\"timestamp\":\"2025-07-21 08:27:56\",\"source\":\"WHACENTER\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    private static boolean isAnswer(int status) {
        return status == 200 || status == 503;
    }
}
