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

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without an HTTP engine for platform-http, the webhook route refuses to start and says what to add.
 */
class WhacenterWebhookWithoutHttpEngineTest {

    @Test
    void saysWhatIsMissing() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.getPropertiesComponent().addInitialProperty("device", "dev-0000");
            // no VertxPlatformHttpServer service is added, so platform-http has no engine to serve with
            context.getRegistry().bind("platform-http", new org.apache.camel.component.platform.http.PlatformHttpComponent());
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("whacenter:webhook?deviceId={{device}}&webhookPath=/nowhere").to("log:never");
                }
            });

            String messages = CauseMessages.of(assertThrows(Exception.class, context::start));
            assertTrue(messages.contains("camel-platform-http-main"), messages);
        }
    }

    @Test
    void aSendThatPublishesFilesFailsAtStartNamingTheOptions() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("platform-http", new org.apache.camel.component.platform.http.PlatformHttpComponent());
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:send").to("whacenter:send?deviceId=dev-0000&mediaPublicUrl=https://app.example.com");
                }
            });

            String messages = CauseMessages.of(assertThrows(Exception.class, context::start));
            assertTrue(messages.contains("camel-platform-http-main") && messages.contains("mediaPublisher"), messages);
        }
    }

    @Test
    void producerOnlyOperationsCannotBeARouteSource() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("whacenter:send?deviceId=dev-0000").to("log:never");
                }
            });

            String messages = CauseMessages.of(assertThrows(Exception.class, context::start));
            assertTrue(messages.contains("use whacenter:webhook"), messages);
        }
    }
}
