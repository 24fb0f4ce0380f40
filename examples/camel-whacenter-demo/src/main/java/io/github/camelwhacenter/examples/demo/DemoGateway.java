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
package io.github.camelwhacenter.examples.demo;

import java.util.Objects;

import io.github.camelwhacenter.simulator.WhacenterSimulator;

/**
 * The gateway the demo talks to: the embedded simulator, or a real one.
 *
 * @param baseUrl   the gateway's API base URL
 * @param deviceId  the device id (a credential: never printed)
 * @param simulator the embedded simulator, or null for a real gateway
 */
public record DemoGateway(String baseUrl, String deviceId, WhacenterSimulator simulator) {

    /** The simulated device's id, number and name. Only meaningful to the embedded simulator. */
    public static final String SIMULATED_DEVICE_ID = "demo-device";
    public static final String SIMULATED_DEVICE_NUMBER = "6281200000001";
    public static final String SIMULATED_DEVICE_NAME = "Camel demo";

    public DemoGateway {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(deviceId, "deviceId");
    }

    /** The demo's device on a running simulator, which gets it registered if it is not yet. */
    public static DemoGateway simulated(WhacenterSimulator simulator) {
        if (simulator.device(SIMULATED_DEVICE_ID) == null) {
            simulator.addDevice(SIMULATED_DEVICE_ID, SIMULATED_DEVICE_NUMBER, SIMULATED_DEVICE_NAME);
        }
        return new DemoGateway(simulator.baseUrl(), SIMULATED_DEVICE_ID, simulator);
    }

    public static DemoGateway remote(String baseUrl, String deviceId) {
        return new DemoGateway(baseUrl, deviceId, null);
    }

    public boolean isSimulated() {
        return simulator != null;
    }

    @Override
    public String toString() {
        return "DemoGateway[" + baseUrl + (isSimulated() ? ", simulated" : "") + "]";
    }
}
