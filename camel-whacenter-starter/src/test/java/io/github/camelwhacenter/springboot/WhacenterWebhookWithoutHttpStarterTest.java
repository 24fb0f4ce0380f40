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

import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.model.WhacenterMessageSent;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.springboot.SpringBootPlatformHttpAutoConfiguration;
import org.apache.camel.component.platform.http.springboot.SpringBootPlatformWebMvcConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The starter does not bring an HTTP server: an application that only sends stays what it was (no web server appears
 * in a batch job, a WebFlux application is not turned into a servlet one). An application with a webhook route but
 * without camel-platform-http-starter fails to start, naming the starter to add.
 */
class WhacenterWebhookWithoutHttpStarterTest {

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    private WhacenterSimulator simulator;

    @BeforeEach
    void gateway() {
        simulator = GATEWAY.simulator();
    }

    /** As if camel-platform-http-starter were not on the class path. */
    private static final String WITHOUT_PLATFORM_HTTP_STARTER = "spring.autoconfigure.exclude="
            + SpringBootPlatformHttpAutoConfiguration.class.getName() + ","
            + SpringBootPlatformWebMvcConfiguration.class.getName();

    /** Auto-configuration only; the gateway comes from properties, as in an application run outside of a test. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class Application {
    }

    @Configuration(proxyBeanMethods = false)
    static class WebhookRoute {
        @Bean
        RouteBuilder webhookRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("whacenter:webhook").to("whacenter:send");
                }
            };
        }
    }

    private static SpringApplicationBuilder application(WhacenterSimulator gateway, Class<?>... sources) {
        return new SpringApplicationBuilder(sources).web(WebApplicationType.NONE).properties(
                WITHOUT_PLATFORM_HTTP_STARTER,
                "camel.component.whacenter.base-url=" + gateway.baseUrl(),
                "camel.component.whacenter.device-id=" + DEVICE_ID);
    }

    @Test
    void aWebhookRouteWithoutAnHttpEngineFailsTheStart() {
        SpringApplicationBuilder application = application(simulator, Application.class, WebhookRoute.class);

        Exception failure = assertThrows(Exception.class, application::run);

        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        // the route fails to start, not the first delivery later, and says what to add
        assertTrue(messages.toString().contains("camel-platform-http-starter (Spring Boot)"), messages.toString());
    }

    @Test
    void anApplicationThatOnlySendsNeedsNoHttpEngine() {
        try (ConfigurableApplicationContext context = application(simulator, Application.class).run()) {
            WhacenterMessageSent sent = context.getBean(ProducerTemplate.class).requestBodyAndHeader("whacenter:send",
                    "Your order shipped", WhacenterConstants.NUMBER, "6281234567890", WhacenterMessageSent.class);

            assertTrue(sent.isSuccess());
            assertEquals("Your order shipped", simulator.sentMessages(DEVICE_ID).get(0).message());
        }
    }
}
