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

import javax.net.ssl.SSLContext;

/**
 * What a connection pool to the gateway is made of. Endpoints with equal settings share one pool.
 */
public record GatewayClientSettings(
        long connectTimeoutMillis,
        long responseTimeoutMillis,
        long connectionRequestTimeoutMillis,
        int maxConnections,
        int maxResponseBytes,
        String proxyHost,
        Integer proxyPort,
        String proxyUsername,
        String proxyPassword,
        SSLContext sslContext,
        int ioThreadCount) {

    @Override
    public String toString() {
        // the proxy password stays out of logs
        return "GatewayClientSettings[connectTimeout=" + connectTimeoutMillis + "ms, responseTimeout="
               + responseTimeoutMillis + "ms, connectionRequestTimeout=" + connectionRequestTimeoutMillis
               + "ms, maxConnections=" + maxConnections + ", proxy="
               + (proxyHost == null ? "none" : proxyHost + ":" + proxyPort) + ", tls="
               + (sslContext == null ? "default" : "sslContextParameters") + ", ioThreads=" + ioThreadCount + "]";
    }
}
