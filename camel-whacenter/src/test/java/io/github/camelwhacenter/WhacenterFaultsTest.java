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
package io.github.camelwhacenter;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import io.github.camelwhacenter.model.WhacenterDeviceStatus;
import io.github.camelwhacenter.simulator.Fault;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each way the gateway can fail surfaces as its own typed exception, with a short snippet and no device id.
 */
class WhacenterFaultsTest extends WhacenterTestSupport {

    @Test
    void http500RaisesAnHttpException() {
        simulator.enqueueFault(Fault.httpStatus(500, "<html><body>500 Internal Server Error " + DEVICE_ID + "</body></html>"));

        WhacenterHttpException e = failure(send(), WhacenterHttpException.class);

        assertEquals(500, e.getStatusCode());
        assertTrue(e.getResponseSnippet().contains("500 Internal Server Error"), e.getResponseSnippet());
        assertFalse(e.getMessage().contains(DEVICE_ID), "the echoed device id is masked: " + e.getMessage());
        assertTrue(simulator.sentMessages(DEVICE_ID).isEmpty());
    }

    @Test
    void aSendThatFindsNoFreeConnectionFailsUnsentWithinTheLeaseTimeout() throws Exception {
        String uri = "whacenter:send?number=6281234567890&maxConnections=1&connectionRequestTimeout=300&responseTimeout=60000";
        simulator.enqueueFault(Fault.delay(Duration.ofSeconds(20)));
        java.util.concurrent.CompletableFuture<Exchange> holdingTheOnlyConnection
                = sendAsync(uri, e -> e.getMessage().setBody("slow"));
        org.awaitility.Awaitility.await().until(() -> simulator.requests("send").size() == 1);

        Exchange waiting = sendAsync(uri, e -> e.getMessage().setBody("waits for a connection"))
                .get(10, java.util.concurrent.TimeUnit.SECONDS);

        WhacenterTimeoutException timeout = failure(waiting, WhacenterTimeoutException.class);
        assertTrue(timeout.getMessage().contains("connectionRequestTimeout") && timeout.getMessage().contains("not sent"),
                timeout.getMessage());
        assertEquals(1, simulator.requests("send").size(), "the second never reached the gateway");
        assertFalse(holdingTheOnlyConnection.isDone());
    }

    @Test
    void statusFalseRaisesAGatewayException() {
        simulator.enqueueFault(Fault.statusFalse("number not registered on whatsapp"));

        WhacenterGatewayException e = failure(send(), WhacenterGatewayException.class);

        assertEquals("number not registered on whatsapp", e.getGatewayMessage());
    }

    @Test
    void aGarbageBodyRaisesAResponseException() {
        simulator.enqueueFault(Fault.malformedBody());

        WhacenterResponseException e = failure(send(), WhacenterResponseException.class);

        assertTrue(e.getMessage().contains("not JSON"), e.getMessage());
        assertTrue(e.getResponseSnippet().length() <= 203, "the snippet is truncated");
    }

    @Test
    void anEmptyBodyRaisesAResponseException() {
        simulator.enqueueFault(Fault.emptyBody());

        WhacenterResponseException e = failure(send(), WhacenterResponseException.class);

        assertTrue(e.getMessage().contains("empty body"), e.getMessage());
    }

    @Test
    void aSlowAnswerRaisesATimeout() {
        simulator.enqueueFault(Fault.delay(Duration.ofSeconds(3)));

        Exchange exchange = template.request("whacenter:send?responseTimeout=300&number=6281234567890",
                e -> e.getMessage().setBody("slow"));

        WhacenterTimeoutException e = failure(exchange, WhacenterTimeoutException.class);
        assertTrue(e.getMessage().contains("responseTimeout"), e.getMessage());
    }

    @Test
    void aDroppedConnectionRaisesAConnectionException() {
        simulator.enqueueFault(Fault.dropConnection());

        WhacenterConnectionException e = failure(send(), WhacenterConnectionException.class);

        assertTrue(e.getMessage().contains("before an answer"), e.getMessage());
    }

    @Test
    void aRefusedConnectionRaisesAConnectionException() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Exchange exchange = template.request("whacenter:send?number=6281234567890&baseUrl=http://127.0.0.1:" + closedPort + "/api",
                e -> e.getMessage().setBody("nobody home"));

        WhacenterConnectionException e = failure(exchange, WhacenterConnectionException.class);
        assertTrue(e.getMessage().contains("could not connect"), e.getMessage());
        assertTrue(e instanceof WhacenterTransportException, "worth a redelivery");
    }

    @Test
    void gzipTextHtmlAnswersAreReadThoughNotAskedFor() {
        simulator.setGzipUnasked(true);

        WhacenterDeviceStatus status = template.requestBody("whacenter:deviceStatus", null, WhacenterDeviceStatus.class);

        assertTrue(status.isConnected());
        assertFalse(simulator.requests("statusDevice").get(0).headers().containsKey("accept-encoding"));
    }

    @Test
    void theNextRequestAfterAFaultSucceeds() {
        simulator.enqueueFault(Fault.httpStatus(502, "bad gateway"));
        failure(send(), WhacenterHttpException.class);

        Exchange second = send();

        assertEquals(null, second.getException());
        assertEquals(1, simulator.sentMessages(DEVICE_ID).size());
    }

    private Exchange send() {
        return template.request("whacenter:send?number=6281234567890", e -> e.getMessage().setBody("hello"));
    }
}
