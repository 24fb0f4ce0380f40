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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.github.camelwhacenter.support.Secrets;

/**
 * The webhook URLs of one endpoint: the URL registered at the gateway, with the webhook token where the path asks for
 * it or as a query parameter, and any webhook URL fit for a log line, the token and the device id masked wherever they
 * are.
 *
 * @param token          the webhook token; null when the webhook takes none
 * @param tokenParameter the query parameter, or the path's {placeholder}, that carries it
 * @param deviceId       the endpoint's device id, which a URL must not show either; may be null
 */
public record WebhookUrls(String token, String tokenParameter, String deviceId) {

    /** The URL to register: the external URL, with the webhook token as a query parameter unless the path has it. */
    public String registrationUrl(String externalUrl) {
        String placeholder = "{" + tokenParameter + "}";
        if (token == null) {
            return externalUrl;
        }
        if (externalUrl.contains(placeholder)) {
            return externalUrl.replace(placeholder, encode(token));
        }
        return externalUrl + (externalUrl.contains("?") ? "&" : "?") + encode(tokenParameter) + "=" + encode(token);
    }

    /** The URL fit for a log line: the token masked wherever it is, in the query or in the path, and the device id. */
    public String mask(String url) {
        String masked = Secrets.maskQuery(url, tokenParameter);
        if (token != null && !token.isEmpty()) {
            masked = Secrets.mask(Secrets.mask(masked, encode(token)), token);
        }
        return Secrets.mask(masked, deviceId);
    }

    /** Never the token or the device id. */
    @Override
    public String toString() {
        return "WebhookUrls[tokenParameter=" + tokenParameter + "]";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
