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
 * An incoming message's media could not be fetched (fetchMedia, mediaFetchFailure=FAIL): the host is not allowed or
 * not public, the media is too large, its server failed or answered too late. The message says which and the option
 * that decides it; never the URL's query, which may carry a credential.
 */
public class WhacenterMediaFetchException extends WhacenterException {

    private final String reason;
    private final String detail;

    public WhacenterMediaFetchException(String reason, String message, Throwable cause) {
        this("webhook", reason, message, cause);
    }

    /** @param operation webhook (fetchMedia on the consumer) or fetchMedia (the producer operation) */
    public WhacenterMediaFetchException(String operation, String reason, String message, Throwable cause) {
        super(operation, "the media was not fetched: " + message, cause);
        this.reason = reason;
        this.detail = message;
    }

    /** What went wrong, without the operation's prefix. */
    public String getDetail() {
        return detail;
    }

    /** Why: NOT_ALLOWED, NOT_PUBLIC, TOO_MANY_REDIRECTS, TOO_LARGE, STATUS, TIMEOUT or IO. */
    public String getReason() {
        return reason;
    }
}
