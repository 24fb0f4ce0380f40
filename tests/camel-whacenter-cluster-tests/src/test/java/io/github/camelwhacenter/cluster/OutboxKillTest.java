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
package io.github.camelwhacenter.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelwhacenter.examples.outbox.OutboxBroker;
import io.github.camelwhacenter.examples.outbox.OutboxNode;
import io.github.camelwhacenter.simulator.RecordedRequest;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.SECOND_DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.THIRD_DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three nodes (JVMs of their own, each the cluster-outbox example's {@link OutboxNode}), one durable outbox on an
 * embedded Artemis broker, the simulator as the gateway:
 * 3 devices × 200 messages, minSendInterval 60 ms, message groups by device. One node is killed with SIGKILL mid-run.
 * What the cluster guarantees, checked at the simulator against what each node says it sent: every message accepted at
 * least once; duplicates only among the sends in flight at the kill (a node holds at most one message per consumer,
 * with no prefetch); per device one node sends at a time, so that the component's per-device pace (its rule proven
 * on a fake clock by DeviceSendQueueTest) holds across the cluster: the device's sends come from its owner and, once the
 * owner is killed, from one other node, never interleaved; per device the order kept, except for the message the
 * killed node held of a device it owned. The shortest gap between a device's arrivals is reported, not asserted: an
 * arrival stamp trails the wire by however long a loaded machine takes to run the simulator's thread.
 */
class OutboxKillTest {

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    private static final int MESSAGES_PER_DEVICE = 200;
    private static final long INTERVAL_MILLIS = 60;
    private static final Map<String, String> DEVICES = new LinkedHashMap<>();

    static {
        DEVICES.put("d1", DEVICE_ID);
        DEVICES.put("d2", SECOND_DEVICE_ID);
        DEVICES.put("d3", THIRD_DEVICE_ID);
    }

    private final Map<String, Process> nodes = new ConcurrentHashMap<>();
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicReference<String> lastSender = new AtomicReference<>();
    /** The node that reported each accepted message, by "alias seq"; more than one for a message sent twice. */
    private final Map<String, List<String>> reportedBy = new ConcurrentHashMap<>();
    /** What the nodes printed besides their sends, for a failure's message. */
    private final List<String> output = new CopyOnWriteArrayList<>();

