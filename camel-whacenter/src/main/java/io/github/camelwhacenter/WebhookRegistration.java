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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers a webhook URL at the gateway and, with webhookRestoreOnStop, puts the previous one back when the consumer
 * stops: only if the gateway still has this consumer's URL, so a node stopping in a rolling restart never takes the
 * webhook away from the node that registered after it. The gateway has no compare-and-set: between the check and the
 * restore another node may register, which is why restoring is for a single node (see the component's page).
 */
final class WebhookRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRegistration.class);

    private final WhacenterEndpoint endpoint;
    private String registered;
    private String previous;

    WebhookRegistration(WhacenterEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    synchronized void register(String url) {
        if (endpoint.getConfiguration().isWebhookRestoreOnStop()) {
            previous = endpoint.registeredWebhookUrl();
        }
        endpoint.registerWebhookUrl(url);
        registered = url;
    }

    /** Restores the previous URL if restoring is on and the gateway still has ours; never throws for a gateway call. */
    synchronized void restore() {
        String ours = registered;
        registered = null;
        if (ours == null || !endpoint.getConfiguration().isWebhookRestoreOnStop()) {
            return;
        }
        try {
            String current = endpoint.registeredWebhookUrl();
            if (!ours.equals(current)) {
                LOG.info("Not restoring the webhook URL: the gateway now has {}, registered by someone else since",
                        current == null || current.isBlank() ? "none" : endpoint.maskWebhookUrl(current));
            } else if (previous == null || previous.isBlank() || previous.equals(ours)) {
                LOG.info("No other webhook URL was registered before this consumer: the gateway keeps this consumer's URL");
            } else {
                endpoint.registerWebhookUrl(previous);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not restore the previous webhook URL: {}", e.getMessage());
        }
    }
}
