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

import io.github.camelwhacenter.WhacenterCircuitBreaker;
import io.github.camelwhacenter.WhacenterComponent;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An application still configured with the circuit breaker's former property names gets the circuit breaker it asked
 * for, although the starter also binds circuit-breaker's default (OFF) beside them.
 */
@SpringBootTest(classes = WhacenterTestApplication.class, properties = {
        "camel.component.whacenter.device-guard=PAUSE",
        "camel.component.whacenter.device-guard-threshold=7" })
class WhacenterCircuitBreakerPropertiesTest {

    @Autowired
    private CamelContext camelContext;

    @Test
    @SuppressWarnings("deprecation")
    void theFormerPropertyNamesStillSetTheCircuitBreaker() {
        WhacenterComponent component = camelContext.getComponent("whacenter", WhacenterComponent.class);
        assertEquals(WhacenterCircuitBreaker.PAUSE, component.getCircuitBreaker());
        assertEquals(7, component.getCircuitBreakerThreshold());
    }
}
