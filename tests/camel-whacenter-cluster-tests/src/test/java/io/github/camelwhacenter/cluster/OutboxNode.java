package io.github.camelwhacenter.cluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import io.github.camelwhacenter.WhacenterComponent;
import io.github.camelwhacenter.WhacenterConstants;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One node of {@link OutboxKillTest}, in a JVM of its own: it consumes the outbox queue in local JMS transactions and
 * sends each message through the component, so that a message leaves the broker only once the gateway accepted it.
 * The broker's message groups (JMSXGroupID = the device's alias) give each device to one consumer at a time, so the
 * component's per-device pace holds across the nodes. Prints a line per accepted send; runs until killed.
 */
public final class OutboxNode {

    static final String SENT = "SENT ";
    static final String STARTED = "STARTED ";
    static final String QUEUE = "whacenter.outbox";

    private OutboxNode() {
    }

    /**
     * @param args the broker URL, the gateway's base URL, the least interval between a device's sends (ms), this node's
     *             name; on standard input one line per device, {@code alias=deviceId} (ids stay off the command line
     *             and off the broker), then an empty line
     */
    public static void main(String[] args) throws Exception {
        String brokerUrl = args[0];
        String baseUrl = args[1];
        long interval = Long.parseLong(args[2]);
        String node = args[3];
        Map<String, String> devices = new HashMap<>();
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = stdin.readLine(); line != null && !line.isEmpty(); line = stdin.readLine()) {
            String[] pair = line.split("=", 2);
            devices.put(pair[0], pair[1]);
        }

        CamelContext context = new DefaultCamelContext();
        ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory(brokerUrl);
        // no prefetch: a node holds only the message it is sending, so a killed node's messages are few and come back
        // in order, rather than a window of them coming back after the group moved on
        broker.setConsumerWindowSize(0);
        context.addComponent("jms", JmsComponent.jmsComponent(broker));
        WhacenterComponent whacenter = new WhacenterComponent();
        whacenter.getConfiguration().setBaseUrl(baseUrl);
        whacenter.getConfiguration().setMinSendInterval(interval);
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
                        .process(exchange -> System.out.println(SENT + node + " "
                                                                + exchange.getMessage().getHeader("JMSXGroupID") + " "
                                                                + exchange.getMessage().getHeader("seq")));
            }
        });
        context.start();
        System.out.println(STARTED + node);
        new CountDownLatch(1).await();
    }
}
