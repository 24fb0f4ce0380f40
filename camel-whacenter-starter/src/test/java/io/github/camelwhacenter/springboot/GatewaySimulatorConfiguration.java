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
package io.github.camelwhacenter.springboot;

import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A gateway simulator on loopback for the lifetime of the application context, with one paired device, and the
 * properties that point the whacenter component at it.
 */
@Configuration(proxyBeanMethods = false)
public class GatewaySimulatorConfiguration {

    /** A credential: no test may find it in an HTTP answer or a log line. */
    public static final String DEVICE_ID = "dev-5b8e2f71c9a04d3e";
    public static final String DEVICE_NUMBER = "6281200000001";

    @Bean(destroyMethod = "close")
    public WhacenterSimulator whacenterSimulator() {
        WhacenterSimulator simulator = WhacenterSimulator.start();
        simulator.addDevice(DEVICE_ID, DEVICE_NUMBER, "spring-boot");
        return simulator;
    }

    @Bean
    public DynamicPropertyRegistrar whacenterGatewayProperties(WhacenterSimulator simulator) {
        return registry -> {
            registry.add("camel.component.whacenter.base-url", simulator::baseUrl);
            registry.add("camel.component.whacenter.device-id", () -> DEVICE_ID);
        };
    }
}
