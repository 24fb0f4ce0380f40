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
package io.github.camelwhacenter.gateway;

import io.github.camelwhacenter.WhacenterOperation;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import io.github.camelwhacenter.support.Secrets;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MicrometerWhacenterMetricsTest {

    private static final String DEVICE = WhacenterSimulatorExtension.DEVICE_ID;
    private static final String OTHER_DEVICE = WhacenterSimulatorExtension.SECOND_DEVICE_ID;

    /** A registry that runs a task, once, as it makes the next counter: what another thread does meanwhile. */
    private static final class Interleaving extends SimpleMeterRegistry {
        private Runnable meanwhile;

        @Override
        protected Counter newCounter(Meter.Id id) {
            Runnable task = meanwhile;
            meanwhile = null;
            if (task != null) {
                task.run();
            }
            return super.newCounter(id);
        }
    }

    private static long metersOf(SimpleMeterRegistry registry, String deviceId) {
        String device = Secrets.fingerprint(deviceId);
        return registry.getMeters().stream().filter(meter -> device.equals(meter.getId().getTag("device"))).count();
    }

    @Test
    void forgettingADeviceRemovesItsMetersAndNoOtherDevices() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("meters", registry);
            WhacenterMetrics metrics = MicrometerWhacenterMetrics.of(context);
            for (String device : new String[] { DEVICE, OTHER_DEVICE }) {
                metrics.callCompleted(WhacenterOperation.send, device, null);
                metrics.sendWaited(device, 1_000);
                metrics.sendQueue(device, () -> 0);
            }
            metrics.forgetDevice(DEVICE);
            assertEquals(0, metersOf(registry, DEVICE));
            assertEquals(3, metersOf(registry, OTHER_DEVICE));
        }
    }

    /**
     * A call's answer counted while the device is being evicted: its meter is made after the eviction looked, and the
     * device's next eviction must remove it (it stayed for good when forgetting went by a cache the first eviction had
     * emptied: the 10,000-device test found one on a loaded machine).
     */
    @Test
    void aMeterMadeWhileTheDeviceWasEvictedGoesWithItsNextEviction() throws Exception {
        Interleaving registry = new Interleaving();
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("meters", registry);
            WhacenterMetrics metrics = MicrometerWhacenterMetrics.of(context);
            metrics.sendWaited(DEVICE, 1_000);
            registry.meanwhile = () -> metrics.forgetDevice(DEVICE);
            metrics.callCompleted(WhacenterOperation.send, DEVICE, null);
            assertEquals(1, metersOf(registry, DEVICE), "the answer's counter, made after the eviction looked");

            metrics.forgetDevice(DEVICE);
            assertEquals(0, metersOf(registry, DEVICE));
        }
    }
}
