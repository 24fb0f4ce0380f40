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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;

/**
 * Reads the body of a request that camel-platform-http on Vert.x handed over unread ({@code useBodyHandler=false}:
 * the message body is the paused {@link HttpServerRequest}), once and with a bound, on HTTP/1.1 and HTTP/2 alike: a
 * declared length over the bound is refused before a byte is read, and a body sent without one (chunked, or HTTP/2
 * frames) is cut off once it grows over it.
 * <p>
 * Only loaded when camel-platform-http-vertx is on the classpath. Called on the Vert.x worker thread platform-http
 * processes the exchange on, which waits here for the body; the body's chunks arrive on the request's event loop.
 */
public final class VertxRequestBody implements UnreadRequestBody {

    private final long maxBytes;
    private final long timeoutMillis;

    /**
     * @param maxBytes      the largest body accepted
     * @param timeoutMillis how long the whole body may take to arrive
     */
    public VertxRequestBody(long maxBytes, long timeoutMillis) {
        this.maxBytes = maxBytes;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public boolean isUnread(Object messageBody) {
        return messageBody instanceof HttpServerRequest request && !request.isEnded();
    }

    @Override
    public byte[] read(Object messageBody)
            throws BodyTooLargeException, TimeoutException, IOException, InterruptedException {
        HttpServerRequest request = (HttpServerRequest) messageBody;
        long declared = declaredLength(request);
        if (declared > maxBytes) {
            closeAfterAnswer(request);
            throw new BodyTooLargeException(declared, maxBytes);
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect")) && request.version() != HttpVersion.HTTP_1_0) {
            // a client that waits to be asked sends the body only now that its length is known to be accepted
            request.response().writeContinue();
        }
        CompletableFuture<byte[]> whole = new CompletableFuture<>();
        BoundedBuffer buffer = new BoundedBuffer(maxBytes, declared, whole);
        request.handler(buffer::append)
                .endHandler(end -> buffer.end())
                .exceptionHandler(failure -> whole.completeExceptionally(failure));
        request.resume();
        try {
            return whole.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            closeAfterAnswer(request);
            if (e.getCause() instanceof BodyTooLargeException tooLarge) {
                throw tooLarge;
            }
            throw new IOException("the request ended before its body arrived: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            closeAfterAnswer(request);
            throw e;
        }
    }

    @Override
    public void discard(Object messageBody) {
        if (!isUnread(messageBody)) {
            return;
        }
        HttpServerRequest request = (HttpServerRequest) messageBody;
        if (declaredLength(request) > maxBytes) {
            closeAfterAnswer(request);
            return;
        }
        // drained into nothing up to the bound, so that a small body leaves the connection usable; past the bound the
        // exchange ends as for a body read and refused
        long[] drained = new long[1];
        request.handler(chunk -> {
            long before = drained[0];
            drained[0] += chunk.length();
            if (before <= maxBytes && drained[0] > maxBytes) {
                closeAfterAnswer(request);
            }
        }).resume();
    }

    /**
     * Ends the exchange once the answer is written (at once if it is), where the rest of the body is left unread: on
     * HTTP/1.x it would be taken for the next request, so the answer says the connection closes, and it does; on
     * HTTP/2 the client may still be sending, and waits for its request to end before it takes the answer, so the
     * stream is reset with NO_ERROR, as RFC 9113 (8.1) has a server ask a client to stop sending. The answer is
     * written on the request's event loop, where the drain of {@link #discard} runs too.
     */
    private static void closeAfterAnswer(HttpServerRequest request) {
        HttpServerResponse response = request.response();
        if (response.ended()) {
            endUnread(request);
            return;
        }
        if (request.version() != HttpVersion.HTTP_2) {
            response.putHeader("Connection", "close");
        }
        response.endHandler(written -> endUnread(request));
    }

    private static void endUnread(HttpServerRequest request) {
        if (request.version() != HttpVersion.HTTP_2) {
            request.connection().close();
        } else if (!request.isEnded()) {
            request.response().reset(0);
        }
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length == null || length.isEmpty()) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Chunks as they arrive, up to the bound: past it the body is refused at once and the rest drained into nothing.
     * Touched on the request's event loop only.
     */
    private static final class BoundedBuffer {
        private final long maxBytes;
        private final CompletableFuture<byte[]> whole;
        private Buffer body;
        private long received;

        BoundedBuffer(long maxBytes, long declared, CompletableFuture<byte[]> whole) {
            this.maxBytes = maxBytes;
            this.whole = whole;
            this.body = Buffer.buffer((int) Math.max(0, Math.min(declared, 65_536)));
        }

        void append(Buffer chunk) {
            received += chunk.length();
            if (body == null) {
                return;
            }
            if (received > maxBytes) {
                body = null;
                whole.completeExceptionally(new BodyTooLargeException(received, maxBytes));
            } else {
                body.appendBuffer(chunk);
            }
        }

        void end() {
            if (body != null) {
                whole.complete(body.getBytes());
            }
        }
    }
}
