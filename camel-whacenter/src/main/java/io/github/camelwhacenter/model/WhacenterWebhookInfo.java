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
package io.github.camelwhacenter.model;

/**
 * The answer to {@code getWebhook} and {@code setWebhook}: the URL the gateway posts incoming messages to.
 */
public class WhacenterWebhookInfo extends WhacenterResult {

    private final String webhookUrl;

    public WhacenterWebhookInfo(String operation, boolean success, String gatewayMessage, String webhookUrl) {
        super(operation, success, gatewayMessage);
        this.webhookUrl = webhookUrl;
    }

    /** The registered URL; null when none is registered or the gateway did not say. */
    public String getWebhookUrl() {
        return webhookUrl;
    }

    @Override
    protected String describeData() {
        return ", webhookUrl=" + webhookUrl;
    }
}
