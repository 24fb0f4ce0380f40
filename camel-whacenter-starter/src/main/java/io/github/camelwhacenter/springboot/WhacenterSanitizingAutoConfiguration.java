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
import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Masks the secret options of the whacenter component (device id, proxy user name and password, webhook token) in the
 * Actuator configprops and env endpoints.
 * <p>
 * Spring Boot 3 masks every value of these endpoints unless management.endpoint.configprops.show-values (or
 * env.show-values) is set to always or when-authorized; from then on it shows every value that no
 * {@link SanitizingFunction} masks, and none masks a device id. The keys are compared in their canonical form, so
 * camel.component.whacenter.device-id, camel.component.whacenter.deviceId, CAMEL_COMPONENT_WHACENTER_DEVICEID and the
 * nested camel.component.whacenter.configuration.device-id are all masked.
 * <p>
 * Independent of camel.component.whacenter.enabled: a disabled component may still have its device id in the
 * environment.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class WhacenterSanitizingAutoConfiguration {

    static final String CANONICAL_PREFIX = "camelcomponentwhacenter";
    static final List<String> SECRET_OPTIONS = List.of("deviceid", "proxyauthusername", "proxyauthpassword", "webhooktoken");

    @Bean
    public SanitizingFunction whacenterSanitizingFunction() {
        return data -> isSecret(data.getKey()) ? data.withSanitizedValue() : data;
    }

    static boolean isSecret(String key) {
        if (key == null) {
            return false;
        }
        String canonical = canonical(key);
        if (!canonical.startsWith(CANONICAL_PREFIX)) {
            return false;
        }
        for (String option : SECRET_OPTIONS) {
            if (canonical.endsWith(option)) {
                return true;
            }
        }
        return false;
    }

    private static String canonical(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
