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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import io.github.camelwhacenter.device.DeviceRegistry;
import io.github.camelwhacenter.support.Secrets;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the component keeps of each device (monitor, circuit breaker, send policy, send queue, meters) stays bounded however
 * many devices the header CamelWhacenterDeviceId names: a device idle longer than the idle time is evicted.
 */
class WhacenterIdleDevicesTest extends WhacenterTestSupport {

    private static final int DEVICES = 10_000;
    private static final int BATCH = 500;
    private static final long IDLE_MILLIS = 200;

    private final MeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("metricsRegistry", meters);
        // paced: each device gets a send queue and a send policy
        context.getComponent("whacenter", WhacenterComponent.class).getConfiguration().setMinSendInterval(30);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("whacenter:send");
            }
        };
    }

    private DeviceRegistry devices() {
        return context.getComponent("whacenter", WhacenterComponent.class).getDevices();
    }

    /** The most devices any one kind of state is kept for. */
    private int kept() {
        return devices().sizes().values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Waits until no kind of state is kept for more than the given number of devices, sending to let idle ones go. */
    private void awaitKeptAtMost(int most) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(IDLE_MILLIS / 2)).untilAsserted(() -> {
            send(DEVICE_ID).join();
            Map<String, Integer> sizes = devices().sizes();
            assertTrue(kept() <= most, () -> "kept " + sizes);
            assertTrue(devicesWithMeters() <= most, () -> devicesWithMeters() + " devices with meters: " + meters.getMeters()
                    .stream().filter(meter -> meter.getId().getTag("device") != null).map(meter -> meter.getId().toString())
                    .toList());
        });
    }

    /**
     * The devices that have meters: how many meters each has depends on what became of its sends (a send that timed out
     * on a loaded machine adds an outcome), how many devices have them must not grow.
     */
    private long devicesWithMeters() {
        return meters.getMeters().stream().map(meter -> meter.getId().getTag("device")).filter(Objects::nonNull).distinct()
                .count();
    }

    private long deviceMetersOtherThan(String deviceId) {
        String kept = Secrets.fingerprint(deviceId);
        return meters.getMeters().stream().filter(meter -> meter.getId().getTag("device") != null
                                                           && !kept.equals(meter.getId().getTag("device"))).count();
    }

    private CompletableFuture<Exchange> send(String deviceId) throws Exception {
        return sendAsync("direct:send", exchange -> {
            exchange.getMessage().setHeader(WhacenterConstants.DEVICE_ID, deviceId);
            exchange.getMessage().setHeader(WhacenterConstants.NUMBER, "6281234567890");
            exchange.getMessage().setBody("hello");
        });
    }

    @Test
    void tenThousandDevicesNamedOnceLeaveNothingBehindOnceIdle() throws Exception {
        devices().evictIdleAfter(IDLE_MILLIS);
        int mostKept = 0;
        long mostWithMeters = 0;
        for (int batch = 0; batch < DEVICES / BATCH; batch++) {
            List<CompletableFuture<Exchange>> sent = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                sent.add(send("idle-device-" + (batch * BATCH + i)));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
            mostKept = Math.max(mostKept, kept());
            mostWithMeters = Math.max(mostWithMeters, devicesWithMeters());
            // the devices of the batches before are evicted once idle: what is kept does not grow with the devices
            awaitKeptAtMost(BATCH);
        }
        assertEquals(DEVICES, simulator.requests("send").size() - simulator.requests("send").stream()
                .filter(request -> DEVICE_ID.equals(request.field("device_id"))).count(), "every send reached the gateway");
        // at any time, far below one entry per device ever named, in each kind of state
        int most = mostKept;
        assertTrue(most <= 2 * BATCH + 1, () -> "kept for " + most + " devices at most");
        assertTrue(mostWithMeters <= 2 * BATCH + 1, "devices with meters at most");

        // once every one of them is idle, nothing is kept of them
        awaitKeptAtMost(1);
        assertEquals(0, deviceMetersOtherThan(DEVICE_ID), "meters of the evicted devices");
        // the component's device, whose endpoint runs, keeps its monitor
        assertEquals(1, devices().sizes().get("monitors"));
    }
}
