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
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import io.github.camelwhacenter.support.Secrets;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.SECOND_DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A device's readiness check while the routes that use the device come and go at run time: it polls the gateway with
 * the settings of an endpoint of the device still running, and it is removed with the device's last running endpoint.
 */
class WhacenterReadinessRouteRemovalTest extends WhacenterTestSupport {

    private static final long INTERVAL = 200;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("whacenter", WhacenterComponent.class).setDeviceCheckInterval(INTERVAL);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // both use the component's device; b starts last
                from("direct:a").routeId("a").to("whacenter:send");
                from("direct:b").routeId("b").to("whacenter:deviceStatus");
                from("direct:second").routeId("second").to("whacenter:deviceStatus?deviceId=" + SECOND_DEVICE_ID);
            }
        };
    }

    private static String deviceCheck(String deviceId) {
        return "whacenter-device-" + Secrets.fingerprint(deviceId);
    }

    private Collection<HealthCheck.Result> readiness() {
        return HealthCheckHelper.invoke(context, check -> Map.of(), check -> !check.isReadiness(), "full");
    }

    /** The check's result; null when no such check is registered. */
    private HealthCheck.Result readiness(String id) {
        Optional<HealthCheck.Result> result = readiness().stream().filter(r -> r.getCheck().getId().equals(id)).findFirst();
        return result.orElse(null);
    }

    private static String text(HealthCheck.Result result) {
        return result == null ? "no check" : result.getState() + " " + result.getMessage().orElse("") + " "
                + result.getError().map(Throwable::getMessage).orElse("");
    }

    private void removeRoute(String routeId) throws Exception {
        context.getRouteController().stopRoute(routeId);
        assertTrue(context.removeRoute(routeId), routeId + " removed");
    }

    @Test
    void theDeviceStaysUpAndPolledAfterTheRouteThatStartedLastIsRemoved() throws Exception {
        String id = deviceCheck(DEVICE_ID);
        await().atMost(Duration.ofSeconds(10)).until(() -> readiness(id) != null
                && readiness(id).getState() == HealthCheck.State.UP);

        removeRoute("b");

        int polled = simulator.requests("statusDevice").size();
        // each read older than the interval asks the gateway again, through an endpoint still running
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            HealthCheck.Result result = readiness(id);
            assertEquals(HealthCheck.State.UP, result == null ? null : result.getState(), () -> text(result));
            assertTrue(simulator.requests("statusDevice").size() >= polled + 3,
                    () -> "status polls since the removal: " + (simulator.requests("statusDevice").size() - polled));
        });

        Exchange sent = template.request("direct:a", exchange -> {
            exchange.getMessage().setHeader(WhacenterConstants.NUMBER, "6281234567890");
            exchange.getMessage().setBody("still sending");
        });
        assertNull(sent.getException(), () -> String.valueOf(sent.getException()));
    }

    @Test
    void theCheckOfADeviceWithNoRunningEndpointLeftIsRemoved() throws Exception {
        String second = deviceCheck(SECOND_DEVICE_ID);
        await().atMost(Duration.ofSeconds(10)).until(() -> readiness(second) != null
                && readiness(second).getState() == HealthCheck.State.UP);

        removeRoute("second");

        assertNull(readiness(second), () -> text(readiness(second)));
        HealthCheck.Result first = readiness(deviceCheck(DEVICE_ID));
        assertEquals(HealthCheck.State.UP, first.getState(), () -> text(first));
    }

    @Test
    void aRouteAddedAgainAfterTheDevicesLastWasRemovedBringsTheCheckBack() throws Exception {
        String second = deviceCheck(SECOND_DEVICE_ID);
        removeRoute("second");
        assertNull(readiness(second));

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:again").routeId("again").to("whacenter:deviceStatus?deviceId=" + SECOND_DEVICE_ID);
            }
        });

        int polled = simulator.requests("statusDevice").size();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> readiness(second) != null && readiness(second).getState() == HealthCheck.State.UP
                        && simulator.requests("statusDevice").size() > polled);
    }
}
