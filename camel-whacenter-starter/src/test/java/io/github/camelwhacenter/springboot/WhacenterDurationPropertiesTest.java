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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The duration options are durations in Spring Boot: each binds from Boot's duration text (30s, 2m, PT3S) or from a
 * number of milliseconds, and the component gets milliseconds.
 */
@SpringBootTest(classes = WhacenterTestApplication.class, properties = {
        "camel.component.whacenter.send-jitter=30s",
        "camel.component.whacenter.device-check-interval=2m",
        "camel.component.whacenter.webhook-body-timeout=PT3S",
        "camel.component.whacenter.response-timeout=4500" })
class WhacenterDurationPropertiesTest {

    @Autowired
    private CamelContext camelContext;

    @Test
    void durationsBindFromTextAndFromMilliseconds() {
        WhacenterComponent component = camelContext.getComponent("whacenter", WhacenterComponent.class);
        assertEquals(30_000, component.getSendJitter());
        assertEquals(120_000, component.getDeviceCheckInterval());
        assertEquals(3_000, component.getConfiguration().getWebhookBodyTimeout());
        assertEquals(4_500, component.getConfiguration().getResponseTimeout());
    }
}
