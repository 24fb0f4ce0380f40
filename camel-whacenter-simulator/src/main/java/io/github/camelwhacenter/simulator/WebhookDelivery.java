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
 * What a webhook receiver answered when the simulator delivered an incoming message to it.
 * An HTTP error status is a normal result here, not an exception: the gateway does not retry
 * either, so tests usually want to see exactly what the receiver said.
 *
 * @param statusCode   the receiver's HTTP status, or {@code -1} when no HTTP answer came
 *                     (connection refused, timeout, invalid URL)
 * @param responseBody the receiver's body as text, or the error's description when {@code statusCode} is {@code -1}
 */
public record WebhookDelivery(int statusCode, String responseBody) {

    /** @return whether the receiver answered with a 2xx status */
    public boolean isSuccessful() {
        return statusCode >= 200 && statusCode < 300;
    }
}
