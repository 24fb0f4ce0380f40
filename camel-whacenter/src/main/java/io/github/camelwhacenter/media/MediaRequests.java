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

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the media path answers, the same on every HTTP engine: a published file for GET and HEAD under its token, 404
 * for anything else below the path. The token is never logged nor echoed.
 */
public final class MediaRequests {

    /** A store token: 256 random bits, URL-safe base64 without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    /**
     * One answer: its status and headers and, for a GET of a file, the fetch to stream and then close.
     *
     * @param status  200, 404 or 405
     * @param headers what to send as they are; Content-Length included
     * @param fetch   the file for a GET or a HEAD; null for anything else
     * @param text    the body of an answer that is not a file
     */
    public record Answer(int status, Map<String, String> headers, MediaStore.Fetch fetch, String text) {
    }

    private final MediaStore store;
    private final String prefix;

    /**
     * @param store serves the files
     * @param path  the media path, e.g. {@code /whacenter/media}; a file's URL path is the path, a slash and its token
     */
    public MediaRequests(MediaStore store, String path) {
        this.store = store;
        this.prefix = path.endsWith("/") ? path : path + "/";
    }

    /**
     * @param method the request's method
     * @param path   the request's path or URI; a query is ignored
     */
    public Answer answer(String method, String path) throws IOException {
        boolean get = "GET".equals(method);
        if (!get && !"HEAD".equals(method)) {
            Map<String, String> headers = plainHeaders("Method not allowed");
            headers.put("Allow", "GET, HEAD");
            return new Answer(405, headers, null, "Method not allowed");
        }
        String token = tokenOf(path);
        Optional<MediaStore.Fetch> fetch = token != null
                ? store.open(token, get) : Optional.empty();
        if (fetch.isEmpty()) {
            return new Answer(404, plainHeaders("Not found"), null, "Not found");
        }
        PublishedMedia media = fetch.get().media();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", media.contentType());
        headers.put("Content-Length", Long.toString(media.size()));
        headers.put("Content-Disposition", contentDisposition(media.fileName()));
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        return new Answer(200, headers, fetch.get(), null);
    }

    /**
     * The token, the path's last segment, when the path ends with the media path and a well-formed token: a servlet
     * engine may put its context path before the media path.
     */
    private String tokenOf(String path) {
        if (path == null) {
            return null;
        }
        int query = path.indexOf('?');
        String bare = query < 0 ? path : path.substring(0, query);
        String token = bare.substring(bare.lastIndexOf('/') + 1);
        return TOKEN.matcher(token).matches() && bare.endsWith(prefix + token) ? token : null;
    }

    private static Map<String, String> plainHeaders(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "text/plain; charset=UTF-8");
        headers.put("Content-Length", Integer.toString(text.getBytes(StandardCharsets.UTF_8).length));
        headers.put("Cache-Control", "no-store");
        return headers;
    }

    /** RFC 6266: an ASCII fallback and the name itself, percent-encoded as UTF-8 (RFC 8187). */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
