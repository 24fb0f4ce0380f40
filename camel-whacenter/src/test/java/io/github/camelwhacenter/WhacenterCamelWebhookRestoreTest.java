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

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Through camel-webhook too, webhookRestoreOnStop puts the previous URL back: camel-webhook registers when its endpoint
 * starts, with the context, and unregisters when it stops.
 */
class WhacenterCamelWebhookRestoreTest extends WebhookTestSupport {

    private static final String PREVIOUS = "https://old.example.com/hook";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        simulator.device(DEVICE_ID).setWebhookUrl(PREVIOUS);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:whacenter:webhook?webhookComponentName=platform-http&webhookPath=/cw/restoring"
                     + "&webhookExternalUrl=" + url("") + "&webhookRestoreOnStop=true").to("mock:cw");
            }
        };
    }

    @Test
    void camelWebhookRestoresThePreviousUrlWhenItStops() {
        assertEquals(url("/cw/restoring"), simulator.device(DEVICE_ID).webhookUrl());

        context.stop();

        assertEquals(PREVIOUS, simulator.device(DEVICE_ID).webhookUrl());
    }
}
