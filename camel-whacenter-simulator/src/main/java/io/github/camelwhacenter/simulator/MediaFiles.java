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

import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The media of incoming messages, served as the gateway serves them ({@code /api/media?path=...}): GET and HEAD, 404
 * for a path it does not hold. At most {@link #MAX_FILES} files are kept, the oldest forgotten first.
 */
final class MediaFiles implements HttpHandler {

    static final String PATH = "/api/media";
    static final int MAX_FILES = 1000;

    private record Media(byte[] bytes, String contentType, String fileName, AtomicInteger gets) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Media> files = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Media> eldest) {
            return size() > MAX_FILES;
        }
    };

    /** @return the value of the {@code path} parameter the file is served under */
    synchronized String add(byte[] bytes, String contentType, String fileName) {
        byte[] id = new byte[12];
        random.nextBytes(id);
        String path = "incoming/" + Base64.getUrlEncoder().withoutPadding().encodeToString(id) + "/" + fileName;
        files.put(path, new Media(bytes.clone(), contentType, fileName, new AtomicInteger()));
        return path;
    }

    /** @return how many GETs the file under {@code path} answered, or -1 when there is none */
    synchronized int gets(String path) {
        Media media = files.get(path);
        return media == null ? -1 : media.gets().get();
    }

    synchronized void clear() {
        files.clear();
    }

    private synchronized Media find(String path) {
        return path == null ? null : files.get(path);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String query = exchange.getRequestURI().getRawQuery();
            String path = null;
            if (query != null) {
                for (String pair : query.split("&")) {
                    if (pair.startsWith("path=")) {
                        path = java.net.URLDecoder.decode(pair.substring(5), java.nio.charset.StandardCharsets.UTF_8);
                    }
                }
            }
            Media media = find(path);
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().add("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (media == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", media.contentType());
            exchange.getResponseHeaders().add("Content-Disposition", "inline; filename=\"" + media.fileName() + "\"");
            if (head) {
                exchange.getResponseHeaders().add("Content-Length", Integer.toString(media.bytes().length));
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            media.gets().incrementAndGet();
            exchange.sendResponseHeaders(200, media.bytes().length == 0 ? -1 : media.bytes().length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(media.bytes());
            }
        }
    }
}
