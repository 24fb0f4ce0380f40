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
package io.github.camelwhacenter.media;

/** An incoming message's media was not fetched, and why; nothing of it is kept. */
public final class MediaFetchException extends Exception {

    /** Why the media was not fetched. */
    public enum Reason {
        /** the URL is not http(s), carries a user, or names a host off the allow-list (nothing was connected to) */
        NOT_ALLOWED,
        /** the host resolves to a private, loopback, link-local or other non-public address (nothing was connected to) */
        NOT_PUBLIC,
        /** more redirects than allowed */
        TOO_MANY_REDIRECTS,
        /** the body is larger than allowed */
        TOO_LARGE,
        /** the server answered with a status other than 200 */
        STATUS,
        /** the whole fetch took longer than allowed */
        TIMEOUT,
        /** the connection or the transfer failed */
        IO
    }

    private final Reason reason;

    MediaFetchException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