    private void startNode(String name, String brokerUrl, String baseUrl) throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcluster.node=" + name, "-cp", System.getProperty("java.class.path"), OutboxNode.class.getName(),
                brokerUrl, baseUrl, String.valueOf(INTERVAL_MILLIS), name).redirectErrorStream(true).start();
        try (Writer stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> device : DEVICES.entrySet()) {
                stdin.write(device.getKey() + "=" + device.getValue() + "\n");
            }
            stdin.write("\n");
        }
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith(OutboxNode.SENT)) {
                        lastSender.set(name);
                        // "SENT node alias seq"
                        String message = line.substring(OutboxNode.SENT.length() + name.length() + 1);
                        reportedBy.computeIfAbsent(message, m -> new CopyOnWriteArrayList<>()).add(name);
                    } else if (line.startsWith(OutboxNode.STARTED)) {
                        started.incrementAndGet();
                    } else if (output.size() < 200) {
                        output.add(name + ": " + line);
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
        }, "node-" + name);
        reader.setDaemon(true);
        reader.start();
        nodes.put(name, process);
    }

    @Test
    void killingANodeMidRunLosesNothingAndKeepsEachDevicesPace(@TempDir Path data, WhacenterSimulator simulator)
            throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String brokerUrl = "tcp://127.0.0.1:" + port;
        EmbeddedActiveMQ broker = OutboxBroker.start(data, port);
        try {
            try (Connection connection = new ActiveMQConnectionFactory(brokerUrl).createConnection()) {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer producer = session.createProducer(session.createQueue(OutboxNode.QUEUE));
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                for (int seq = 0; seq < MESSAGES_PER_DEVICE; seq++) {
                    for (String alias : DEVICES.keySet()) {
                        TextMessage message = session.createTextMessage(alias + " " + seq);
                        message.setStringProperty("JMSXGroupID", alias);
                        message.setIntProperty("seq", seq);
                        message.setStringProperty("number", "6281234567890");
                        producer.send(message);
                    }
                }
            }
            for (String name : List.of("a", "b", "c")) {
                startNode(name, brokerUrl, simulator.baseUrl());
            }
            await().atMost(Duration.ofSeconds(60)).failFast(() -> nodes.values().stream().anyMatch(p -> !p.isAlive()))
                    .until(() -> started.get() == 3);

            int total = DEVICES.size() * MESSAGES_PER_DEVICE;
            await().atMost(Duration.ofSeconds(60)).until(() -> simulator.requests("send").size() >= total / 4);
            String victim = lastSender.get();
            nodes.get(victim).destroyForcibly().waitFor();
            int sendsAtKill = simulator.requests("send").size();

            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> distinctAccepted(simulator) == total);
            List<RecordedRequest> sends = simulator.requests("send");
            int duplicates = sends.size() - total;

            List<String> report = new ArrayList<>();
            for (Map.Entry<String, String> device : DEVICES.entrySet()) {
                List<RecordedRequest> ofDevice = sends.stream()
                        .filter(r -> device.getValue().equals(r.fields().get("device_id"))).toList();
                long shortest = Long.MAX_VALUE;
                for (int i = 1; i < ofDevice.size(); i++) {
                    shortest = Math.min(shortest, Duration.between(ofDevice.get(i - 1).receivedAt(),
                            ofDevice.get(i).receivedAt()).toMillis());
                }
                List<String> senders = senders(ofDevice);
                assertTrue(senders.size() == 1 || senders.size() == 2 && senders.get(0).equals(victim),
                        device.getKey() + ": one node sends at a time, and another only once the killed one is gone: "
                        + senders + " in arrival order, " + victim + " killed");
                // order: the first acceptance of each message, in arrival order
                Map<Integer, RecordedRequest> first = new LinkedHashMap<>();
                for (RecordedRequest request : ofDevice) {
                    first.putIfAbsent(seq(request), request);
                }
                int outOfOrder = 0;
                int previous = -1;
                for (Map.Entry<Integer, RecordedRequest> accepted : first.entrySet()) {
                    if (accepted.getKey() < previous) {
                        outOfOrder++;
                    }
                    previous = Math.max(previous, accepted.getKey());
                }
                // only the killed node's message of a device it owned comes back behind later ones
                assertTrue(outOfOrder == 0 || senders.get(0).equals(victim) && outOfOrder <= 1,
                        device.getKey() + ": " + outOfOrder + " out of order, sent by " + senders + ", " + victim + " killed");
                report.add(device.getKey() + " sent by " + senders + ", shortest gap " + shortest + " ms, " + outOfOrder
                           + " out of order");
            }
            System.out.println("Outbox kill test: node " + victim + " killed after " + sendsAtKill + " of " + total
                               + " sends; " + sends.size() + " accepted, " + duplicates + " duplicates; " + report);
            // each node's three consumers hold at most one send each in flight
            assertTrue(duplicates <= 3, duplicates + " duplicates");
        } finally {
            for (Process process : nodes.values()) {
                process.destroyForcibly();
            }
            for (Process process : nodes.values()) {
                process.waitFor();
            }
            broker.stop();
        }
    }

    /**
     * The nodes that sent a device's messages, in the order the simulator received them, each once per run of sends:
     * [a] for one owner, [a, b] when b took over from a; a message sent twice, or reported by no node (accepted, and the
     * node killed before it could say so), tells nothing of who sent which copy and is passed over.
     */
    private List<String> senders(List<RecordedRequest> ofDevice) {
        List<String> senders = new ArrayList<>();
        for (RecordedRequest request : ofDevice) {
            List<String> nodes = reportedBy.getOrDefault(request.fields().get("message"), List.of());
            if (nodes.size() == 1 && (senders.isEmpty() || !senders.get(senders.size() - 1).equals(nodes.get(0)))) {
                senders.add(nodes.get(0));
            }
        }
        return senders;
    }

    private static int seq(RecordedRequest request) {
        return Integer.parseInt(request.fields().get("message").split(" ")[1]);
    }

    private static long distinctAccepted(WhacenterSimulator simulator) {
        return simulator.requests("send").stream().map(r -> r.fields().get("message")).distinct().count();
    }
}
