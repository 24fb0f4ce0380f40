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
package io.github.camelwhacenter;

import java.util.Locale;

import org.apache.camel.spi.HttpResponseAware;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;

/**
 * The gateway answered an HTTP status that the same request would get again: 4xx other than 408 and 429 (a wrong
 * {@code baseUrl}, a proxy refusing credentials), or 3xx (redirects are not followed). Final: it is no
 * {@link WhacenterTransportException}, so the redelivery clause the README recommends does not repeat it.
 */
public class WhacenterHttpRefusedException extends WhacenterException implements HttpResponseAware {

    private int statusCode;
    private String statusText;
    private final String responseSnippet;

    public WhacenterHttpRefusedException(String operation, int statusCode, String responseSnippet) {
        super(operation, "the gateway refused the request with HTTP " + statusCode + hint(statusCode) + ": "
                         + responseSnippet, null);
        this.statusCode = statusCode;
        this.statusText = EnglishReasonPhraseCatalog.INSTANCE.getReason(statusCode, Locale.ENGLISH);
        this.responseSnippet = responseSnippet;
    }

    private static String hint(int statusCode) {
        return switch (statusCode) {
            case 401, 403, 407 -> " (check deviceId and, behind a proxy, proxyAuthUsername and proxyAuthPassword)";
            case 404, 405 -> " (check baseUrl: the gateway's API root, e.g. https://app.whacenter.com/api)";
            case 301, 302, 303, 307, 308 -> " (redirects are not followed: set baseUrl to where it points)";
            default -> " (the same request would be refused again)";
        };
    }

    public int getStatusCode() {
        return statusCode;
    }

    /** The same as {@link #getStatusCode()}: Camel's health checks report it as {@code http.response.code}. */
    @Override
    public int getHttpResponseCode() {
        return statusCode;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.statusCode = code;
    }

    /** The standard reason phrase of the status, e.g. {@code Service Unavailable}. */
    @Override
    public String getHttpResponseStatus() {
        return statusText;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.statusText = status;
    }

    /** The start of the answer's body, shortened and with secrets masked. */
    public String getResponseSnippet() {
        return responseSnippet;
    }
}
