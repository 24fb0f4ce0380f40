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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Which keys the starter's sanitizing function masks, whatever form the key takes.
 */
class WhacenterSanitizingFunctionTest {

    private final SanitizingFunction function = new WhacenterSanitizingAutoConfiguration().whacenterSanitizingFunction();

    private Object sanitized(String key) {
        return function.apply(new SanitizableData(null, key, "value-7d1f")).getValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "camel.component.whacenter.device-id",
            "camel.component.whacenter.deviceId",
            "camel.component.whacenter.deviceid",
            "CAMEL_COMPONENT_WHACENTER_DEVICEID",
            "camel.component.whacenter.configuration.device-id",
            "camel.component.whacenter.proxy-auth-username",
            "camel.component.whacenter.proxy-auth-password",
            "camel.component.whacenter.configuration.proxyAuthPassword",
            "camel.component.whacenter.webhook-token" })
    void masksTheSecretOptions(String key) {
        assertEquals(SanitizableData.SANITIZED_VALUE, sanitized(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "camel.component.whacenter.base-url",
            "camel.component.whacenter.webhook-token-parameter",
            "camel.component.whacenter.proxy-host",
            "camel.component.telegram.authorization-token",
            "device-id",
            "app.whacenter.device-id" })
    void leavesEverythingElse(String key) {
        assertEquals("value-7d1f", sanitized(key));
    }

    /** Spring Boot 3's SanitizableData may have no key; Boot 4's constructor refuses one, so ask the rule itself. */
    @Test
    void toleratesAMissingKey() {
        assertFalse(WhacenterSanitizingAutoConfiguration.isSecret(null));
    }
}
