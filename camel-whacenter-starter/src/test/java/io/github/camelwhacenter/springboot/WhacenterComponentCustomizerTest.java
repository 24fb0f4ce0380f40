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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelwhacenter.WhacenterComponent;
import io.github.camelwhacenter.WhacenterConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * An application's own ComponentCustomizer bean is applied next to the starter's, and object options can name a bean
 * of the application (#name).
 */
@SpringBootTest(classes = { WhacenterTestApplication.class, WhacenterComponentCustomizerTest.Customizations.class },
                properties = {
                        "camel.component.whacenter.ssl-context-parameters=#gatewayTls",
                        "camel.component.whacenter.max-connections=5" })
class WhacenterComponentCustomizerTest {

    static final String WEBHOOK_URL = "https://example.com/whacenter/webhook";

    @Configuration(proxyBeanMethods = false)
    static class Customizations {

        final List<String> customized = new CopyOnWriteArrayList<>();

        @Bean
        SSLContextParameters gatewayTls() {
            SSLContextParameters parameters = new SSLContextParameters();
            parameters.setCertAlias("gateway");
            return parameters;
        }

        @Bean
        ComponentCustomizer webhookUrlCustomizer() {
            return ComponentCustomizer.builder(WhacenterComponent.class).build((name, component) -> {
                customized.add(name);
                component.getConfiguration().setWebhookUrl(WEBHOOK_URL);
            });
        }
    }

    @Autowired
    private CamelContext camelContext;
    @Autowired
    private Customizations customizations;
    @Autowired
    private SSLContextParameters gatewayTls;

    @Test
    void theApplicationsCustomizerAndThePropertiesBothApply() {
        WhacenterConfiguration configuration
                = camelContext.getComponent("whacenter", WhacenterComponent.class).getConfiguration();

        assertEquals(WEBHOOK_URL, configuration.getWebhookUrl(), "the application's customizer");
        assertEquals(List.of("whacenter"), customizations.customized);
        assertEquals(DEVICE_ID, configuration.getDeviceId(), "the starter's customizer");
        assertEquals(5, configuration.getMaxConnections());
    }

    @Test
    void anObjectOptionNamesABean() {
        WhacenterConfiguration configuration
                = camelContext.getComponent("whacenter", WhacenterComponent.class).getConfiguration();

        assertSame(gatewayTls, configuration.getSslContextParameters());
    }
}
