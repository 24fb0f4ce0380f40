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
