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

/**
 * whacenter:ask got no reply: its replyTimeout passed (TIMED_OUT), a later ask to the same contact took its place
 * (REPLACED), the component or the producer stopped (STOPPED), or maxPendingReplies asks were waiting already (FULL,
 * and the question was not sent).
 */
public class WhacenterNoReplyException extends WhacenterException {

    private final String reason;

    public WhacenterNoReplyException(String reason, String message) {
        super("ask", message, null);
        this.reason = reason;
    }

    /** TIMED_OUT, REPLACED, STOPPED or FULL. */
    public String getReason() {
        return reason;
    }
}
