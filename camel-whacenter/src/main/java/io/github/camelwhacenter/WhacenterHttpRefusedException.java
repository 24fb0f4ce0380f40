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

/**
 * The gateway answered an HTTP status that the same request would get again: 4xx other than 408 and 429 (a wrong
 * {@code baseUrl}, a proxy refusing credentials), or 3xx (redirects are not followed). Final: it is no
 * {@link WhacenterTransportException}, so the redelivery clause the README recommends does not repeat it.
 */
public class WhacenterHttpRefusedException extends WhacenterException implements WhacenterHttpStatusAware {

    private final Status status;

    public WhacenterHttpRefusedException(String operation, int statusCode, String responseSnippet) {
        super(operation, "the gateway refused the request with HTTP " + statusCode + hint(statusCode) + ": "
                         + responseSnippet, null);
        this.status = new Status(statusCode, responseSnippet);
    }

    private static String hint(int statusCode) {
        return switch (statusCode) {
            case 401, 403, 407 -> " (check deviceId and, behind a proxy, proxyAuthUsername and proxyAuthPassword)";
            case 404, 405 -> " (check baseUrl: the gateway's API root, e.g. https://app.whacenter.com/api)";
            case 301, 302, 303, 307, 308 -> " (redirects are not followed: set baseUrl to where it points)";
            default -> " (the same request would be refused again)";
        };
    }

    @Override
    public Status httpStatus() {
        return status;
    }
}
