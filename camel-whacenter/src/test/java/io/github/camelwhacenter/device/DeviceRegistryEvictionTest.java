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
package io.github.camelwhacenter.device;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.WhacenterCircuitBreaker;
import io.github.camelwhacenter.WhacenterOperation;
import io.github.camelwhacenter.WhacenterQuotaAction;
import io.github.camelwhacenter.support.Secrets;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.device.DeviceLayer.DEVICE;
import static io.github.camelwhacenter.device.DeviceLayer.OTHER_DEVICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Idle eviction, on a fake clock: what the registry keeps of a device (monitor, circuit breaker, send policy, send
 * queue) goes once the device was unused for longer than the idle time (an hour), and not while anything of it is
 * pending: a send waiting or held, a quota counting a send, a running endpoint.
 */
class DeviceRegistryEvictionTest {

    private static DeviceLayer paced() {
        DeviceLayer.Options options = new DeviceLayer.Options();
        options.sendIntervalMillis = 100;
        options.circuitBreaker = WhacenterCircuitBreaker.PAUSE;
        return new DeviceLayer(options);
    }

    /** What is kept of every device: one number per kind of state. */
    private static Map<String, Integer> kept(DeviceLayer layer) {
        return layer.registry.sizes();
    }

    /** Another device's send, which looks for idle devices as any use of the registry does now and then. */
    private static void useAnotherDevice(DeviceLayer layer) {
        layer.call(WhacenterOperation.deviceStatus, OTHER_DEVICE, Map.of(), 0);
        layer.acceptAll();
    }

    @Test
    void aDeviceUnusedForLongerThanTheIdleTimeIsEvictedAndNotANanosecondBefore() {
        DeviceLayer layer = paced();
        layer.send(DEVICE);
        layer.acceptAll();
        assertEquals(1, kept(layer).get("sendQueues"));

        layer.time.advance(TimeUnit.HOURS.toNanos(1), TimeUnit.NANOSECONDS);
        useAnotherDevice(layer);
        assertEquals(1, kept(layer).get("sendPolicies"), "idle for the idle time exactly: kept");
        layer.time.advance(1, TimeUnit.MINUTES);
        useAnotherDevice(layer);
        assertEquals(Map.of("used", 1, "monitors", 0, "circuitBreakers", 0, "sendPolicies", 0, "sendQueues", 0),
                kept(layer), "only the other device, just used");
    }

    @Test
    void aDeviceWithASendWaitingOrHeldIsKeptHoweverLongItWaits() {
        DeviceLayer layer = paced();
        layer.startEndpoint(DEVICE);
        layer.stopEndpoint(DEVICE);
        assertTrue(layer.registry.suspend(Secrets.fingerprint(DEVICE)));
        layer.send(DEVICE);
        layer.time.advance(3, TimeUnit.HOURS);
        useAnotherDevice(layer);
        assertEquals(1, layer.registry.circuitBreaker(DEVICE).heldSends(), "held, kept");

        layer.registry.resume(Secrets.fingerprint(DEVICE));
        // its queue starts it at once, and the gateway accepts it
        layer.time.runDue();
        layer.acceptAll();
        layer.time.advance(61, TimeUnit.MINUTES);
        useAnotherDevice(layer);
        assertEquals(0, kept(layer).get("circuitBreakers"), () -> "evicted once nothing of it is pending: " + kept(layer));
    }

    @Test
    void aDeviceWhoseQuotaStillCountsASendIsKeptUntilTheWindowIsEmpty() {
        DeviceLayer.Options options = new DeviceLayer.Options();
        options.dailyQuota = 10;
        options.quotaAction = WhacenterQuotaAction.FAIL;
        DeviceLayer layer = new DeviceLayer(options);
        layer.send(DEVICE);
        layer.acceptAll();
        layer.time.advance(2, TimeUnit.HOURS);
        useAnotherDevice(layer);
        assertEquals(1, kept(layer).get("sendPolicies"), "the day's count is kept");
        assertEquals(Integer.valueOf(1), layer.registry.sendPolicy(DEVICE).quotaUsage().daily());

        layer.time.advance(23, TimeUnit.HOURS);
        useAnotherDevice(layer);
        assertEquals(0, kept(layer).get("sendPolicies"), "the rolling day is empty: evicted");
    }

    @Test
    void aDeviceWithARunningEndpointKeepsItsMonitorAndCircuitBreaker() {
        DeviceLayer layer = paced();
        layer.startEndpoint(DEVICE);
        layer.send(DEVICE);
        layer.acceptAll();
        layer.time.advance(5, TimeUnit.HOURS);
        useAnotherDevice(layer);
        assertEquals(1, kept(layer).get("monitors"));
        assertEquals(1, kept(layer).get("circuitBreakers"));
        assertEquals(0, kept(layer).get("sendQueues"), "its idle queue goes all the same");

        layer.stopEndpoint(DEVICE);
        layer.time.advance(2, TimeUnit.MINUTES);
        useAnotherDevice(layer);
        assertEquals(0, kept(layer).get("monitors"), "evicted once its last endpoint stopped");
    }
}
