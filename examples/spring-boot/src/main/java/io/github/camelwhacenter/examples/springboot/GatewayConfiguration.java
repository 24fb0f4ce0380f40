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
package io.github.camelwhacenter.examples.springboot;

import java.util.Map;

import io.github.camelwhacenter.simulator.GatewayChoice;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Which gateway the example talks to, by the project's one rule ({@link GatewayChoice}): the one named by
 * {@code WHACENTER_BASE_URL} and {@code WHACENTER_DEVICE_ID} (read by {@code application.yaml}) when both are set, an
 * embedded gateway simulator on loopback when neither is; one without the other stops the application at startup.
 */
@Configuration(proxyBeanMethods = false)
public class GatewayConfiguration {

    /** The simulator's device: a made-up id, not a credential. */
    static final String SIMULATED_DEVICE_ID = "example-device";
    static final String SIMULATED_DEVICE_NUMBER = "6281200000001";

    private static final Logger LOG = LoggerFactory.getLogger(GatewayConfiguration.class);

    /** Neither WHACENTER_DEVICE_ID nor WHACENTER_BASE_URL is set (to a non-blank value). */
    static class NoGatewayConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            return !StringUtils.hasText(environment.getProperty("WHACENTER_DEVICE_ID"))
                   && !StringUtils.hasText(environment.getProperty("WHACENTER_BASE_URL"));
        }
    }

    static class GatewayConfigured extends NoGatewayConfigured {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !super.matches(context, metadata);
        }
    }

    /**
     * Starts the simulator with one connected device and points camel.component.whacenter.base-url and device-id at
     * it, and whacenter.webhook-url at this application's webhook, so that the webhook route registers it.
     * <p>
     * The properties are in place before the component's properties are bound: this bean belongs to the application,
     * whose beans are created before those of the auto-configurations.
     */
    @Bean(destroyMethod = "close")
    @Conditional(NoGatewayConfigured.class)
    WhacenterSimulator whacenterSimulator(ConfigurableEnvironment environment) {
        WhacenterSimulator simulator = WhacenterSimulator.start(
                environment.getProperty("example.simulator.port", Integer.class, 0));
        simulator.addDevice(SIMULATED_DEVICE_ID, SIMULATED_DEVICE_NUMBER, "spring-boot-example");
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedWhacenterGateway", Map.of(
                "camel.component.whacenter.base-url", simulator.baseUrl(),
                "camel.component.whacenter.device-id", SIMULATED_DEVICE_ID,
                // resolved when the route starts, once the web server has its port
                "whacenter.webhook-url",
                "http://127.0.0.1:${local.server.port}${camel.component.whacenter.webhook-path}")));
        LOG.info("Gateway: the embedded simulator at {}. Send the application a WhatsApp message with:{}"
                 + "  curl -X POST '{}/incoming?device_id={}&from=087754446580&pushName=Budi&message=help'{}"
                 + "and see what it answered with:{}  curl '{}/messages?device_id={}'",
                simulator.baseUrl(), System.lineSeparator(), simulator.controlUrl(), SIMULATED_DEVICE_ID,
                System.lineSeparator(), System.lineSeparator(), simulator.controlUrl(), SIMULATED_DEVICE_ID);
        return simulator;
    }

    /** Against a real gateway both variables are required: stop at startup rather than at the first message. */
    @Bean
    @Conditional(GatewayConfigured.class)
    InitializingBean whacenterGatewayRequired(Environment environment) {
        return () -> LOG.info("Gateway: {}", GatewayChoice.from(environment::getProperty));
    }
}
