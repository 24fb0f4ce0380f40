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
package io.github.camelwhacenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;

/**
 * What the dev console and JMX both show, as they both show it: the webhook routes' reports, and each report as a line.
 */
final class WhacenterReports {

    private WhacenterReports() {
    }

    /** One report as a line of {@code key=value} pairs, absent values left out; JMX shows the same lines. */
    static String line(Map<?, ?> fields) {
        StringBuilder line = new StringBuilder();
        fields.forEach((key, value) -> {
            if (value != null) {
                line.append(line.isEmpty() ? "" : " ").append(key).append('=').append(value);
            }
        });
        return line.toString();
    }

    /** What each whacenter:webhook route of the context received; JMX shows the same. */
    static List<Map<String, Object>> webhooks(CamelContext context) {
        List<Map<String, Object>> webhooks = new ArrayList<>();
        for (Route route : context.getRoutes()) {
            if (route.getConsumer() instanceof WhacenterWebhookConsumer consumer) {
                webhooks.add(consumer.report());
            }
        }
        return webhooks;
    }
}
