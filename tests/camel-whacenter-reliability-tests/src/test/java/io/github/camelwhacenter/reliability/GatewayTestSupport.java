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
package io.github.camelwhacenter.reliability;

import io.github.camelwhacenter.WhacenterComponent;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;

/**
 * A CamelContext whose whacenter component sends as {@link WhacenterSimulatorExtension#DEVICE_ID} to a fresh gateway
 * simulator on loopback (one per test, with the devices of {@link WhacenterSimulatorExtension}). The device id is set
 * on the component, never in an endpoint URI.
 */
abstract class GatewayTestSupport extends CamelTestSupport {

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    protected WhacenterSimulator simulator;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        simulator = GATEWAY.simulator();
        CamelContext context = super.createCamelContext();
        WhacenterComponent component = new WhacenterComponent();
        component.getConfiguration().setDeviceId(DEVICE_ID);
        component.getConfiguration().setBaseUrl(simulator.baseUrl());
        component.getConfiguration().setResponseTimeout(5_000);
        configure(component);
        context.addComponent("whacenter", component);
        return context;
    }

    /** Further component options of a test class. */
    protected void configure(WhacenterComponent component) {
    }
}
