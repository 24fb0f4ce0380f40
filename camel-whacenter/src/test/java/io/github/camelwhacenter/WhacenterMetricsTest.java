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

import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.simulator.IncomingMessage;
import io.github.camelwhacenter.support.Secrets;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The meters count as documented, over real HTTP to the simulator, with a Micrometer registry in the Camel registry
 * as camel-micrometer binds it; no tag holds a device id.
 */
class WhacenterMetricsTest extends WebhookTestSupport {

    private final MeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("metricsRegistry", meters);
        context.getComponent("whacenter", WhacenterComponent.class).getConfiguration().setMinSendInterval(30);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("whacenter:send");
                from("whacenter:webhook?webhookExternalUrl=" + url("/whacenter/webhook")).routeId("inbox").to("mock:in");
            }
        };
    }

    private Exchange send(String number) throws Exception {
        return sendText(number, "hello").get(10, TimeUnit.SECONDS);
    }

    private double calls(String outcome) {
        var counter = meters.find("whacenter.calls").tag("operation", "send").tag("outcome", outcome)
                .tag("device", Secrets.fingerprint(DEVICE_ID)).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void sendsLatencyWaitQueueAndWebhookPostsAreCounted() throws Exception {
        assertNull(send("6281234567890").getException());
        assertNull(send("6281234567891").getException());
        simulator.device(DEVICE_ID).setConnected(false);
        assertTrue(send("6281234567892").getException() instanceof WhacenterGatewayException);

        assertEquals(2, calls("success"));
        assertEquals(1, calls("refused"));
        assertEquals(3, meters.find("whacenter.gateway.latency").tag("operation", "send").timer().count());
        assertEquals(3, meters.find("whacenter.send.wait").tag("device", Secrets.fingerprint(DEVICE_ID)).timer().count());
        assertEquals(0, meters.find("whacenter.send.queued").gauge().value());

        simulator.device(DEVICE_ID).setConnected(true);
        simulator.deliverIncoming(DEVICE_ID, IncomingMessage.text("081234567890", "hi"));
        getMockEndpoint("mock:in").expectedMessageCount(1);
        getMockEndpoint("mock:in").assertIsSatisfied();
        assertEquals(1, meters.find("whacenter.webhook.posts").tag("route", "inbox").tag("outcome", "delivered")
                .counter().count());

        for (Meter meter : meters.getMeters()) {
            for (String secret : SECRETS) {
                assertFalse(meter.getId().toString().contains(secret), () -> "a device id in " + meter.getId());
            }
        }
    }

    @Test
    void theMetersGoWhenTheComponentStops() throws Exception {
        assertNull(send("6281234567890").getException());
        assertFalse(meters.find("whacenter.calls").meters().isEmpty());
        context.stop();
        assertTrue(meters.getMeters().stream().noneMatch(m -> m.getId().getName().startsWith("whacenter.")),
                () -> String.valueOf(meters.getMeters().stream().map(Meter::getId).toList()));
    }
}
