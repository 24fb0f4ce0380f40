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

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * The body of a request the HTTP engine left for the webhook to read (camel-platform-http on Vert.x with
 * {@code useBodyHandler=false}), so that it is read once, with a bound, whatever the protocol.
 */
public interface UnreadRequestBody {

    /** Whether the message body is such a request. */
    boolean isUnread(Object messageBody);

    /**
     * @return                       the body, whole
     * @throws BodyTooLargeException when it declares or grows over the bound: what was read of it is dropped
     * @throws TimeoutException      when it did not arrive whole in time
     * @throws IOException           when the client reset the request or the connection closed before its end
     */
    byte[] read(Object messageBody) throws BodyTooLargeException, TimeoutException, IOException, InterruptedException;

    /**
     * Drains a body refused before it was read into nothing, up to the bound, so that the connection goes on to the
     * next request; one that declares or grows over the bound is not read on: its HTTP/1.x connection closes, its
     * HTTP/2 stream is reset.
     */
    void discard(Object messageBody);

    /** The body declared or grew over the bound. */
    final class BodyTooLargeException extends Exception {
        private static final long serialVersionUID = 1L;

        public BodyTooLargeException(long bytes, long maxBytes) {
            super("the body is over " + maxBytes + " bytes (" + bytes + " or more)");
        }
    }
}
