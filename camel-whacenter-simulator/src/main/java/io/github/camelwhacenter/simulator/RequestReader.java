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

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns an incoming exchange into a {@link RecordedRequest}, reading the body completely. */
final class RequestReader {

    private RequestReader() {
    }

    /**
     * Reads the request. The body is always consumed, so that the connection can be kept alive.
     *
     * @param exchange   the exchange
     * @param path       the path to record
     * @param receivedAt the arrival time
     * @return the request
     * @throws IOException when the client goes away mid-body
     */
    static RecordedRequest read(HttpExchange exchange, String path, Instant receivedAt) throws IOException {
        Map<String, String> headers = headers(exchange);
        String contentType = headers.get("content-type");
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        FormUrlDecoder.decode(exchange.getRequestURI().getRawQuery(), fields);
        if (contentType != null && body.length > 0) {
            String type = contentType.toLowerCase(Locale.ROOT);
            if (type.startsWith("application/x-www-form-urlencoded")) {
                // UTF-8, not ASCII: sloppy clients put raw UTF-8 into urlencoded bodies, and PHP accepts it
                FormUrlDecoder.decode(new String(body, StandardCharsets.UTF_8), fields);
            } else if (type.startsWith("multipart/form-data")) {
                MultipartFormDecoder.decode(contentType, body, fields);
            }
        }
        return new RecordedRequest(exchange.getRequestMethod(), path, fields, headers, contentType, receivedAt);
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            headers.put(header.getKey().toLowerCase(Locale.ROOT), String.join(", ", header.getValue()));
        }
        return headers;
    }
}
