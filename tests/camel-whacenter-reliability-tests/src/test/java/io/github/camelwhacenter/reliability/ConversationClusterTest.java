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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.WhacenterOptedOutException;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_NUMBER;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conversations across two JVMs sharing one PostgreSQL (embedded) through camel-sql's PostgresAggregationRepository:
 * node A (this JVM) sends the question, node B (a JVM of its own, {@link ConversationNode}) receives the reply. The
 * reply is handed to one route once, even posted to both nodes at once; an ended conversation is emitted once with
 * both nodes polling; and a node killed (SIGKILL) while its route handles a reply loses nothing: the reply delivered
 * again, as the gateway does after a failed post, is handed to node A's route once the claim lapsed. A STOP received by
 * node B refuses node A's send before any call to the gateway, until START.
 */
class ConversationClusterTest {

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    private static final String PATH = "/wa/in";
    private static final String CONTACT = "6287754446580";
    private static final long CLAIM_TIMEOUT = 3_000;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private static EmbeddedPostgres postgres;

    private WhacenterSimulator simulator;
    private WebhookNode nodeA;
    private Process nodeB;
    private int portB;
    private final List<String> linesB = new CopyOnWriteArrayList<>();
    private final List<Message> repliesA = new CopyOnWriteArrayList<>();
    private final List<Message> endedA = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void startNodes() throws Exception {
        simulator = GATEWAY.simulator();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255) NOT NULL, "
                        + "messageId VARCHAR(100) NOT NULL, createdAt TIMESTAMP, PRIMARY KEY (processorName, messageId))");
            sql.execute("DELETE FROM CAMEL_MESSAGEPROCESSED");
            for (String table : List.of("whacenter_conversations", "whacenter_conversations_completed")) {
                sql.execute("CREATE TABLE IF NOT EXISTS " + table + " (id VARCHAR(255) NOT NULL, exchange BYTEA NOT NULL, "
                            + "version BIGINT NOT NULL, CONSTRAINT " + table + "_pk PRIMARY KEY (id))");
                sql.execute("DELETE FROM " + table);
            }
        }
        nodeB = startNodeB();
        nodeA = WebhookNode.start("node-a", new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=" + PATH).routeId("in-a").process(e -> repliesA.add(e.getMessage().copy()));
                from("whacenter:conversations?delay=100").routeId("ended-a").process(e -> endedA.add(e.getMessage().copy()));
                from("direct:confirm").routeId("confirm-order")
                        .toD("whacenter:send?expectReply=true&conversationHeaders=OrderId&replyTimeout=${header.timeout}");
            }
        }, Map.of(), component -> {
            component.getConfiguration().setBaseUrl(simulator.baseUrl());
            component.setConversationRepository(ConversationNode.repository(postgres.getPostgresDatabase()));
            component.setConversationClaimTimeout(CLAIM_TIMEOUT);
            component.setOptOutRepository(ConversationNode.optOuts(postgres.getPostgresDatabase()));
        });
    }

    private Process startNodeB() throws Exception {
        portB = AvailablePortFinder.getNextAvailable();
        Process process = NodeProcess.start(ConversationNode.class, "b", linesB::add,
                postgres.getJdbcUrl("postgres", "postgres"), String.valueOf(portB), simulator.baseUrl(),
                String.valueOf(CLAIM_TIMEOUT));
        await().atMost(Duration.ofSeconds(60)).until(() -> linesB.contains(ConversationNode.STARTED) || !process.isAlive());
        assertTrue(process.isAlive(), () -> "node B did not start: " + linesB);
        return process;
    }

    @AfterEach
    void stopNodes() throws Exception {
        try {
            if (nodeA != null) {
                nodeA.close();
            }
        } finally {
            if (nodeB != null) {
                nodeB.destroyForcibly().waitFor();
            }
        }
    }

    /** Node A asks the contact to confirm an order; the conversation waits for the reply for the timeout given. */
    private Exchange confirmFromNodeA(Duration timeout) {
        ProducerTemplate template = nodeA.context.createProducerTemplate();
        try {
            Exchange sent = template.request("direct:confirm", exchange -> {
                exchange.getMessage().setHeader(WhacenterConstants.NUMBER, CONTACT);
                exchange.getMessage().setHeader("OrderId", "A-1001");
                exchange.getMessage().setHeader("timeout", timeout.toMillis());
                exchange.getMessage().setBody("Confirm order A-1001? YES or NO");
            });
            assertNull(sent.getException());
            return sent;
        } finally {
            template.stop();
        }
    }

    private static byte[] reply(String text) {
        return ("{\"from\":\"" + CONTACT + "\",\"to\":\"" + DEVICE_NUMBER + "\",\"message\":\"" + text
                + "\",\"media\":\"\",\"timestamp\":\"2026-12-06 10:00:00\",\"source\":\"WHACENTER\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> post(int port, byte[] body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PATH))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As the gateway does: delivers the post again until a node answers 2xx. */
    private static void deliverUntilAccepted(int port, byte[] body) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> post(port, body).statusCode() / 100 == 2);
    }

    private List<String> linesOfB(String kind) {
        return linesB.stream().filter(line -> line.startsWith(kind + "|")).toList();
    }

    private int conversationsStored() throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM whacenter_conversations")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void aQuestionFromNodeAIsAnsweredAtNodeB() throws Exception {
        Exchange sent = confirmFromNodeA(Duration.ofMinutes(5));
        String messageId = sent.getMessage().getHeader(WhacenterConstants.MESSAGE_ID, String.class);

        HttpResponse<String> answer = post(portB, reply("YES"));

        assertEquals(200, answer.statusCode(), answer.body());
        await().atMost(Duration.ofSeconds(10)).until(() -> !linesOfB(ConversationNode.REPLY).isEmpty());
        assertEquals(List.of(ConversationNode.line(ConversationNode.REPLY, "confirm-order", messageId, "A-1001", "YES")),
                linesOfB(ConversationNode.REPLY), "node B's route got the conversation's name, the question's id and the kept header");
        assertEquals(List.of(), repliesA, "node A's route got nothing");
    }

    @Test
    void theSameReplyPostedToBothNodesAtOnceIsHandedToOneRouteOnce() throws Exception {
        confirmFromNodeA(Duration.ofMinutes(5));
        byte[] yes = reply("YES");
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> posts = new ArrayList<>();
        for (int port : new int[] { nodeA.port, portB }) {
            posts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    return post(port, yes).statusCode();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> post : posts) {
            statuses.add(post.get(30, TimeUnit.SECONDS));
        }
        // a node that answered otherwise than 2xx gets the reply again, as from the gateway
        for (int i = 0; i < statuses.size(); i++) {
            if (statuses.get(i) / 100 != 2) {
                deliverUntilAccepted(i == 0 ? nodeA.port : portB, yes);
            }
        }

        long handedA = repliesA.stream().filter(m -> m.getHeader(WhacenterConstants.CONVERSATION) != null).count();
        long handedB = linesOfB(ConversationNode.REPLY).stream().filter(line -> line.contains("|confirm-order|")).count();
        assertEquals(1, handedA + handedB, () -> "statuses " + statuses + ", node A " + repliesA.size() + ", node B " + linesB);
        assertEquals(0, repliesA.stream().filter(m -> m.getHeader(WhacenterConstants.CONVERSATION) == null).count()
                        + linesOfB(ConversationNode.REPLY).stream().filter(line -> line.contains("|null|")).count(),
                "nor was it handed to a route as an ordinary message");
    }

    @Test
    void aStopReceivedByNodeBRefusesNodeAsSendBeforeAnyCallUntilStart() throws Exception {
        assertEquals(200, post(portB, reply("STOP")).statusCode());

        Exchange refused = sendFromNodeA();
        assertInstanceOf(WhacenterOptedOutException.class, refused.getException());
        assertEquals(List.of(), simulator.requests("send"), "refused before any call to the gateway");

        assertEquals(200, post(portB, reply("START")).statusCode());
        assertNull(sendFromNodeA().getException());
        assertEquals(1, simulator.sentMessages(DEVICE_ID).size());
    }

    private Exchange sendFromNodeA() {
        ProducerTemplate template = nodeA.context.createProducerTemplate();
        try {
            return template.request("whacenter:send", exchange -> {
                exchange.getMessage().setHeader(WhacenterConstants.NUMBER, CONTACT);
                exchange.getMessage().setBody("Your order shipped");
            });
        } finally {
            template.stop();
        }
    }

    @Test
    void aConversationWithoutReplyIsEmittedOnceWithBothNodesPolling() throws Exception {
        confirmFromNodeA(Duration.ofMillis(500));

        await().atMost(Duration.ofSeconds(20)).until(() -> endedA.size() + linesOfB(ConversationNode.ENDED).size() >= 1);
        // once the row is gone no node can emit it again
        await().atMost(Duration.ofSeconds(20)).until(() -> conversationsStored() == 0);

        List<String> ended = new ArrayList<>(linesOfB(ConversationNode.ENDED));
        endedA.forEach(m -> ended.add(ConversationNode.line(ConversationNode.ENDED, m.getHeader(WhacenterConstants.CONVERSATION),
                m.getHeader(WhacenterConstants.CONVERSATION_OUTCOME), m.getHeader("OrderId"), m.getBody(String.class))));
        assertEquals(List.of(ConversationNode.line(ConversationNode.ENDED, "confirm-order", "TIMED_OUT", "A-1001",
                "Confirm order A-1001? YES or NO")), ended);
    }

    @Test
    void aReplyWhoseNodeWasKilledMidRouteIsHandedToTheOtherNodeWhenDeliveredAgain() throws Exception {
        Exchange sent = confirmFromNodeA(Duration.ofMinutes(5));
        byte[] held = reply("YES " + ConversationNode.HOLD);
        CompletableFuture<HttpResponse<String>> toB = CompletableFuture.supplyAsync(() -> {
            try {
                return post(portB, held);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> !linesOfB(ConversationNode.HOLDING).isEmpty());

        nodeB.destroyForcibly().waitFor();
        assertTrue(toB.handle((answer, failure) -> failure != null).get(30, TimeUnit.SECONDS),
                "the post to the killed node got no answer, so the gateway delivers it again");
        long killedAt = System.nanoTime();
        deliverUntilAccepted(nodeA.port, held);
        long recoveredMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);

        assertEquals(1, repliesA.size());
        Message handed = repliesA.get(0);
        assertEquals("confirm-order", handed.getHeader(WhacenterConstants.CONVERSATION));
        assertEquals(sent.getMessage().getHeader(WhacenterConstants.MESSAGE_ID), handed.getHeader(WhacenterConstants.IN_REPLY_TO));
        assertEquals("A-1001", handed.getHeader("OrderId"));
        assertEquals("YES " + ConversationNode.HOLD, handed.getBody(WhacenterIncomingMessage.class).getMessage());
        System.out.println("Conversation claim taken over " + recoveredMillis + " ms after node B was killed "
                           + "(conversationClaimTimeout " + CLAIM_TIMEOUT + " ms)");
    }
}
