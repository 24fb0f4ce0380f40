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
import org.apache.camel.processor.aggregate.MemoryAggregationRepository;
import org.apache.camel.spi.AggregationRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The conversations' store binds to a bean of the application's, as a shared JDBC repository would, and the claim
 * timeout from Boot's duration text.
 */
@SpringBootTest(classes = { WhacenterTestApplication.class, WhacenterConversationPropertiesTest.Stores.class },
                properties = {
                        "camel.component.whacenter.conversation-repository=#sharedConversations",
                        "camel.component.whacenter.conversation-claim-timeout=2m",
                        "camel.component.whacenter.max-conversations=5" })
class WhacenterConversationPropertiesTest {

    @TestConfiguration
    static class Stores {
        @Bean
        AggregationRepository sharedConversations() {
            return new MemoryAggregationRepository(true);
        }
    }

    @Autowired
    private CamelContext camelContext;

    @Autowired
    private AggregationRepository sharedConversations;

    @Test
    void theStoreIsTheApplicationsBeanAndTheOptionsBind() {
        WhacenterComponent component = camelContext.getComponent("whacenter", WhacenterComponent.class);
        assertSame(sharedConversations, component.getConversationRepository());
        assertEquals(120_000, component.getConversationClaimTimeout());
        assertEquals(5, component.getMaxConversations());
    }
}
