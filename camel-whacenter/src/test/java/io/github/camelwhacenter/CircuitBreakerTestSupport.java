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
package io.github.camelwhacenter;

import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;

/**
 * A context whose component has the circuit breaker on, with a short deviceCheckInterval and a threshold of 2.
 */
abstract class CircuitBreakerTestSupport extends WhacenterTestSupport {

    static final long INTERVAL = 200;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        WhacenterComponent component = context.getComponent("whacenter", WhacenterComponent.class);
        component.setDeviceCheckInterval(INTERVAL);
        component.setCircuitBreakerThreshold(2);
        component.setCircuitBreaker(circuitBreakerMode());
        return context;
    }

    abstract WhacenterCircuitBreaker circuitBreakerMode();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("whacenter:send");
                from("direct:status").to("whacenter:deviceStatus");
            }
        };
    }

    Exchange send(String text) throws Exception {
        return sendText("6281234567890", text).get(10, TimeUnit.SECONDS);
    }

    boolean circuitBreakerOpen() {
        return context.getComponent("whacenter", WhacenterComponent.class).getDevices().circuitBreaker(DEVICE_ID).isOpen();
    }
}
