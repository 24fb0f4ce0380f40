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
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The webhook's public URL and token as application properties, as in the README: a webhook route with no options
 * registers the URL, with the token, when it starts.
 */
@SpringBootTest(classes = { WhacenterTestApplication.class, WhacenterWebhookExternalUrlPropertyTest.Routes.class },
                webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "camel.component.whacenter.webhook-external-url=https://bot.example.com/whacenter/webhook",
        "camel.component.whacenter.webhook-token=hook-0a9f3e71" })
class WhacenterWebhookExternalUrlPropertyTest {

    @Configuration(proxyBeanMethods = false)
    static class Routes {
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

    @Autowired
    private WhacenterSimulator simulator;

    @Test
    void theRouteRegisteredThePublicUrlWithTheToken() {
        assertEquals("https://bot.example.com/whacenter/webhook?token=hook-0a9f3e71",
                simulator.device(DEVICE_ID).webhookUrl());
    }
}
