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

import java.util.List;

import io.github.camelwhacenter.model.WhacenterDeviceState;
import io.github.camelwhacenter.model.WhacenterDeviceStatus;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.SECOND_DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The device watchdog emits exactly one exchange per state change, however many polls see the same state.
 */
class WhacenterDeviceWatchdogTest extends WhacenterTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:deviceStatus?delay=20&initialDelay=0").routeId("watchdog")
                        .to("mock:changes");
                from("whacenter:deviceStatus?delay=20&initialDelay=0&emitEveryPoll=true&deviceId=" + "{{second}}")
                        .routeId("everyPoll").autoStartup(false)
                        .to("mock:everyPoll");
                from("whacenter:deviceStatus?initialDelay=0").routeId("byDefault").autoStartup(false)
                        .to("mock:byDefault");
            }
        };
    }

    @Override
    protected java.util.Properties useOverridePropertiesWithPropertiesComponent() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("second", SECOND_DEVICE_ID);
        return properties;
    }

    @Test
    void emitsOncePerStateChange() throws Exception {
        MockEndpoint changes = getMockEndpoint("mock:changes");
        awaitPollsAfter(0, 5);
        assertEquals(1, changes.getReceivedCounter(), "the first poll reports the initial state, repeats are quiet");

        simulator.device(DEVICE_ID).setConnected(false);
        simulator.device(DEVICE_ID).setQrState("timeout");
        awaitPollsAfter(polls(), 5);
        assertEquals(2, changes.getReceivedCounter());

        simulator.device(DEVICE_ID).setQrState("2@fresh-pairing-string");
        awaitPollsAfter(polls(), 5);
        simulator.device(DEVICE_ID).setConnected(true);
        simulator.device(DEVICE_ID).setQrState("done");
        awaitPollsAfter(polls(), 5);

        List<Exchange> exchanges = changes.getExchanges();
        assertEquals(List.of(WhacenterDeviceState.CONNECTED, WhacenterDeviceState.QR_TIMEOUT, WhacenterDeviceState.QR_WAITING,
                WhacenterDeviceState.CONNECTED),
                exchanges.stream().map(e -> e.getMessage().getHeader(WhacenterConstants.DEVICE_STATE)).toList());
        assertNull(exchanges.get(0).getMessage().getHeader(WhacenterConstants.PREVIOUS_DEVICE_STATE));
        assertEquals(WhacenterDeviceState.CONNECTED, exchanges.get(1).getMessage().getHeader(WhacenterConstants.PREVIOUS_DEVICE_STATE));
        WhacenterDeviceStatus status = exchanges.get(1).getMessage().getBody(WhacenterDeviceStatus.class);
        assertEquals("NOT CONNECTED", status.getStatus());
    }

    @Test
    void emitEveryPollEmitsOnEveryPoll() throws Exception {
        context.getRouteController().stopRoute("watchdog");
        context.getRouteController().startRoute("everyPoll");
        MockEndpoint everyPoll = getMockEndpoint("mock:everyPoll");

        await().until(() -> everyPoll.getReceivedCounter() >= 3);

        everyPoll.getExchanges().forEach(e -> assertEquals(WhacenterDeviceState.CONNECTED,
                e.getMessage().getHeader(WhacenterConstants.DEVICE_STATE)));
    }

    @Test
    void pollsOnceAMinuteByDefault() throws Exception {
        context.getRouteController().startRoute("byDefault");
        WhacenterDeviceStatusConsumer byDefault = (WhacenterDeviceStatusConsumer) context.getRoute("byDefault").getConsumer();
        WhacenterDeviceStatusConsumer configured = (WhacenterDeviceStatusConsumer) context.getRoute("watchdog").getConsumer();

        assertEquals(60_000, byDefault.getDelay());
        assertEquals(20, configured.getDelay(), "a delay set on the endpoint wins");
    }

    @Test
    void theFirstPollAfterARestartEmitsTheStateAgain() throws Exception {
        MockEndpoint changes = getMockEndpoint("mock:changes");
        await().until(() -> changes.getReceivedCounter() == 1);

        // the consumer itself restarted, as a supervising route controller or a management tool may do
        WhacenterDeviceStatusConsumer watchdog = (WhacenterDeviceStatusConsumer) context.getRoute("watchdog").getConsumer();
        ServiceHelper.stopService(watchdog);
        ServiceHelper.startService(watchdog);

        await().until(() -> changes.getReceivedCounter() == 2);
        assertNull(changes.getExchanges().get(1).getMessage().getHeader(WhacenterConstants.PREVIOUS_DEVICE_STATE),
                "a restarted watchdog reports as its first poll does");
    }

    private int polls() {
        return simulator.requests("statusDevice").size();
    }

    private void awaitPollsAfter(int before, int more) {
        await().until(() -> polls() >= before + more);
    }
}
