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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whacenter dev console over HTTP, as the component's page says to reach it in Camel Main: camel-console on the
 * class path, {@code camel.main.dev-console-enabled=true}, and Camel Main's management server with its dev console
 * ({@code camel.management.enabled=true}, {@code camel.management.dev-console-enabled=true}) at
 * {@code /q/dev/whacenter}. It lists the devices by fingerprint and the webhooks with the token masked.
 */
class WhacenterDevConsoleCamelMainTest {

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    private static final String TOKEN = "c0ns0le-t0ken-77";

    @Test
    void theConsoleIsServedOverHttpWithoutAnySecret(WhacenterSimulator simulator) throws Exception {
        assumeTrue(CamelMainWebhookServer.hasMainHttpServer(), "Camel Main's HTTP server (camel-platform-http-main)");
        RouteBuilder routes = new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:webhook?webhookPath=/whacenter/console&webhookToken=" + TOKEN).routeId("console-webhook")
                        .log("${body}");
                from("direct:status").to("whacenter:deviceStatus");
            }
        };
        // the management server on the application's own port: one server, as a webhook application has
        try (CamelMainWebhookServer server = CamelMainWebhookServer.start(routes, port -> Map.of(
                "camel.component.whacenter.base-url", simulator.baseUrl(),
                "camel.main.dev-console-enabled", "true",
                "camel.management.enabled", "true",
                "camel.management.host", "127.0.0.1",
                "camel.management.port", String.valueOf(port),
                "camel.management.dev-console-enabled", "true"), DEVICE_ID, null)) {
            server.context().createProducerTemplate().requestBody("direct:status", (Object) null);

            HttpResponse<String> json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/q/dev/whacenter"))
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, json.statusCode(), json.body());
            assertTrue(json.body().contains("console-webhook"), json.body());
            assertTrue(json.body().contains("CONNECTED"), json.body());
            assertFalse(json.body().contains(DEVICE_ID), "no device id: " + json.body());
            assertFalse(json.body().contains(TOKEN), "no token: " + json.body());
        }
    }
}
