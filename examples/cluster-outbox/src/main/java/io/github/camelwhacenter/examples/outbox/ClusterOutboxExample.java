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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.simulator.RecordedRequest;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;

/**
 * Three nodes sending through one outbox: an embedded broker and the gateway simulator, 3 devices, 20 messages each,
 * 200 ms between a device's sends; each node's share is printed, then how the simulator saw each device's sends. In one
 * JVM, so that it runs with one command; {@link OutboxNode#main} runs a node in a process of its own.
 */
public final class ClusterOutboxExample {

    static final int PORT = 61617;
    static final int MESSAGES_PER_DEVICE = 20;
    static final long INTERVAL_MILLIS = 200;

    private ClusterOutboxExample() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(PORT));
    }

    /**
     * @param port the broker's port on loopback
     * @return the exit status: 0 when every message was accepted and each device's sends were paced: the last reached
     *         the gateway no sooner than (messages - 1) intervals after the first was queued, which holds however late
     *         a request reaches the gateway on a loaded machine (a single gap measured at the gateway does not: a
     *         request that lingers on the way shortens the gap after it)
     */
    static int run(int port) throws Exception {
        Map<String, String> devices = new LinkedHashMap<>();
        devices.put("shop", "example-shop-7f3a");
        devices.put("support", "example-support-2b1c");
        devices.put("billing", "example-billing-9e4d");
        Path data = Files.createTempDirectory("whacenter-outbox");
        String brokerUrl = "tcp://127.0.0.1:" + port;
        EmbeddedActiveMQ broker = OutboxBroker.start(data, port);
        List<CamelContext> nodes = new ArrayList<>();
        try (WhacenterSimulator simulator = WhacenterSimulator.start()) {
            int number = 10;
            for (Map.Entry<String, String> device : devices.entrySet()) {
                simulator.addDevice(device.getValue(), "62812000000" + number++, device.getKey());
            }
            int total = devices.size() * MESSAGES_PER_DEVICE;
            Map<String, Integer> perNode = new ConcurrentHashMap<>();
            CountDownLatch accepted = new CountDownLatch(total);
            for (String node : List.of("node-a", "node-b", "node-c")) {
                nodes.add(OutboxNode.start(brokerUrl, simulator.baseUrl(), INTERVAL_MILLIS, devices, node, sent -> {
                    perNode.merge(sent.split(" ")[0], 1, Integer::sum);
                    accepted.countDown();
                }));
            }
            // the nodes first: the broker gives each device's group to a consumer as its first message comes
            Instant queued = Instant.now();
            enqueue(brokerUrl, devices);
            System.out.println("Queued " + total + " messages on " + OutboxNode.QUEUE + " (" + brokerUrl + "), "
                               + MESSAGES_PER_DEVICE + " per device");
            if (!accepted.await(60, TimeUnit.SECONDS)) {
                System.out.println("Only " + (total - accepted.getCount()) + " of " + total + " accepted in a minute");
            }
            System.out.println("Sent by each node: " + perNode);
            boolean paced = true;
            for (Map.Entry<String, String> device : devices.entrySet()) {
                List<RecordedRequest> sends = simulator.requests("send").stream()
                        .filter(r -> device.getValue().equals(r.fields().get("device_id"))).toList();
                long shortest = Long.MAX_VALUE;
                for (int i = 1; i < sends.size(); i++) {
                    shortest = Math.min(shortest,
                            Duration.between(sends.get(i - 1).receivedAt(), sends.get(i).receivedAt()).toMillis());
                }
                long span = sends.isEmpty() ? 0 : Duration.between(queued, sends.get(sends.size() - 1).receivedAt()).toMillis();
                System.out.println("Device " + device.getKey() + ": " + sends.size() + " accepted in " + span
                                   + " ms from the queueing (" + (MESSAGES_PER_DEVICE - 1) * INTERVAL_MILLIS
                                   + " at least), shortest gap at the gateway " + shortest + " ms (" + INTERVAL_MILLIS
                                   + " asked)");
                paced &= sends.size() == MESSAGES_PER_DEVICE && span >= (MESSAGES_PER_DEVICE - 1) * INTERVAL_MILLIS;
            }
            return paced && simulator.requests("send").size() == total ? 0 : 1;
        } finally {
            for (CamelContext node : nodes) {
                node.stop();
            }
            broker.stop();
        }
    }

    private static void enqueue(String brokerUrl, Map<String, String> devices) throws Exception {
        try (Connection connection = new ActiveMQConnectionFactory(brokerUrl).createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue(OutboxNode.QUEUE));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int seq = 0; seq < MESSAGES_PER_DEVICE; seq++) {
                for (String alias : devices.keySet()) {
                    TextMessage message = session.createTextMessage("Order update " + seq + " from " + alias);
                    message.setStringProperty("JMSXGroupID", alias);
                    message.setIntProperty("seq", seq);
                    message.setStringProperty("number", "6281234567890");
                    producer.send(message);
                }
            }
        }
    }
}
