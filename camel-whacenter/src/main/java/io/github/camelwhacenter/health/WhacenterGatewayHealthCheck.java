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
import java.util.function.Supplier;

import io.github.camelwhacenter.device.DeviceMonitor;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.util.URISupport;

/**
 * Readiness of the connection to one gateway (one base URL), whatever the devices behind it: UP while the gateway
 * answers, even that a device is not connected; DOWN when it cannot be reached or answers with an HTTP error. It reads
 * what the devices' monitors saw, so it asks the gateway no more often than they do.
 */
public final class WhacenterGatewayHealthCheck extends WhacenterReadinessCheck {

    private final String baseUrl;
    private final Supplier<List<DeviceMonitor>> monitors;

    public WhacenterGatewayHealthCheck(String baseUrl, int number, Supplier<List<DeviceMonitor>> monitors, long maxAgeMillis) {
        super("whacenter-gateway" + (number == 0 ? "" : "-" + number), maxAgeMillis);
        this.baseUrl = baseUrl;
        this.monitors = monitors;
    }

    /** Whether the check reports on the gateway at this base URL. */
    boolean calls(String baseUrl) {
        return this.baseUrl.equals(baseUrl);
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("gateway.url", URISupport.sanitizeUri(baseUrl));
        DeviceMonitor.Observation latest = null;
        for (DeviceMonitor monitor : monitors.get()) {
            DeviceMonitor.Observation seen = monitor.current(maxAgeMillis);
            if (seen != null && (latest == null || seen.at().isAfter(latest.at()))) {
                latest = seen;
            }
        }
        if (latest == null) {
            builder.unknown().message("the gateway has not been asked yet");
            return;
        }
        builder.detail("gateway.checked", latest.at().toString());
        if (latest.gatewayAnswered()) {
            builder.up();
        } else {
            builder.down().error(latest.failure()).message("the gateway cannot be reached: " + latest.failure().getMessage());
        }
    }
}
