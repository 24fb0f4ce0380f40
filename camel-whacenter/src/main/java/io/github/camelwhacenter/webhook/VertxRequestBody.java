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

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads the body of a webhook request on its Vert.x event loop, once and with a bound, on HTTP/1.1 and HTTP/2 alike,
 * so that a body that arrives slowly holds no worker thread: a declared length over the bound is refused before a byte
 * is read, a body sent without one (chunked, or HTTP/2 frames) is cut off once it grows over it, and a body not whole
 * within the body timeout is refused. Whatever is refused unread ends the exchange once the answer is written.
 * <p>
 * Only loaded when camel-platform-http-vertx is on the classpath. Every method is called on the request's event loop,
 * where its chunks, its timer and its answer's end arrive too.
 */
public final class VertxRequestBody {

    private final long maxBytes;
    private final long timeoutMillis;

    /**
     * @param maxBytes      the largest body accepted
     * @param timeoutMillis how long the whole body may take to arrive after the request's head
     */
    public VertxRequestBody(long maxBytes, long timeoutMillis) {
        this.maxBytes = maxBytes;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Reads the body, and then calls exactly one of the handlers, once, on the event loop.
     *
     * @param whole   takes the body, whole and within the bound
     * @param refused takes the refusal: 413 over the bound, 408 not whole in time, 400 broken off by the client
     */
    public void read(RoutingContext context, Handler<byte[]> whole, Handler<WebhookRefusal> refused) {
        HttpServerRequest request = context.request();
        long declared = declaredLength(request);
        if (declared > maxBytes) {
            closeAfterAnswer(context);
            refused.handle(tooLarge(declared));
            return;
        }
        if (request.isEnded()) {
            refused.handle(new WebhookRefusal(400, "the body was taken before the webhook could read it"));
            return;
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect")) && request.version() != HttpVersion.HTTP_1_0) {
            // a client that waits to be asked sends the body only now that its length is known to be accepted
            request.response().writeContinue();
        }
        Outcome outcome = new Outcome(context, whole, refused);
        long timer = context.vertx().setTimer(timeoutMillis, fired -> outcome.refuse(
                new WebhookRefusal(408, "the body did not arrive whole within " + timeoutMillis + " ms")));
        outcome.timer = timer;
        request.handler(outcome::append)
                .endHandler(end -> outcome.whole())
                .exceptionHandler(failure -> outcome.refuse(
                        new WebhookRefusal(400, "the request ended before its body arrived: " + failure.getMessage())));
        request.resume();
    }

    /**
     * Drains the body of a request refused before it was read into nothing, up to the bound, so that a small body leaves
     * the connection usable; one that declares or grows over the bound, or is not whole within the body timeout, is not
     * read on: its HTTP/1.x connection closes and its HTTP/2 stream is reset once the answer is written.
     */
    public void discard(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.isEnded()) {
            return;
        }
        if (declaredLength(request) > maxBytes) {
            closeAfterAnswer(context);
            return;
        }
        long timer = context.vertx().setTimer(timeoutMillis, fired -> {
            if (!request.isEnded()) {
                closeAfterAnswer(context);
            }
        });
        long[] drained = new long[1];
        request.handler(chunk -> {
            long before = drained[0];
            drained[0] += chunk.length();
            if (before <= maxBytes && drained[0] > maxBytes) {
                closeAfterAnswer(context);
            }
        }).endHandler(end -> context.vertx().cancelTimer(timer)).resume();
    }

    private WebhookRefusal tooLarge(long bytes) {
        return new WebhookRefusal(413, "the body is over " + maxBytes + " bytes (" + bytes + " or more)");
    }

    /**
     * Ends the exchange once the answer is written (at once if it is), where the rest of the body is left unread: on
     * HTTP/1.x it would be taken for the next request, so the answer says the connection closes, and it does; on
     * HTTP/2 the client may still be sending, and waits for its request to end before it takes the answer, so the
     * stream is reset with NO_ERROR, as RFC 9113 (8.1) has a server ask a client to stop sending. Registered with the
     * routing context, which owns the response's end handler.
     */
    private static void closeAfterAnswer(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.response().ended()) {
            endUnread(request);
            return;
        }
        if (request.version() != HttpVersion.HTTP_2) {
            request.response().putHeader("Connection", "close");
        }
        context.addEndHandler(written -> endUnread(request));
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
     * One body's reading: its chunks as they arrive, up to the bound, and its one outcome; what arrives after the outcome
     * is dropped.
     */
    private final class Outcome {
        private final RoutingContext context;
        private final Handler<byte[]> whole;
        private final Handler<WebhookRefusal> refused;
        private Buffer body;
        private long received;
        private boolean decided;
        long timer;

        Outcome(RoutingContext context, Handler<byte[]> whole, Handler<WebhookRefusal> refused) {
            this.context = context;
            this.whole = whole;
            this.refused = refused;
            long declared = declaredLength(context.request());
            this.body = Buffer.buffer((int) Math.max(0, Math.min(declared, 65_536)));
        }

        void append(Buffer chunk) {
            if (decided) {
                return;
            }
            received += chunk.length();
            if (received > maxBytes) {
                refuse(tooLarge(received));
            } else {
                body.appendBuffer(chunk);
            }
        }

        void whole() {
            if (decide()) {
                byte[] bytes = body.getBytes();
                body = null;
                whole.handle(bytes);
            }
        }

        void refuse(WebhookRefusal refusal) {
            if (decide()) {
                body = null;
                closeAfterAnswer(context);
                refused.handle(refusal);
            }
        }

        private boolean decide() {
            if (decided) {
                return false;
            }
            decided = true;
            context.vertx().cancelTimer(timer);
            return true;
        }
    }
}
