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

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as the simulator received it, faulted or not.
 *
 * @param method      the HTTP method, e.g. {@code POST}
 * @param path        the operation path without the {@code /api/} prefix, e.g. {@code send}; a request
 *                    outside {@code /api/} keeps its full path, e.g. {@code /favicon.ico}
 * @param fields      query parameters and form fields (urlencoded and multipart) merged, in the order
 *                    they arrived; a body field wins over a query parameter of the same name, and a
 *                    later duplicate wins over an earlier one, as PHP's {@code $_REQUEST} does. A
 *                    multipart file upload is recorded by its file name.
 * @param headers     request headers with lower-case names; repeated headers joined with {@code ", "}
 * @param contentType the request's {@code Content-Type} header, or {@code null} when it had none
 * @param receivedAt  when the request arrived
 */
public record RecordedRequest(String method,
                              String path,
                              Map<String, String> fields,
                              Map<String, String> headers,
                              String contentType,
                              Instant receivedAt) {

    /**
     * Copies the maps, keeping their order, so that a recorded request never changes after the fact.
     *
     * @param method      the HTTP method
     * @param path        the operation path
     * @param fields      query and form fields
     * @param headers     headers with lower-case names
     * @param contentType the Content-Type, or {@code null}
     * @param receivedAt  the arrival time
     */
    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(receivedAt, "receivedAt");
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /**
     * Returns one field's value.
     *
     * @param name the field name, e.g. {@code number}
     * @return the value, or {@code null} when the request did not carry it
     */
    public String field(String name) {
        return fields.get(name);
    }

    /**
     * Returns one header's value.
     *
     * @param name the header name in any case
     * @return the value, or {@code null} when the request did not carry it
     */
    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
