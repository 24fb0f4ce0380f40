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

import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.SupervisingRouteController;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_NUMBER;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A gateway that is down when a webhook consumer with auto-registration starts: on its own the context fails to start,
 * every route with it; under Camel's supervising route controller (camel.routecontroller.enabled=true) the other
 * routes run and the webhook route starts once the gateway is back.
 */
class WhacenterRegistrationOutageTest {

    private final int gatewayPort = AvailablePortFinder.getNextAvailable();
    private final int webhookPort = AvailablePortFinder.getNextAvailable();
    private CamelContext context;
    /**
     * Started by hand, not by WhacenterSimulatorExtension (which starts one before the test): the gateway is down when
     * the context starts, and comes up later on the port the component was given.
     */
    private WhacenterSimulator gateway;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void withoutSupervisionTheWholeContextFailsToStart() throws Exception {
        context = context(false);

        assertThrows(Exception.class, context::start, "the registration failed: the gateway is down");
    }

    @Test
    void theSupervisingRouteControllerStartsTheOtherRoutesAndRetriesTheWebhook() throws Exception {
        context = context(true);
        context.start();

        assertEquals(ServiceStatus.Started, context.getRouteController().getRouteStatus("other"));
        assertEquals(ServiceStatus.Stopped, context.getRouteController().getRouteStatus("webhook"));

        gateway = WhacenterSimulator.start(gatewayPort);
        gateway.addDevice(DEVICE_ID, DEVICE_NUMBER, "demo");
        await().until(() -> context.getRouteController().getRouteStatus("webhook") == ServiceStatus.Started);
        assertEquals("http://127.0.0.1:" + webhookPort + "/wa/outage",
                gateway.device(DEVICE_ID).webhookUrl());
    }

    private CamelContext context(boolean supervised) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        if (supervised) {
            SupervisingRouteController supervising = camel.getRouteController().supervising();
            supervising.setInitialDelay(0);
            supervising.setBackOffDelay(200);
        }
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(webhookPort);
        camel.addService(new VertxPlatformHttpServer(server));
        WhacenterComponent component = new WhacenterComponent();
        component.getConfiguration().setDeviceId(DEVICE_ID);
        component.getConfiguration().setBaseUrl("http://127.0.0.1:" + gatewayPort + "/api");
        component.getConfiguration().setConnectTimeout(500);
        camel.addComponent("whacenter", component);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=/wa/outage&webhookExternalUrl=http://127.0.0.1:" + webhookPort
                     + "/wa/outage").routeId("webhook").to("mock:incoming");
                from("direct:other").routeId("other").to("mock:other");
            }
        });
        return camel;
    }
}
