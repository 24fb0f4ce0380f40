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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import io.github.camelwhacenter.support.HttpUrls;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.net.WWWFormCodec;

/**
 * Checks the webhook token where the registered URL carries it, and nowhere else: in the query parameter, or in the
 * {@code {name}} segment of the served path. The HTTP engine also copies request headers and form fields into Camel
 * headers of the same name; those are never taken for the token.
 */
public final class WebhookToken {

    private final byte[] expected;
    private final String parameter;
    /** The token's segment counted from the end of the served path, or -1 when it travels in the query. */
    private final int segmentFromEnd;

    /**
     * @param servedPath the path template the HTTP engine serves, e.g. {@code /whacenter/webhook/{token}}; null when
     *                   another component serves the path (camel-webhook), so the token travels in the query
     */
    public WebhookToken(String token, String parameter, String servedPath) {
        this.expected = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.parameter = parameter;
        List<String> template = servedPath == null ? List.of() : HttpUrls.pathSegments(servedPath);
        int index = template.indexOf("{" + parameter + "}");
        this.segmentFromEnd = index < 0 ? -1 : template.size() - 1 - index;
    }

    public boolean isRequired() {
        return expected != null;
    }

    /** The name of the query parameter or path segment, also the form field withheld from the route. */
    public String parameter() {
        return parameter;
    }

    /**
     * Whether the request may pass: no token is configured, or it carries the right one where the URL carries it.
     *
     * @param uri   the request's URI or path, as the HTTP engine has it
     * @param query the request's raw query
     */
    public boolean accepts(String uri, String query) {
        if (expected == null) {
            return true;
        }
        String given = segmentFromEnd >= 0 ? pathSegment(uri) : queryParameter(query);
        // compared in constant time: the comparison must not tell how much of a guess was right
        return given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }

    private String pathSegment(String uri) {
        if (uri == null) {
            return null;
        }
        int query = uri.indexOf('?');
        List<String> path = HttpUrls.pathSegments(query < 0 ? uri : uri.substring(0, query));
        int index = path.size() - 1 - segmentFromEnd;
        return index < 0 ? null : URLDecoder.decode(path.get(index), StandardCharsets.UTF_8);
    }

    private String queryParameter(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        String found = null;
        for (NameValuePair pair : WWWFormCodec.parse(query, StandardCharsets.UTF_8)) {
            if (pair.getName().equals(parameter)) {
                if (found != null) {
                    // two tokens: which one a proxy or the engine would take is anybody's guess
                    return null;
                }
                found = pair.getValue();
            }
        }
        return found;
    }
}
