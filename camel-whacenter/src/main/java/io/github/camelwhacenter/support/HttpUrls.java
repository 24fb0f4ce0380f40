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
package io.github.camelwhacenter.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the URLs the gateway is given: it fetches files and posts webhooks itself, so they must be absolute.
 */
public final class HttpUrls {

    private HttpUrls() {
    }

    /**
     * @throws IllegalArgumentException unless the text is an absolute http or https URL with a host
     */
    public static String requireAbsoluteHttpUrl(String text) {
        String url = text == null ? "" : text.strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below with the accepted form
        }
        throw new IllegalArgumentException(
                "'" + url + "' is not an absolute http(s) URL: give one like https://example.com/picture.jpg");
    }

    /** The path's segments, empty ones (a leading, trailing or doubled slash) left out. */
    public static List<String> pathSegments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }
}
