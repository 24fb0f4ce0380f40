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

import java.net.http.HttpResponse;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The webhook consumer's stop, suspend and restore paths: the path is unbound even when restoring fails, suspending
 * makes no gateway call, a node stopping never takes the webhook from the node that registered after it, and the
 * repository the endpoint started is stopped with it.
 */
class WhacenterWebhookLifecycleTest extends WebhookTestSupport {

    private static final String PREVIOUS = "https://old.example.com/hook";
    private final MemoryIdempotentRepository repository = new MemoryIdempotentRepository();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                context.getRegistry().bind("seen", repository);
                from(restoring("/wa/node-a")).routeId("node-a").autoStartup(false).to("mock:a");
                from(restoring("/wa/node-b")).routeId("node-b").autoStartup(false).to("mock:b");
                from("whacenter:webhook?webhookPath=/wa/dedup&skipDuplicates=true&idempotentRepository=#seen")
                        .routeId("dedup").to("mock:dedup");
            }
        };
    }

    private String restoring(String path) {
        return "whacenter:webhook?webhookPath=" + path + "&webhookRestoreOnStop=true&webhookExternalUrl=" + url(path);
    }

    @Test
    void thePathIsUnboundEvenWhenRestoringThePreviousUrlFails() throws Exception {
        simulator.device(DEVICE_ID).setWebhookUrl(PREVIOUS);
        context.getRouteController().startRoute("node-a");
        assertEquals(200, postJson("/wa/node-a", body("before")).statusCode());

        // the gateway is unreachable when the consumer stops: restoring fails
        simulator.close();
        context.getRouteController().stopRoute("node-a");

        assertEquals(404, postJson("/wa/node-a", body("after")).statusCode(), "nothing listens on the path any more");
    }

    @Test
    void aNodeStoppingInARollingRestartLeavesTheWebhookOfTheNodeThatCameAfterIt() throws Exception {
        simulator.device(DEVICE_ID).setWebhookUrl(PREVIOUS);
        context.getRouteController().startRoute("node-a");
        context.getRouteController().startRoute("node-b");
        assertEquals(url("/wa/node-b"), simulator.device(DEVICE_ID).webhookUrl());

        context.getRouteController().stopRoute("node-a");

        assertEquals(url("/wa/node-b"), simulator.device(DEVICE_ID).webhookUrl(), "node-a did not restore a stale URL");
    }

    @Test
    void aConsumerAloneRestoresThePreviousUrl() throws Exception {
        simulator.device(DEVICE_ID).setWebhookUrl(PREVIOUS);
        context.getRouteController().startRoute("node-a");
        context.getRouteController().stopRoute("node-a");

        assertEquals(PREVIOUS, simulator.device(DEVICE_ID).webhookUrl());
    }

    @Test
    void suspendingAndResumingMakesNoGatewayCall() throws Exception {
        context.getRouteController().startRoute("node-a");
        int gatewayCalls = simulator.requests().size();

        context.getRouteController().suspendRoute("node-a");
        HttpResponse<String> suspended = postJson("/wa/node-a", body("while suspended"));
        context.getRouteController().resumeRoute("node-a");
        HttpResponse<String> resumed = postJson("/wa/node-a", body("after resume"));

        assertEquals(503, suspended.statusCode(), "a suspended consumer refuses for now, the sender may retry");
        assertEquals(200, resumed.statusCode(), resumed.body());
        assertEquals(gatewayCalls, simulator.requests().size(), "no setWebhook or getWebhook while suspended or resumed");
        assertEquals(url("/wa/node-a"), simulator.device(DEVICE_ID).webhookUrl());
        assertEquals(1, getMockEndpoint("mock:a").getReceivedCounter());
    }

    @Test
    void theRepositoryTheEndpointStartedIsStoppedWithIt() throws Exception {
        assertEquals(200, postJson("/wa/dedup", body("seen once")).statusCode());
        assertTrue(repository.isStarted());

        context.stop();

        assertTrue(repository.isStopped(), "the endpoint stopped the repository it started");
    }

    private static String body(String text) {
        return observedBody("087754446580", text, "2025-07-21 08:27:56");
    }
}
