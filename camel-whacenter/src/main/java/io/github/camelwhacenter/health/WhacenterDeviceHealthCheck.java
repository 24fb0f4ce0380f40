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

import java.util.Map;

import io.github.camelwhacenter.device.DeviceCircuitBreaker;
import io.github.camelwhacenter.device.DeviceMonitor;
import io.github.camelwhacenter.model.WhacenterDeviceState;
import io.github.camelwhacenter.support.Secrets;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.spi.HttpResponseAware;

/**
 * Readiness of one device in use: DOWN unless the gateway says it is connected to WhatsApp, with its state and what
 * to do in the details. The device is known by the fingerprint of its id, never the id. What the check reports is at
 * most deviceCheckInterval old: the gateway is asked at most once per interval, however often health is read.
 */
public final class WhacenterDeviceHealthCheck extends WhacenterReadinessCheck {

    private final DeviceMonitor monitor;

    public WhacenterDeviceHealthCheck(String deviceId, DeviceMonitor monitor, long maxAgeMillis) {
        super("whacenter-device-" + Secrets.fingerprint(deviceId), maxAgeMillis);
        this.monitor = monitor;
    }

    /** Whether the check reports what this monitor knows. */
    boolean watches(DeviceMonitor monitor) {
        return this.monitor == monitor;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        DeviceMonitor.Observation seen = monitor.current(maxAgeMillis);
        DeviceCircuitBreaker breaker = monitor.circuitBreaker();
        if (breaker != null) {
            String open = breaker.reason();
            builder.detail("device.circuit.breaker", open == null ? "closed" : "open");
            if (open != null) {
                builder.detail("device.circuit.breaker.reason", open);
                builder.detail("device.circuit.breaker.held", breaker.heldSends());
            }
        }
        if (seen == null) {
            builder.unknown().message("the device's state is being asked of the gateway");
            return;
        }
        builder.detail("device.checked", seen.at().toString());
        if (seen.failure() != null) {
            if (seen.failure() instanceof HttpResponseAware http) {
                builder.detail(HealthCheck.HTTP_RESPONSE_CODE, http.getHttpResponseCode());
            }
            String why = seen.gatewayAnswered() ? "the gateway does not report the device: "
                    : seen.failure() instanceof HttpResponseAware ? "the gateway answered with an HTTP error, so the device's state is unknown: "
                    : "the gateway cannot be reached, so the device's state is unknown: ";
            builder.down().error(seen.failure()).message(why + seen.failure().getMessage());
            return;
        }
        WhacenterDeviceState state = seen.state();
        builder.detail("device.state", state.name());
        if (seen.status().getName() != null) {
            builder.detail("device.name", seen.status().getName());
        }
        if (state == WhacenterDeviceState.CONNECTED) {
            builder.up();
        } else {
            builder.down().message(DeviceMonitor.whatToDo(state));
        }
    }

}
