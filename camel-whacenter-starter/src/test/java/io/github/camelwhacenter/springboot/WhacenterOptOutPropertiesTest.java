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
import org.apache.camel.CamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The opt-out store binds to a bean of the application's, as a shared JDBC repository would. */
@SpringBootTest(classes = { WhacenterTestApplication.class, WhacenterOptOutPropertiesTest.Stores.class }, properties = {
        "camel.component.whacenter.opt-out-repository=#sharedOptOuts",
        "camel.component.whacenter.opt-out-keywords=STOP,KELUAR",
        "camel.component.whacenter.opt-in-keywords=START" })
class WhacenterOptOutPropertiesTest {

    @TestConfiguration
    static class Stores {
        @Bean
        IdempotentRepository sharedOptOuts() {
            return MemoryIdempotentRepository.memoryIdempotentRepository(10);
        }
    }

    @Autowired
    private CamelContext camelContext;

    @Autowired
    private IdempotentRepository sharedOptOuts;

    @Test
    void theStoreIsTheApplicationsBean() {
        WhacenterComponent component = camelContext.getComponent("whacenter", WhacenterComponent.class);
        assertSame(sharedOptOuts, component.getOptOutRepository());
        assertEquals("STOP,KELUAR", component.getOptOutKeywords());
        assertEquals("START", component.getOptInKeywords());
    }
}
