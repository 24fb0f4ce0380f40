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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelwhacenter.WhacenterComponent;
import io.github.camelwhacenter.WhacenterConfiguration;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * camel.component.whacenter.enabled=false: the starter leaves the component alone, whatever the other properties say;
 * the device id in the environment is still masked by Actuator.
 */
@SpringBootTest(classes = WhacenterTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "camel.component.whacenter.enabled=false",
        "camel.component.whacenter.time-zone=Asia/Makassar",
        "management.endpoints.web.exposure.include=env",
        "management.endpoint.env.show-values=always" })
class WhacenterComponentDisabledTest {

    @Autowired
    private CamelContext camelContext;
    @Autowired
    private ApplicationContext applicationContext;
    @LocalServerPort
    private int port;

    @Test
    void noPropertiesBeanNorCustomizer() {
        assertEquals(0, applicationContext.getBeanNamesForType(WhacenterComponentConfiguration.class).length);
        assertFalse(applicationContext.containsBean("configureWhacenterComponent"));
    }

    @Test
    void theComponentKeepsItsOwnDefaults() {
        WhacenterConfiguration configuration
                = camelContext.getComponent("whacenter", WhacenterComponent.class).getConfiguration();

        assertNull(configuration.getDeviceId(), "the device-id property is not applied");
        assertEquals(WhacenterConfiguration.DEFAULT_BASE_URL, configuration.getBaseUrl());
        assertEquals("Asia/Jakarta", configuration.getTimeZone());
    }

    @Test
    void theDeviceIdIsMaskedAllTheSame() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/env/camel.component.whacenter.device-id"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains(DEVICE_ID), response.body());
        assertEquals("******", new ObjectMapper().readTree(response.body()).path("property").path("value").asText());
    }
}
