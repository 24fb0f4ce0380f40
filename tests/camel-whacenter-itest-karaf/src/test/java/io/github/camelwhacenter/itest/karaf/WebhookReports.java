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
package io.github.camelwhacenter.itest.karaf;

import java.util.Map;

import io.github.camelwhacenter.WhacenterWebhookConsumer;
import org.apache.camel.Consumer;

/**
 * What a webhook consumer in Karaf reports, read through this class so that the test class itself does not name the
 * component's classes: the probe imports them only once a test has installed the camel-whacenter feature.
 */
final class WebhookReports {

    private WebhookReports() {
    }

    /** The report of the webhook consumer a route has, as the dev console and JMX show it. */
    static Map<String, Object> of(Consumer consumer) {
        return ((WhacenterWebhookConsumer) consumer).report();
    }
}
