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

import io.github.camelwhacenter.simulator.Fault;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The webhook token is a credential like the device id: registering a URL that carries it in the path, restoring
 * another one, logs neither.
 */
class WhacenterWebhookTokenMaskingTest extends WebhookTestSupport {

    private static final String TOKEN = "p4th-t0k3n-5e1f";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=/wa/secret/{token}&webhookToken=" + TOKEN
                     + "&webhookRestoreOnStop=true&webhookExternalUrl=" + url("/wa/secret/{token}"))
                        .routeId("pathToken").autoStartup(false).to("mock:incoming");
            }
        };
    }

    @Test
    void aRegistrationRefusedWithTheUrlEchoedShowsNoToken() {
        simulator.enqueueFault("setWebhook", Fault.httpStatus(502, "cannot reach " + url("/wa/secret/" + TOKEN)));

        Exception refused = assertThrows(Exception.class, () -> context.getRouteController().startRoute("pathToken"));

        for (Throwable t = refused; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(TOKEN), "the token leaked into: " + t);
        }
        assertTrue(CauseMessages.of(refused).contains("HTTP 502"), CauseMessages.of(refused));
    }

    @Test
    void noLogLineShowsThePathToken() throws Exception {
        simulator.device(DEVICE_ID).setWebhookUrl("https://old.example.com/hook/" + TOKEN);
        try (LogCapture logs = LogCapture.install()) {
            context.getRouteController().startRoute("pathToken");
            assertEquals(url("/wa/secret/" + TOKEN), simulator.device(DEVICE_ID).webhookUrl());
            // another node took the webhook since: the stop logs the URL it found
            simulator.device(DEVICE_ID).setWebhookUrl(url("/wa/secret/" + TOKEN + "?node=b"));
            context.getRouteController().stopRoute("pathToken");

            assertTrue(logs.lines().stream().anyMatch(line -> line.contains("Registered the webhook URL")), logs.lines().toString());
            for (String line : logs.lines()) {
                assertFalse(line.contains(TOKEN), "the token leaked into: " + line);
                assertFalse(line.contains(DEVICE_ID), "the device id leaked into: " + line);
            }
        }
    }
}
