package io.github.camelwhacenter.internal;

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
