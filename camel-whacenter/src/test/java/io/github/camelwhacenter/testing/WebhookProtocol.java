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
package io.github.camelwhacenter.testing;

/**
 * The ways a client can reach a webhook over HTTP, as the matrix tests try each: what a gateway, proxy or load
 * balancer in front of the application may speak to it.
 */
public enum WebhookProtocol {

    /** HTTP/1.1 on a clear-text connection. */
    HTTP_1_1("http"),
    /** HTTP/2 clear text, reached by an HTTP/1.1 {@code Upgrade: h2c}, as the JDK's HttpClient offers on http:// URLs. */
    H2C_UPGRADE("http"),
    /** HTTP/2 clear text from the first byte (prior knowledge), as h2c upstreams of proxies speak it. */
    H2C_PRIOR_KNOWLEDGE("http"),
    /** TLS, offering h2 and http/1.1 by ALPN: HTTP/2 where the server takes it, HTTP/1.1 where it does not. */
    TLS_ALPN("https");

    private final String scheme;

    WebhookProtocol(String scheme) {
        this.scheme = scheme;
    }

    public String scheme() {
        return scheme;
    }
}
