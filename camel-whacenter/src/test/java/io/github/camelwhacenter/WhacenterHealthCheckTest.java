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

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import io.github.camelwhacenter.simulator.Fault;
import io.github.camelwhacenter.simulator.IncomingMessage;
import io.github.camelwhacenter.support.Secrets;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.health.ConsumersHealthCheckRepository;
import org.apache.camel.spi.HttpResponseAware;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.SECOND_DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The device, gateway and webhook readiness checks, read through Camel's health API over real HTTP to the simulator.
 */
class WhacenterHealthCheckTest extends WebhookTestSupport {

    private static final long INTERVAL = 300;
    private static final String TOKEN = "hook-5e1d7c9a3b";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("whacenter", WhacenterComponent.class).setDeviceCheckInterval(INTERVAL);
        // what Camel Main and camel-spring-boot add: the checks of each route's consumer
        HealthCheckRegistry.get(context).register(new ConsumersHealthCheckRepository());
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("whacenter:send");
                from("whacenter:webhook?webhookToken=" + TOKEN + "&webhookExternalUrl=" + url("/whacenter/webhook"))
                        .routeId("webhook").to("mock:incoming");
            }
        };
    }

    private HealthCheck.Result readiness(String id) {
        return readiness(context, id);
    }

    /** Every readiness result, as /observe/health?exposureLevel=full lists them. */
    private static Collection<HealthCheck.Result> readiness(CamelContext context) {
        return HealthCheckHelper.invoke(context, check -> Map.of(), check -> !check.isReadiness(), "full");
    }

    private static HealthCheck.Result readiness(CamelContext context, String id) {
        Optional<HealthCheck.Result> result = readiness(context).stream()
                .filter(r -> r.getCheck().getId().equals(id)).findFirst();
        assertTrue(result.isPresent(), () -> id + " among " + readiness(context).stream()
                .map(r -> r.getCheck().getId()).toList());
        return result.get();
    }

    /** The check's state, after asserting that what it reports was seen at most one interval before the read. */
    private HealthCheck.State stateNoOlderThanTheInterval(String id) {
        Instant read = Instant.now();
        HealthCheck.Result result = readiness(id);
        Instant checked = Instant.parse((String) result.getDetails().get("device.checked"));
        // the slack covers the read itself on a loaded machine
        assertTrue(!checked.isBefore(read.minusMillis(INTERVAL + 100)), () -> "seen at " + checked + ", read at " + read);
        return result.getState();
    }

    private static String deviceCheck(String deviceId) {
        return "whacenter-device-" + Secrets.fingerprint(deviceId);
    }

    private static String text(HealthCheck.Result result) {
        return result.getCheck().getId() + " " + result.getState() + " " + result.getMessage().orElse("") + " "
               + result.getDetails() + " " + result.getError().map(Throwable::getMessage).orElse("");
    }

    @Test
    void theDeviceGoesDownWithinOneIntervalOfDisconnectingAndUpWhenItReconnects() {
        String id = deviceCheck(DEVICE_ID);
        assertEquals(HealthCheck.State.UP, readiness(id).getState(), () -> text(readiness(id)));
        assertEquals("CONNECTED", readiness(id).getDetails().get("device.state"));
        assertEquals("demo", readiness(id).getDetails().get("device.name"));

        simulator.device(DEVICE_ID).setConnected(false);
        simulator.device(DEVICE_ID).setQrState("timeout");
        // what a read reports is never older than the interval: a device that disconnected is DOWN within one
        await().atMost(Duration.ofMillis(INTERVAL * 10)).pollInterval(Duration.ofMillis(20))
                .until(() -> stateNoOlderThanTheInterval(id) == HealthCheck.State.DOWN);
        HealthCheck.Result down = readiness(id);
        assertEquals("QR_TIMEOUT", down.getDetails().get("device.state"));
        assertTrue(down.getMessage().orElseThrow().contains("relogDevice"), () -> text(down));

        simulator.device(DEVICE_ID).setConnected(true);
        simulator.device(DEVICE_ID).setQrState("done");
        await().atMost(Duration.ofMillis(INTERVAL * 10)).pollInterval(Duration.ofMillis(20))
                .until(() -> stateNoOlderThanTheInterval(id) == HealthCheck.State.UP);
        assertEquals("whacenter", readiness(id).getCheck().getGroup());
        assertFalse(readiness(id).getCheck().isLiveness(), "a disconnected device is no reason to restart");
    }

    @Test
    void theGatewayIsAskedAtMostOncePerIntervalHoweverOftenHealthIsRead() {
        String id = deviceCheck(DEVICE_ID);
        readiness(id);
        int before = simulator.requests("statusDevice").size();
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            readiness(id);
        }
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        int asked = simulator.requests("statusDevice").size() - before;
        assertTrue(asked <= elapsedMillis / INTERVAL + 1,
                asked + " status calls for 200 health reads in " + elapsedMillis + " ms");
    }

    @Test
    void everyStatusTheGatewayAnsweredCountsSoAWatchdogKeepsTheCheckCurrent() throws Exception {
        // a minute's interval: the check asks the gateway itself only for its first read, so what it reports after
        // that comes from the watchdog's polls
        try (CamelContext other = new DefaultCamelContext()) {
            WhacenterComponent component = new WhacenterComponent();
            component.getConfiguration().setBaseUrl(simulator.baseUrl());
            component.getConfiguration().setDeviceId(SECOND_DEVICE_ID);
            component.setDeviceCheckInterval(60_000);
            other.addComponent("whacenter", component);
            other.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("whacenter:deviceStatus?initialDelay=0&delay=50").to("mock:states");
                }
            });
            other.start();
            MockEndpoint states = other.getEndpoint("mock:states", MockEndpoint.class);
            states.expectedMinimumMessageCount(1);
            states.assertIsSatisfied();
            String id = deviceCheck(SECOND_DEVICE_ID);
            assertEquals(HealthCheck.State.UP, readiness(other, id).getState());

            states.reset();
            states.expectedMessageCount(1);
            simulator.device(SECOND_DEVICE_ID).setConnected(false);
            states.assertIsSatisfied();
            HealthCheck.Result down = readiness(other, id);
            assertEquals(HealthCheck.State.DOWN, down.getState(), () -> text(down));
            assertEquals("DISCONNECTED", down.getDetails().get("device.state"));
        }
    }

    @Test
    void anUnreachableGatewayIsDownAndSoIsTheDeviceWithTheReason() throws Exception {
        simulator.close();
        await().atMost(Duration.ofMillis(INTERVAL * 20)).pollInterval(Duration.ofMillis(20))
                .until(() -> readiness("whacenter-gateway").getState() == HealthCheck.State.DOWN);
        HealthCheck.Result device = readiness(deviceCheck(DEVICE_ID));
        assertEquals(HealthCheck.State.DOWN, device.getState());
        assertTrue(device.getMessage().orElseThrow().contains("cannot be reached"), () -> text(device));
    }

    @Test
    void aGatewayAnsweringHttp503IsDownWithTheStatusCode() {
        simulator.enqueueFault("statusDevice", Fault.httpStatus(503, "maintenance"));
        await().atMost(Duration.ofMillis(INTERVAL * 20)).pollInterval(Duration.ofMillis(20))
                .until(() -> readiness("whacenter-gateway").getState() == HealthCheck.State.DOWN);
        HealthCheck.Result device = readiness(deviceCheck(DEVICE_ID));
        assertEquals(503, device.getDetails().get("http.response.code"), () -> text(device));
        WhacenterHttpException e = new WhacenterHttpException("send", 503, "maintenance");
        assertEquals(503, ((HttpResponseAware) e).getHttpResponseCode());
        assertEquals("Service Unavailable", e.getHttpResponseStatus());
        assertEquals(404, ((HttpResponseAware) new WhacenterHttpRefusedException("send", 404, "")).getHttpResponseCode());
    }

    @Test
    void theWebhookIsReadyOnceRegisteredAndDownWhenTheGatewayPostsElsewhere() throws Exception {
        HealthCheck.Result webhook = readiness("consumer:webhook");
        assertEquals(HealthCheck.State.UP, webhook.getState(), () -> text(webhook));
        assertFalse(webhook.getDetails().containsKey("webhook.last.delivery"));

        simulator.deliverIncoming(DEVICE_ID, IncomingMessage.text("081234567890", "hello"));
        getMockEndpoint("mock:incoming").expectedMessageCount(1);
        getMockEndpoint("mock:incoming").assertIsSatisfied();
        HealthCheck.Result delivered = readiness("consumer:webhook");
        assertEquals(1L, delivered.getDetails().get("webhook.deliveries"));
        assertTrue(delivered.getDetails().containsKey("webhook.last.delivery"));

        simulator.device(DEVICE_ID).setWebhookUrl("https://elsewhere.example/hook");
        await().atMost(Duration.ofMillis(INTERVAL * 10)).pollInterval(Duration.ofMillis(20))
                .until(() -> readiness("consumer:webhook").getState() == HealthCheck.State.DOWN);
        assertTrue(readiness("consumer:webhook").getMessage().orElseThrow().contains("another URL"));
    }

    @Test
    void noCheckShowsTheDeviceIdOrTheToken() {
        simulator.device(DEVICE_ID).setConnected(false);
        simulator.enqueueFault("statusDevice", Fault.httpStatus(500, "device " + DEVICE_ID + " broke"));
        await().atMost(Duration.ofMillis(INTERVAL * 10)).pollInterval(Duration.ofMillis(20)).until(() -> {
            for (HealthCheck.Result result : readiness(context)) {
                String text = text(result);
                for (String secret : SECRETS) {
                    assertFalse(text.contains(secret), () -> "a secret in " + text);
                }
            }
            return simulator.pendingFaults() == 0;
        });
        for (HealthCheck.Result result : readiness(context)) {
            String text = text(result);
            assertFalse(text.contains(DEVICE_ID), () -> "the device id in " + text);
            assertFalse(text.contains(TOKEN), () -> "the webhook token in " + text);
        }
    }
}
