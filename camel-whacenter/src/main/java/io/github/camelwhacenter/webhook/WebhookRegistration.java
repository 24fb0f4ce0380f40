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
package io.github.camelwhacenter.webhook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers a webhook URL at the gateway and, with webhookRestoreOnStop, puts the previous one back when the consumer
 * stops: only if the gateway still has this consumer's URL, so a node stopping in a rolling restart never takes the
 * webhook away from the node that registered after it. The gateway has no compare-and-set: between the check and the
 * restore another node may register, which is why restoring is for a single node (see the component's page).
 */
public final class WebhookRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRegistration.class);

    /** What registration asks of the gateway, through one endpoint's settings. */
    public interface Target {

        /** Whether the previous URL is put back when the consumer stops (webhookRestoreOnStop). */
        boolean restoreOnStop();

        /** The URL the gateway posts the device's incoming messages to now; null or blank when none is. */
        String registeredUrl();

        /** Registers the URL at the gateway. */
        void register(String url);

        /** The URL fit for a log line: its token masked. */
        String mask(String url);
    }

    private final Target endpoint;
    private String registered;
    private String previous;

    public WebhookRegistration(Target endpoint) {
        this.endpoint = endpoint;
    }

    public synchronized void register(String url) {
        if (endpoint.restoreOnStop()) {
            previous = endpoint.registeredUrl();
        }
        endpoint.register(url);
        registered = url;
    }

    /** Restores the previous URL if restoring is on and the gateway still has ours; never throws for a gateway call. */
    public synchronized void restore() {
        String ours = registered;
        registered = null;
        if (ours == null || !endpoint.restoreOnStop()) {
            return;
        }
        try {
            String current = endpoint.registeredUrl();
            if (!ours.equals(current)) {
                LOG.info("Not restoring the webhook URL: the gateway now has {}, registered by someone else since",
                        current == null || current.isBlank() ? "none" : endpoint.mask(current));
            } else if (previous == null || previous.isBlank() || previous.equals(ours)) {
                LOG.info("No other webhook URL was registered before this consumer: the gateway keeps this consumer's URL");
            } else {
                endpoint.register(previous);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not restore the previous webhook URL: {}", e.getMessage());
        }
    }
}
