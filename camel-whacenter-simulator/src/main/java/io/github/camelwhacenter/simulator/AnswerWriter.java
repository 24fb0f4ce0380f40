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

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Puts an {@link Answer} on the wire the way the gateway's nginx does: chunked, with
 * {@code Content-Type: text/html; charset=UTF-8} even for JSON, and gzip when the client accepts it.
 */
final class AnswerWriter {

    static final String HTML_UTF8 = "text/html; charset=UTF-8";

    private AnswerWriter() {
    }

    /**
     * Writes the answer and closes the exchange.
     *
     * @param exchange the exchange, whose request body has already been read
     * @param answer   what to send
     * @param gzipUnasked whether to compress text even when the request did not accept gzip
     * @throws IOException when the client went away
     */
    static void write(HttpExchange exchange, Answer answer, boolean gzipUnasked) throws IOException {
        if (answer instanceof Answer.Drop) {
            // Closing before sendResponseHeaders makes the JDK server close the socket itself:
            // the client sees the connection end without a single byte of response.
            exchange.close();
            return;
        }
        Headers headers = exchange.getResponseHeaders();
        headers.set("Server", NginxPages.SERVER);
        if (answer instanceof Answer.Json json) {
            writeText(exchange, 200, json.body(), gzipUnasked);
        } else if (answer instanceof Answer.Html html) {
            if (html.retryAfter() != null) {
                headers.set("Retry-After", html.retryAfter());
            }
            writeText(exchange, html.status(), html.body(), gzipUnasked);
        } else if (answer instanceof Answer.Large large) {
            writeLarge(exchange, large.bytes(),
                    gzipUnasked || acceptsGzip(exchange.getRequestHeaders().getFirst("Accept-Encoding")));
        } else if (answer instanceof Answer.Png png) {
            headers.set("Content-Type", "image/png");
            sendChunked(exchange, 200, png.bytes());
        } else {
            headers.set("Content-Type", HTML_UTF8);
            sendChunked(exchange, 200, new byte[0]);
        }
    }

    // length 0 = chunked, as the gateway always answers; a HEAD answer has headers only
    private static void sendChunked(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Streams the zeros in chunks, compressed on the fly when asked: the simulator never holds the whole body. */
    private static void writeLarge(HttpExchange exchange, int size, boolean gzip) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", HTML_UTF8);
        if (gzip) {
            headers.set("Content-Encoding", "gzip");
        }
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) '0');
        try (OutputStream body = exchange.getResponseBody();
             OutputStream out = gzip ? new java.util.zip.GZIPOutputStream(body, chunk.length) : body) {
            for (int left = size; left > 0; left -= chunk.length) {
                out.write(chunk, 0, Math.min(left, chunk.length));
            }
        }
    }

    private static void writeText(HttpExchange exchange, int status, String body, boolean gzipUnasked)
            throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", HTML_UTF8);
        // 204 and 304 must not carry a body; an empty error goes out as "Content-Length: 0" like nginx's.
        // An empty 200 stays chunked: that is the emptyBody fault, a gateway that answered nothing.
        if (status == 204 || status == 304 || (body.isEmpty() && status != 200)) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (gzipUnasked || acceptsGzip(exchange.getRequestHeaders().getFirst("Accept-Encoding"))) {
            headers.set("Content-Encoding", "gzip");
            bytes = GzipEncoder.gzip(bytes);
        }
        sendChunked(exchange, status, bytes);
    }

    /**
     * @param acceptEncoding the request's {@code Accept-Encoding}, may be {@code null}
     * @return whether it admits gzip ({@code gzip} or {@code *}, not with {@code q=0})
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim();
            if (name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) {
                return !isQualityZero(parts);
            }
        }
        return false;
    }

    private static boolean isQualityZero(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2).trim()) == 0.0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
