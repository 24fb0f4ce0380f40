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
package io.github.camelwhacenter.springboot;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelwhacenter.WebhookBodyLimits;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads the bodies of the webhook consumers' paths before Camel's servlet binding does, bounded and without holding a
 * thread while they arrive: a declared length over webhookMaxBodySize is answered 413 unread; otherwise the body is read
 * with the servlet container's non-blocking input (a {@link ReadListener} in an async cycle, so that a body that arrives
 * slowly holds no container thread), cut off with 413 once it grows over the limit, and answered 408 when it is not
 * whole within webhookBodyTimeout. A whole body is dispatched again to the same path, where this filter hands the rest
 * of the chain the request with its body read. At most webhookMaxInflight bodies are read at once on a path; more are
 * answered 503 with Retry-After. Neither Tomcat nor the binding bounds a JSON body, so a client without the token could
 * otherwise fill the heap.
 */
public class WhacenterWebhookBodyLimitFilter implements Filter {

    /** The body read, on the request dispatched again once it is whole. */
    static final String BODY = WhacenterWebhookBodyLimitFilter.class.getName() + ".body";

    private final WebhookBodyLimits limits;

    public WhacenterWebhookBodyLimitFilter(WebhookBodyLimits limits) {
        this.limits = limits;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !"POST".equalsIgnoreCase(http.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (http.getAttribute(BODY) instanceof byte[] body) {
            // dispatched again with its body read (and again for Spring MVC's async result)
            chain.doFilter(new ReadBody(http, body), response);
            return;
        }
        String path = http.getRequestURI().substring(http.getContextPath().length());
        WebhookBodyLimits.Limit limit = limits.limitFor(path);
        if (limit == null || http.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse answer = (HttpServletResponse) response;
        if (http.getContentLengthLong() > limit.maxBytes()) {
            refuse(http, answer, 413, "the body is over " + limit.maxBytes() + " bytes");
            return;
        }
        if (!limit.startReading()) {
            refuse(http, answer, 503, limit.maxReading() + " webhook bodies are being read (webhookMaxInflight); retry later");
            return;
        }
        if (http.isAsyncSupported()) {
            new AsyncBody(http, answer, limit).start();
            return;
        }
        byte[] body;
        try {
            body = readBlocking(http, limit);
        } finally {
            limit.doneReading();
        }
        if (body == null) {
            refuse(http, answer, 413, "the body is over " + limit.maxBytes() + " bytes");
            return;
        }
        chain.doFilter(new ReadBody(http, body), response);
    }

    /**
     * Where the container offers no async cycle (a filter or servlet before this one that does not support it): the
     * body read on this thread, up to one byte past the limit.
     *
     * @return the body, or null when it is over the limit
     */
    private static byte[] readBlocking(HttpServletRequest http, WebhookBodyLimits.Limit limit) throws IOException {
        byte[] body = http.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit.maxBytes() + 1));
        return body.length > limit.maxBytes() ? null : body;
    }

    /**
     * Writes a refusal. Over HTTP/1.x the connection closes after it, since the rest of the body is left unread (HTTP/2
     * has no such header: the container resets the stream).
     */
    static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String reason)
            throws IOException {
        response.setStatus(status);
        if (!request.getProtocol().startsWith("HTTP/2")) {
            response.setHeader("Connection", "close");
        }
        if (status == 503) {
            response.setHeader("Retry-After", WebhookBodyLimits.RETRY_AFTER_SECONDS);
        }
        response.setContentType("application/json; charset=UTF-8");
        response.getOutputStream().write(("{\"status\":false,\"message\":\"" + reason + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One body read with the container's non-blocking input, in an async cycle: the container calls back when bytes
     * are there, and no thread waits in between. Exactly one outcome: dispatched whole, or refused.
     */
    private static final class AsyncBody implements ReadListener, AsyncListener {
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final WebhookBodyLimits.Limit limit;
        private final AtomicBoolean decided = new AtomicBoolean();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] chunk = new byte[8192];
        private AsyncContext async;
        private ServletInputStream input;

        AsyncBody(HttpServletRequest request, HttpServletResponse response, WebhookBodyLimits.Limit limit) {
            this.request = request;
            this.response = response;
            this.limit = limit;
        }

        void start() throws IOException {
            async = request.startAsync(request, response);
            async.setTimeout(limit.bodyTimeoutMillis());
            async.addListener(this);
            input = request.getInputStream();
            input.setReadListener(this);
        }

        @Override
        public void onDataAvailable() throws IOException {
            while (!decided.get() && input.isReady()) {
                int read = input.read(chunk);
                if (read < 0) {
                    return;
                }
                body.write(chunk, 0, read);
                if (body.size() > limit.maxBytes()) {
                    refuse(413, "the body is over " + limit.maxBytes() + " bytes");
                    return;
                }
            }
        }

        @Override
        public void onAllDataRead() {
            if (decide()) {
                request.setAttribute(BODY, body.toByteArray());
                async.dispatch();
            }
        }

        @Override
        public void onError(Throwable failure) {
            if (decide()) {
                async.complete();
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) throws IOException {
            refuse(408, "the body did not arrive whole within " + limit.bodyTimeoutMillis() + " ms");
        }

        @Override
        public void onError(AsyncEvent event) {
            onError(event.getThrowable());
        }

        @Override
        public void onComplete(AsyncEvent event) {
            // decided already: dispatched, refused or failed
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // the cycle this listener was added to
        }

        private void refuse(int status, String reason) throws IOException {
            if (decide()) {
                try {
                    WhacenterWebhookBodyLimitFilter.refuse(request, response, status, reason);
                } finally {
                    async.complete();
                }
            }
        }

        private boolean decide() {
            if (!decided.compareAndSet(false, true)) {
                return false;
            }
            limit.doneReading();
            return true;
        }
    }

    /** The request with its body read already, within the limit. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        private ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
