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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonObject;

/**
 * The whacenter dev console: per device (by the fingerprint of its id) its state, when it was last seen, the circuit breaker,
 * the queue, sends, failures and quotas; per webhook route the URL it registered (token masked) and what it received.
 * No device id and no token, in text or JSON.
 */
@DevConsole(name = "whacenter", displayName = "Whacenter", description = "Devices, sends and webhooks of the Whacenter component")
public class WhacenterDevConsole extends AbstractDevConsole {

    public WhacenterDevConsole() {
        super("camel", "whacenter", "Whacenter", "Devices, sends and webhooks of the Whacenter component");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        Map<String, Object> report = report();
        for (Object device : (List<?>) report.get("devices")) {
            text.append("Device ").append(WhacenterReports.line((Map<?, ?>) device)).append('\n');
        }
        for (Object webhook : (List<?>) report.get("webhooks")) {
            text.append("Webhook ").append(WhacenterReports.line((Map<?, ?>) webhook)).append('\n');
        }
        for (Object optOut : (List<?>) report.get("optOuts")) {
            text.append("Opt-outs ").append(WhacenterReports.line((Map<?, ?>) optOut)).append('\n');
        }
        for (Object conversations : (List<?>) report.get("conversations")) {
            text.append("Conversations ").append(WhacenterReports.line((Map<?, ?>) conversations)).append('\n');
        }
        for (Object media : (List<?>) report.get("media")) {
            text.append("Published files ").append(WhacenterReports.line((Map<?, ?>) media)).append('\n');
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject json = new JsonObject();
        json.putAll(report());
        return json;
    }

    private Map<String, Object> report() {
        List<Map<String, Object>> devices = new ArrayList<>();
        List<Map<String, Object>> media = new ArrayList<>();
        List<Map<String, Object>> optOuts = new ArrayList<>();
        List<Map<String, Object>> conversations = new ArrayList<>();
        for (String name : getCamelContext().getComponentNames()) {
            if (getCamelContext().hasComponent(name) instanceof WhacenterComponent component) {
                devices.addAll(component.getDevices().report());
                if (component.getOptOuts() != null) {
                    optOuts.addAll(component.getOptOuts().report());
                }
                Map<String, Object> conversing = component.conversationsReport();
                if (conversing != null) {
                    Map<String, Object> named = new LinkedHashMap<>();
                    named.put("component", name);
                    named.putAll(conversing);
                    conversations.add(named);
                }
                Map<String, Object> published = component.mediaReport();
                if (published != null) {
                    media.add(published);
                }
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("devices", devices);
        report.put("webhooks", WhacenterReports.webhooks(getCamelContext()));
        // counts per device, never a contact's number
        report.put("optOuts", optOuts);
        // counts of this node's conversations and what waits now, never a number or a name
        report.put("conversations", conversations);
        // the component's own publisher, once a producer started it: how many files and bytes it holds, never a token
        report.put("media", media);
        return report;
    }
}
