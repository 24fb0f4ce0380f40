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
package io.github.camelwhacenter.simulator;

/**
 * The body shape of a webhook delivery. The real gateway has changed its payload over time, and
 * receivers must cope with both.
 */
public enum WebhookFormat {

    /**
     * The Postman collection's example, byte for byte in layout: pretty-printed with a blank first
     * line, only {@code from}, {@code to}, {@code message}, {@code media} and {@code timestamp}, and
     * the <em>trailing comma</em> plus blank line before the closing brace. Not strict JSON, on
     * purpose: receivers have to accept it.
     */
    COLLECTION,

    /**
     * The richer payload captured from the live gateway: one compact line with {@code pushName},
     * {@code from}, {@code to}, {@code message_type}, {@code message}, {@code media},
     * {@code is_group}, {@code id_group}, {@code timestamp}, {@code source} ({@code "WHACENTER"}) and
     * {@code ad_reply} ({@code null} unless the message came from an ad).
     */
    OBSERVED
}
