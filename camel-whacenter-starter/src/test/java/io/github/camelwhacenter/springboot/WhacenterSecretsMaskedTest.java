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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistrar;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The secret options never show in the Actuator configprops and env endpoints, even with show-values=always, nor in
 * the logs of an application that uses the component. Real HTTP to the application's own server on a random port.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = { WhacenterTestApplication.class, WhacenterSecretsMaskedTest.SecretProperties.class },
                webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoints.web.exposure.include=configprops,env",
        "management.endpoint.configprops.show-values=always",
        "management.endpoint.env.show-values=always",
        "camel.component.whacenter.default-country-code=60",
        "gateway.password=" + WhacenterSecretsMaskedTest.UNRELATED_VALUE,
        "logging.level.io.github.camelwhacenter=TRACE",
        "logging.level.org.apache.camel=DEBUG",
        "logging.level.org.springframework.web=DEBUG",
        "logging.level.org.springframework.boot.actuate=DEBUG" })
class WhacenterSecretsMaskedTest {

    static final String PROXY_USER = "proxy-user-4f1e";
    static final String PROXY_PASSWORD = "proxy-pass-9c2d7a";
    static final String WEBHOOK_TOKEN = "hook-token-83b0e6";
    static final String UNRELATED_VALUE = "not-ours-2a6c";
    static final String MASK = "******";
    static final List<String> SECRETS = List.of(DEVICE_ID, PROXY_USER, PROXY_PASSWORD, WEBHOOK_TOKEN);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /**
     * The secrets come from outside the test's own configuration, as from an environment variable or a config
     * server: Camel logs Spring's test events at DEBUG, and those print the test's inline properties.
     */
    @Configuration(proxyBeanMethods = false)
    static class SecretProperties {
        @Bean
        DynamicPropertyRegistrar whacenterSecretProperties() {
            return registry -> {
                registry.add("camel.component.whacenter.proxy-auth-username", () -> PROXY_USER);
                registry.add("camel.component.whacenter.proxy-auth-password", () -> PROXY_PASSWORD);
                registry.add("camel.component.whacenter.webhook-token", () -> WEBHOOK_TOKEN);
            };
        }
    }

    @LocalServerPort
    private int port;
    @Autowired
    private WhacenterSimulator simulator;
    @Autowired
    private ProducerTemplate template;

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static void assertNoSecretIn(String text, String where) {
        for (String secret : SECRETS) {
            assertFalse(text.contains(secret), where + " shows the secret " + secret);
        }
    }

    @Test
    void configpropsMasksTheSecretsAndShowsTheRest() throws Exception {
        String body = get("/actuator/configprops");
        assertNoSecretIn(body, "/actuator/configprops");

        JsonNode bean = null;
        for (JsonNode context : MAPPER.readTree(body).path("contexts")) {
            for (JsonNode candidate : context.path("beans")) {
                if ("camel.component.whacenter".equals(candidate.path("prefix").asText())) {
                    bean = candidate;
                }
            }
        }
        assertNotNull(bean, "configprops lists the starter's properties");
        JsonNode properties = bean.path("properties");
        assertEquals(MASK, properties.path("deviceId").asText());
        assertEquals(MASK, properties.path("proxyAuthUsername").asText());
        assertEquals(MASK, properties.path("proxyAuthPassword").asText());
        assertEquals(MASK, properties.path("webhookToken").asText());
        // show-values=always is in force: what is not a secret shows
        assertEquals(simulator.baseUrl(), properties.path("baseUrl").asText());
        assertEquals("60", properties.path("defaultCountryCode").asText());
        assertEquals(MASK, bean.path("inputs").path("deviceId").path("value").asText());
    }

    @Test
    void envMasksTheSecretsAndShowsTheRest() throws Exception {
        String body = get("/actuator/env");
        assertNoSecretIn(body, "/actuator/env");

        List<String> masked = new ArrayList<>();
        String baseUrl = null;
        String unrelated = null;
        for (JsonNode source : MAPPER.readTree(body).path("propertySources")) {
            JsonNode properties = source.path("properties");
            for (String key : List.of("camel.component.whacenter.device-id",
                    "camel.component.whacenter.proxy-auth-username", "camel.component.whacenter.proxy-auth-password",
                    "camel.component.whacenter.webhook-token")) {
                if (properties.has(key)) {
                    assertEquals(MASK, properties.path(key).path("value").asText(), key);
                    masked.add(key);
                }
            }
            if (properties.has("camel.component.whacenter.base-url")) {
                baseUrl = properties.path("camel.component.whacenter.base-url").path("value").asText();
            }
            if (properties.has("gateway.password")) {
                unrelated = properties.path("gateway.password").path("value").asText();
            }
        }
        assertEquals(4, masked.size(), "each secret property found, masked: " + masked);
        assertEquals(simulator.baseUrl(), baseUrl);
        // Spring Boot itself masks nothing by its key once show-values=always, not even a "password"
        assertEquals(UNRELATED_VALUE, unrelated);

        String single = get("/actuator/env/camel.component.whacenter.device-id");
        assertNoSecretIn(single, "/actuator/env/camel.component.whacenter.device-id");
        assertEquals(MASK, MAPPER.readTree(single).path("property").path("value").asText());
    }

    /** The captured output spans the start of the application, requests to Actuator and a send. */
    @Test
    void theLogsShowNoSecret(CapturedOutput output) throws Exception {
        get("/actuator/configprops");
        get("/actuator/env");
        template.requestBodyAndHeader("whacenter:send", "Halo", WhacenterConstants.NUMBER, "0123456789");

        assertEquals("60123456789", simulator.sentMessages(DEVICE_ID).get(0).number(), "the message went out");
        String log = output.getAll();
        assertTrue(log.contains("Started WhacenterSecretsMaskedTest"), "the start of the application is captured");
        assertTrue(log.contains("/actuator/env"), "the actuator requests are captured");
        assertTrue(log.contains("whacenter://send"), "the component's debug logs are captured");
        assertNoSecretIn(log, "the log");
    }
}
