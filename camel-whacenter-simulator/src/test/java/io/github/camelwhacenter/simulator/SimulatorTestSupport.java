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

import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A fresh simulator with one connected device, dev-1, and a plain HTTP client for it. */
abstract class SimulatorTestSupport {

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest().withoutDevices();

    protected WhacenterSimulator simulator;
    protected GatewayClient client;

    @BeforeEach
    void start() {
        simulator = GATEWAY.simulator();
        simulator.addDevice("dev-1", "6281234567890", "shop");
        client = new GatewayClient(simulator);
    }
}
