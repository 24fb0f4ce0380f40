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
import io.github.camelwhacenter.WhacenterValidationException;
import io.github.camelwhacenter.simulator.RecordedRequest;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A started CamelContext and simulator for properties that go through the public producer (jqwik has no
 * CamelTestSupport, nor JUnit Jupiter's extensions: the simulator is WhacenterSimulatorExtension's, started by its
 * startSimulator()): one per test container, reset between tries.
 */
final class GatewayHarness implements AutoCloseable {

    final WhacenterSimulator simulator;
    final CamelContext context;
    final ProducerTemplate template;

    private GatewayHarness(WhacenterSimulator simulator, CamelContext context) {
        this.simulator = simulator;
        this.context = context;
        this.template = context.createProducerTemplate();
    }

    static GatewayHarness start() {
        WhacenterSimulator simulator = WhacenterSimulatorExtension.startSimulator();
        CamelContext context = new DefaultCamelContext();
        WhacenterComponent component = new WhacenterComponent();
        component.getConfiguration().setDeviceId(DEVICE_ID);
        component.getConfiguration().setBaseUrl(simulator.baseUrl());
        component.getConfiguration().setResponseTimeout(5_000);
        context.addComponent("whacenter", component);
        context.start();
        return new GatewayHarness(simulator, context);
    }

    /**
     * Either the one request the exchange made, or the validation error it failed with, which names the field and
     * left the gateway untouched.
     *
     * @return the request, or null when the field was refused
     */
    RecordedRequest requestOrRefusal(Exchange exchange, String field) {
        if (exchange.getException() != null) {
            Exception failure = Observed.exception(exchange.getException());
            if (!(failure instanceof WhacenterValidationException refused)) {
                throw new AssertionError("only a WhacenterValidationException may refuse an input, got " + failure,
                        failure);
            }
            assertEquals(field, refused.getField(), refused.getMessage());
            assertTrue(refused.getMessage().contains(field), "the message names the field: " + refused.getMessage());
            assertTrue(simulator.requests().isEmpty(), "a refused input makes no request");
            return null;
        }
        assertEquals(1, simulator.requests().size());
        return simulator.requests().get(0);
    }

    @Override
    public void close() {
        context.stop();
        simulator.close();
    }
}
