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
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A gateway simulator on loopback for the lifetime of the application context, with the devices of
 * {@link WhacenterSimulatorExtension}, and the properties that point the whacenter component at it, sending as its
 * {@code DEVICE_ID}. A bean, not the JUnit extension: Spring keeps the context, and so this simulator, for the next
 * test class with the same configuration.
 */
@Configuration(proxyBeanMethods = false)
public class GatewaySimulatorConfiguration {

    @Bean(destroyMethod = "close")
    public WhacenterSimulator whacenterSimulator() {
        return WhacenterSimulatorExtension.startSimulator();
    }

    @Bean
    public DynamicPropertyRegistrar whacenterGatewayProperties(WhacenterSimulator simulator) {
        return registry -> {
            registry.add("camel.component.whacenter.base-url", simulator::baseUrl);
            registry.add("camel.component.whacenter.device-id", () -> WhacenterSimulatorExtension.DEVICE_ID);
        };
    }
}
