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

import java.time.Duration;

/**
 * The gateway answered an HTTP status worth trying again: 5xx, 408 (request timeout) or 429 (too many requests).
 * With a {@code Retry-After} header the producer also sets {@code CamelRedeliveryDelay}, so Camel's redelivery waits
 * as long as the gateway asked. Other statuses outside 2xx are a {@link WhacenterHttpRefusedException}, final.
 */
public class WhacenterHttpException extends WhacenterTransportException implements WhacenterHttpStatusAware {

    private final Status status;
    private final Duration retryAfter;

    public WhacenterHttpException(String operation, int statusCode, String responseSnippet) {
        this(operation, statusCode, responseSnippet, null);
    }

    public WhacenterHttpException(String operation, int statusCode, String responseSnippet, Duration retryAfter) {
        super(operation, "the gateway answered HTTP " + statusCode
                         + (retryAfter == null ? "" : " (Retry-After " + retryAfter.toSeconds() + " s)") + ": "
                         + responseSnippet, null);
        this.status = new Status(statusCode, responseSnippet);
        this.retryAfter = retryAfter;
    }

    @Override
    public Status httpStatus() {
        return status;
    }

    /** How long the gateway asked to wait before trying again (its {@code Retry-After} header); null when it did not. */
    public Duration getRetryAfter() {
        return retryAfter;
    }
}
