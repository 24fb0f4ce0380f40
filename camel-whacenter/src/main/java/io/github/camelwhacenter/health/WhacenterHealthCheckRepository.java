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
package io.github.camelwhacenter.health;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import io.github.camelwhacenter.device.DeviceMonitor;
import io.github.camelwhacenter.device.DeviceRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.WritableHealthCheckRepository;

/**
 * The component's readiness checks of its devices and their gateways, in one repository of Camel's health registry
 * (the lines this component supports have no repository of component checks, where Camel's newer components keep
 * theirs): a device's check from the start of its first endpoint until its last stops, a gateway's (by base URL) from
 * the first device that calls it until the component stops. The webhook's check is its route's consumer check, as
 * Camel's consumers report.
 */
public final class WhacenterHealthCheckRepository implements WritableHealthCheckRepository, CamelContextAware,
        DeviceRegistry.Listener {

    /** The repository's id in the health registry. */
    public static final String ID = "whacenter";

    private final long maxAgeMillis;
    private final Function<String, List<DeviceMonitor>> monitorsPolling;
    private final Map<String, HealthCheck> deviceChecks = new ConcurrentHashMap<>();
    private final Map<String, HealthCheck> gatewayChecks = new ConcurrentHashMap<>();
    private volatile CamelContext context;
    private volatile boolean enabled = true;

    /**
     * @param maxAgeMillis    how old what a check reports may be: deviceCheckInterval
     * @param monitorsPolling the monitors of the devices whose running endpoints call a gateway, by its base URL
     */
    public WhacenterHealthCheckRepository(long maxAgeMillis, Function<String, List<DeviceMonitor>> monitorsPolling) {
        this.maxAgeMillis = maxAgeMillis;
        this.monitorsPolling = monitorsPolling;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public CamelContext getCamelContext() {
        return context;
    }

    @Override
    public void setCamelContext(CamelContext context) {
        this.context = context;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Stream<HealthCheck> stream() {
        return enabled ? Stream.concat(deviceChecks.values().stream(), gatewayChecks.values().stream()) : Stream.empty();
    }

    @Override
    public void addHealthCheck(HealthCheck check) {
        CamelContextAware.trySetCamelContext(check, context);
        if (check instanceof WhacenterGatewayHealthCheck gateway) {
            gatewayChecks.put(gateway.getId(), check);
        } else {
            deviceChecks.put(check.getId(), check);
        }
    }

    @Override
    public void removeHealthCheck(HealthCheck check) {
        deviceChecks.remove(check.getId(), check);
        gatewayChecks.remove(check.getId(), check);
    }

    @Override
    public void inUse(String deviceId, DeviceMonitor monitor, String baseUrl) {
        addHealthCheck(new WhacenterDeviceHealthCheck(deviceId, monitor, maxAgeMillis));
        synchronized (gatewayChecks) {
            boolean known = gatewayChecks.values().stream()
                    .anyMatch(check -> ((WhacenterGatewayHealthCheck) check).calls(baseUrl));
            if (!known) {
                addHealthCheck(new WhacenterGatewayHealthCheck(baseUrl, gatewayChecks.size(),
                        () -> monitorsPolling.apply(baseUrl), maxAgeMillis));
            }
        }
    }

    @Override
    public void released(String deviceId, DeviceMonitor monitor) {
        deviceChecks.values().removeIf(check -> check instanceof WhacenterDeviceHealthCheck device && device.watches(monitor));
    }

    /** Removes every check, when the component stops. */
    public void clear() {
        deviceChecks.clear();
        synchronized (gatewayChecks) {
            gatewayChecks.clear();
        }
    }

    /** How many checks are kept now: what an evicted device no longer holds. */
    public int size() {
        return deviceChecks.size() + gatewayChecks.size();
    }
}
