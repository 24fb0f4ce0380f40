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

import io.github.camelwhacenter.WhacenterComponent;
import io.github.camelwhacenter.WhacenterConfiguration;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * camel.component.enabled=false turns off the auto-configuration of every component, this one included.
 * <p>
 * camel-platform-http-starter 4.14 does not start with camel.component.enabled=false unless its own component is
 * enabled again (its engine depends on the bean of its component's auto-configuration), hence
 * camel.component.platform-http.enabled=true.
 */
@SpringBootTest(classes = WhacenterTestApplication.class,
                properties = { "camel.component.enabled=false", "camel.component.platform-http.enabled=true" })
class WhacenterAllComponentsDisabledTest {

    @Autowired
    private CamelContext camelContext;
    @Autowired
    private ApplicationContext applicationContext;

    @Test
    void theComponentIsNotConfigured() {
        assertEquals(0, applicationContext.getBeanNamesForType(WhacenterComponentConfiguration.class).length);
        WhacenterConfiguration configuration
                = camelContext.getComponent("whacenter", WhacenterComponent.class).getConfiguration();
        assertNull(configuration.getDeviceId());
        assertEquals(WhacenterConfiguration.DEFAULT_BASE_URL, configuration.getBaseUrl());
    }
}
