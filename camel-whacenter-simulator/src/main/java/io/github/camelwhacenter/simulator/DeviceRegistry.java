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
package io.github.camelwhacenter.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The devices the simulated gateway knows, by {@code device_id}. Thread-safe. */
final class DeviceRegistry {

    private final Map<String, SimulatedDevice> devices = new ConcurrentHashMap<>();

    SimulatedDevice add(String deviceId, String number, String name) {
        SimulatedDevice device = new SimulatedDevice(deviceId, number, name);
        devices.put(deviceId, device);
        return device;
    }

    /** @return the device, or {@code null} for an unknown or missing id */
    SimulatedDevice find(String deviceId) {
        return deviceId == null ? null : devices.get(deviceId);
    }

    List<SimulatedDevice> all() {
        List<SimulatedDevice> all = new ArrayList<>(devices.values());
        all.sort(Comparator.comparing(SimulatedDevice::deviceId));
        return all;
    }
}
