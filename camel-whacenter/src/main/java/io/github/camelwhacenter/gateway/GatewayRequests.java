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
package io.github.camelwhacenter.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.camelwhacenter.support.HttpUrls;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.net.URIBuilder;
import org.apache.hc.core5.net.WWWFormCodec;

/**
 * Builds the HTTP request of one gateway call from its fields, as form data or query parameters.
 */
public final class GatewayRequests {

    /*
     * No Accept-Encoding: the gateway's answers are a few hundred bytes of JSON, which gzip does not shrink, while
     * compressing and inflating them costs both ends CPU on every call. AnswerParser still inflates an answer
     * that comes compressed anyway.
     */
    /** What the form is: percent-encoded UTF-8 (HttpClient's constant declares ISO-8859-1). */
    private static final ContentType FORM = ContentType.create("application/x-www-form-urlencoded", StandardCharsets.UTF_8);
    private static final ContentType TEXT = ContentType.create("text/plain", StandardCharsets.UTF_8);
    private static final String ACCEPT = "application/json, text/html;q=0.9, image/png;q=0.8, */*;q=0.1";

    private GatewayRequests() {
    }

    /**
     * The URI of one gateway operation, resolved once per endpoint rather than on every call.
     *
     * @param baseUrl the gateway's API root as {@link HttpUrls#requireAbsoluteHttpUrl(String)} returns it, with or
     *                without a trailing slash
     * @param path    the operation's path below it
     * @throws IllegalArgumentException when the result is no valid URI
     */
    public static URI target(String baseUrl, String path) {
        try {
            return new URI((baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + path);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getMessage(), e);
        }
    }

    /**
     * @param target    the operation's URI, from {@link #target(String, String)}
     * @param post      true for a POST body, false for GET query parameters
     * @param multipart with post: multipart/form-data rather than an urlencoded form
     * @param fields    the gateway's field names and values, in wire order
     */
    public static SimpleHttpRequest build(URI target, boolean post, boolean multipart, Map<String, String> fields) {
        if (post && multipart) {
            String boundary = "whacenter-" + UUID.randomUUID();
            HttpEntity entity = multipartBody(fields, boundary);
            ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.max(entity.getContentLength(), 256));
            try {
                entity.writeTo(body);
            } catch (IOException e) {
                // written to memory: cannot fail
                throw new UncheckedIOException(e);
            }
            return SimpleRequestBuilder.post(target)
                    // no charset parameter: multipart/form-data has none (RFC 7578), and HttpClient's would say ISO-8859-1
                    .setBody(body.toByteArray(), ContentType.create("multipart/form-data",
                            new BasicNameValuePair("boundary", boundary)))
                    .setHeader(HttpHeaders.ACCEPT, ACCEPT)
                    .build();
        }
        return build(target, post, fields);
    }

    /**
     * @param target the operation's URI, from {@link #target(String, String)}
     * @param post   true for an urlencoded POST body, false for GET query parameters
     * @param fields the gateway's field names and values, in wire order
     */
    public static SimpleHttpRequest build(URI target, boolean post, Map<String, String> fields) {
        List<NameValuePair> pairs = new ArrayList<>(fields.size());
        for (Map.Entry<String, String> field : fields.entrySet()) {
            pairs.add(new BasicNameValuePair(field.getKey(), field.getValue()));
        }
        SimpleRequestBuilder builder;
        if (post) {
            builder = SimpleRequestBuilder.post(target)
                    .setBody(WWWFormCodec.format(pairs, StandardCharsets.UTF_8), FORM);
        } else {
            try {
                builder = SimpleRequestBuilder.get(new URIBuilder(target, StandardCharsets.UTF_8).addParameters(pairs).build());
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getMessage(), e);
            }
        }
        return builder.setHeader(HttpHeaders.ACCEPT, ACCEPT).build();
    }

    /**
     * The fields as multipart/form-data, each a part with only its name, as a browser or Postman sends a text field;
     * the values in UTF-8.
     */
    private static HttpEntity multipartBody(Map<String, String> fields, String boundary) {
        MultipartEntityBuilder parts = MultipartEntityBuilder.create()
                .setMode(HttpMultipartMode.LEGACY)
                .setBoundary(boundary)
                .setCharset(StandardCharsets.UTF_8);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            parts.addTextBody(field.getKey(), field.getValue(), TEXT);
        }
        return parts.build();
    }
}
