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

import java.util.Map;

/**
 * A webhook request answered without running the route: its status, the reason the answer's JSON gives, and the
 * headers the status asks for. Decided by {@link WebhookHandler} from the request's head, or by the engine's body reader
 * from its body; written by whichever serves the request (on Vert.x, on the event loop without a worker thread).
 *
 * @param status 400 (malformed, or broken off), 401 (token), 403 (source), 405 (method), 408 (body too slow), 413
 *               (body too large) or 503 (retry later)
 * @param reason what the answer says, never the token
 */
public record WebhookRefusal(int status, String reason) {

    /** How many seconds a sender asked to retry later waits. */
    public static final String RETRY_AFTER_SECONDS = "5";

    /** The headers the status asks for: {@code Allow} with a 405, {@code Retry-After} with a 503. */
    public Map<String, String> headers() {
        return switch (status) {
            case 405 -> Map.of("Allow", "POST");
            case 503 -> Map.of("Retry-After", RETRY_AFTER_SECONDS);
            default -> Map.of();
        };
    }
}
