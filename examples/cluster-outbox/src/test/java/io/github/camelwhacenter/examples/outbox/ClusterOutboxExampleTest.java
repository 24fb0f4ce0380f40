package io.github.camelwhacenter.examples.outbox;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs the example as its README does: three nodes, one outbox, every message accepted and each device paced.
 */
class ClusterOutboxExampleTest {

    @Test
    void theNodesSendEveryMessageAndKeepEachDevicesPace() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        assertEquals(0, ClusterOutboxExample.run(port));
    }
}
