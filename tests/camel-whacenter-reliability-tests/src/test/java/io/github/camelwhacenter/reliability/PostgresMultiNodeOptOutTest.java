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
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import io.github.camelwhacenter.WhacenterOptedOutException;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_NUMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Opt-outs across nodes: two CamelContexts share one PostgreSQL database (embedded, a real server) through camel-sql's
 * JdbcMessageIdRepository as their optOutRepository. A STOP posted to node B's webhook makes node A refuse a send to
 * that contact before any gateway call; a START posted to node B lifts it.
 */
class PostgresMultiNodeOptOutTest {

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    private static final String PATH = "/wa/in";
    private static final String CONTACT = "6287754446580";

    private static EmbeddedPostgres postgres;
    private WhacenterSimulator simulator;
    private WebhookNode nodeA;
    private WebhookNode nodeB;

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
        }
        nodeA = startNode("node-a");
        nodeB = startNode("node-b");
    }

    private WebhookNode startNode(String name) throws Exception {
        JdbcMessageIdRepository optOuts = new JdbcMessageIdRepository(postgres.getPostgresDatabase(), "whacenter-opt-outs");
        return WebhookNode.start(name, new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=" + PATH).routeId("in-" + name).to("log:in");
                from("direct:send").to("whacenter:send");
            }
        }, Map.of(), component -> {
            component.setOptOutRepository(optOuts);
            component.getConfiguration().setBaseUrl(simulator.baseUrl());
        });
    }

    @AfterEach
    void stopNodes() {
        for (WebhookNode node : new WebhookNode[] { nodeA, nodeB }) {
            if (node != null) {
                node.close();
            }
        }
    }

    private void writeToNodeB(String text) throws Exception {
        byte[] body = ("{\"from\":\"" + CONTACT + "\",\"to\":\"" + DEVICE_NUMBER + "\",\"message\":\"" + text
                       + "\",\"media\":\"\",\"timestamp\":\"2026-12-06 10:00:00\",\"source\":\"WHACENTER\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = nodeB.post(PATH, "application/json", body);
        assertEquals(200, answer.statusCode(), answer.body());
    }

    private Exchange sendFromNodeA() {
        ProducerTemplate template = nodeA.context.createProducerTemplate();
        try {
            return template.request("direct:send", exchange -> {
                exchange.getMessage().setHeader("CamelWhacenterNumber", CONTACT);
                exchange.getMessage().setBody("Your order shipped");
            });
        } finally {
            template.stop();
        }
    }

    @Test
    void aStopReceivedByOneNodeHoldsOnTheOtherUntilStart() throws Exception {
        writeToNodeB("STOP");

        Exchange refused = sendFromNodeA();

        assertInstanceOf(WhacenterOptedOutException.class, refused.getException());
        assertEquals(List.of(), simulator.requests("send"), "refused before any call to the gateway");

        writeToNodeB("START");

        Exchange sent = sendFromNodeA();
        assertNull(sent.getException());
        assertEquals(1, simulator.sentMessages(DEVICE_ID).size());
        assertEquals(CONTACT, simulator.sentMessages(DEVICE_ID).get(0).number());
    }
}
