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

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.concurrent.CountDownLatch;

import io.github.camelwhacenter.WhacenterComponent;
import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.aggregate.jdbc.JdbcAggregationRepository;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * One node of {@link ConversationClusterTest}, in a JVM of its own: the webhook and whacenter:conversations, the
 * conversations and the opt-outs in PostgreSQL. It prints a line for every reply its route is handed and every ended conversation it
 * emits; a reply whose text contains {@link #HOLD} holds its route until the process is killed.
 */
public final class ConversationNode {

    static final String STARTED = "STARTED";
    static final String REPLY = "REPLY";
    static final String ENDED = "ENDED";
    static final String HOLDING = "HOLDING";
    static final String HOLD = "[hold]";

    private ConversationNode() {
    }

    /**
     * @param args the JDBC URL, the HTTP port, the gateway's base URL, conversationClaimTimeout in milliseconds; the
     *             device id on standard input
     */
    public static void main(String[] args) throws Exception {
        String deviceId = new BufferedReader(new InputStreamReader(System.in)).readLine();
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl(args[0]);
        CamelContext context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(Integer.parseInt(args[1]));
        context.addService(new VertxPlatformHttpServer(server));
        WhacenterComponent whacenter = new WhacenterComponent();
        whacenter.getConfiguration().setBaseUrl(args[2]);
        whacenter.getConfiguration().setDeviceId(deviceId);
        whacenter.setConversationRepository(repository(database));
        whacenter.setConversationClaimTimeout(Long.parseLong(args[3]));
        whacenter.setOptOutRepository(optOuts(database));
        context.addComponent("whacenter", whacenter);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=/wa/in").routeId("in").process(exchange -> {
                    Message message = exchange.getMessage();
                    String text = message.getBody(WhacenterIncomingMessage.class).getMessage();
                    if (text.contains(HOLD)) {
                        System.out.println(HOLDING + "|" + text);
                        new CountDownLatch(1).await();
                    }
                    System.out.println(line(REPLY, message.getHeader(WhacenterConstants.CONVERSATION),
                            message.getHeader(WhacenterConstants.IN_REPLY_TO), message.getHeader("OrderId"), text));
                });
                from("whacenter:conversations?delay=100").routeId("ended").process(exchange -> {
                    Message message = exchange.getMessage();
                    System.out.println(line(ENDED, message.getHeader(WhacenterConstants.CONVERSATION),
                            message.getHeader(WhacenterConstants.CONVERSATION_OUTCOME), message.getHeader("OrderId"),
                            message.getBody(String.class)));
                });
            }
        });
        context.start();
        System.out.println(STARTED);
        new CountDownLatch(1).await();
    }

    /**
     * The conversations' store as the reference shows it: camel-sql's JdbcAggregationRepository (its
     * PostgresAggregationRepository of Camel 4.14 leaves the version column out of its insert, and fails every one).
     */
    static JdbcAggregationRepository repository(javax.sql.DataSource database) {
        return new JdbcAggregationRepository(new DataSourceTransactionManager(database), "whacenter_conversations", database);
    }

    /** The opt-outs' store as the reference shows it: camel-sql's JdbcMessageIdRepository, table CAMEL_MESSAGEPROCESSED. */
    static JdbcMessageIdRepository optOuts(javax.sql.DataSource database) {
        return new JdbcMessageIdRepository(database, "whacenter-opt-outs");
    }

    static String line(String kind, Object... fields) {
        StringBuilder line = new StringBuilder(kind);
        for (Object field : fields) {
            line.append('|').append(field);
        }
        return line.toString();
    }
}
