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
package io.github.camelwhacenter.examples.outbox;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import io.github.camelwhacenter.WhacenterComponent;
import io.github.camelwhacenter.WhacenterConstants;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One sending node: it consumes the outbox queue in local JMS transactions and sends each message through the
 * component, so that a message leaves the broker only once the gateway accepted it. The broker's message groups
 * (JMSXGroupID = the device's alias) give each device to one consumer at a time, so the component's per-device pace
 * holds across the nodes.
 */
public final class OutboxNode {

    /** The outbox: producers put each message with JMSXGroupID = the device's alias and a "number" property. */
    public static final String QUEUE = "whacenter.outbox";
    public static final String SENT = "SENT ";
    public static final String STARTED = "STARTED ";

    private OutboxNode() {
    }

    /**
     * Starts a node.
     *
     * @param devices the device id of each alias: the ids stay out of the broker
     * @param onSent  told "node alias seq" for each message the gateway accepted
     */
    public static CamelContext start(String brokerUrl, String baseUrl, long intervalMillis, Map<String, String> devices,
                                     String node, Consumer<String> onSent) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName("outbox-" + node);
        ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory(brokerUrl);
        // no prefetch: a node holds only the message it is sending, so a dead node's messages are few and come back
        // in order, rather than a window of them coming back after the group moved on
        broker.setConsumerWindowSize(0);
        context.addComponent("jms", JmsComponent.jmsComponent(broker));
        WhacenterComponent whacenter = new WhacenterComponent();
        whacenter.getConfiguration().setBaseUrl(baseUrl);
        whacenter.getConfiguration().setMinSendInterval(intervalMillis);
        // the node that takes a device over cannot know when the node before it sent last
        whacenter.setPaceFirstSend(true);
        context.addComponent("whacenter", whacenter);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jms:queue:" + QUEUE + "?transacted=true&concurrentConsumers=3&cacheLevelName=CACHE_CONSUMER")
                        .routeId("outbox")
                        .process(exchange -> {
                            Message message = exchange.getMessage();
                            message.setHeader(WhacenterConstants.DEVICE_ID,
                                    devices.get(message.getHeader("JMSXGroupID", String.class)));
                            message.setHeader(WhacenterConstants.NUMBER, message.getHeader("number"));
                        })
                        .to("whacenter:send")
                        .process(exchange -> onSent.accept(node + " " + exchange.getMessage().getHeader("JMSXGroupID")
                                                           + " " + exchange.getMessage().getHeader("seq")));
            }
        });
        context.start();
        return context;
    }

    /**
     * A node in a JVM of its own, until it is killed.
     *
     * @param args the broker URL, the gateway's base URL, the least interval between a device's sends (ms), the
     *             node's name; on standard input one line per device, {@code alias=deviceId} (ids stay off the command
     *             line), then an empty line
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> devices = new HashMap<>();
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = stdin.readLine(); line != null && !line.isEmpty(); line = stdin.readLine()) {
            String[] pair = line.split("=", 2);
            devices.put(pair[0], pair[1]);
        }
        start(args[0], args[1], Long.parseLong(args[2]), devices, args[3], sent -> System.out.println(SENT + sent));
        System.out.println(STARTED + args[3]);
        new CountDownLatch(1).await();
    }
}
