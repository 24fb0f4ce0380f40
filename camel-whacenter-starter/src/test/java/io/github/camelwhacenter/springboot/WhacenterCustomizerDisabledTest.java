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

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * camel.component.whacenter.customizer.enabled=false: the properties are bound, but the starter's customizer does
 * not apply them to the component.
 */
@SpringBootTest(classes = WhacenterTestApplication.class, properties = {
        "camel.component.whacenter.customizer.enabled=false",
        "camel.component.whacenter.time-zone=Asia/Makassar" })
class WhacenterCustomizerDisabledTest {

    @Autowired
    private CamelContext camelContext;
    @Autowired
    private WhacenterComponentConfiguration properties;

    @Test
    void thePropertiesAreBoundButNotApplied() {
        assertEquals(DEVICE_ID, properties.getDeviceId());
        assertEquals("Asia/Makassar", properties.getTimeZone());

        WhacenterConfiguration configuration
                = camelContext.getComponent("whacenter", WhacenterComponent.class).getConfiguration();
        assertNull(configuration.getDeviceId());
        assertEquals("Asia/Jakarta", configuration.getTimeZone());
    }
}
