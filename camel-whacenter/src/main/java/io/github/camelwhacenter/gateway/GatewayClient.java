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

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.reactor.IOReactorStatus;
import org.apache.hc.core5.util.Timeout;

/**
 * One pool of keep-alive connections to the gateway on Apache HttpClient 5's async client: requests wait on I/O
 * reactor threads, not on a thread each.
 */
public final class GatewayClient implements Transport, AutoCloseable {

    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();
    private static final String ON_WIRE = GatewayClient.class.getName() + ".onWire";

    private final CloseableHttpAsyncClient client;
    private final int maxResponseBytes;

    private GatewayClient(CloseableHttpAsyncClient client, int maxResponseBytes) {
        this.client = client;
        this.maxResponseBytes = maxResponseBytes;
    }

    public static GatewayClient start(GatewayClientSettings settings) {
        PoolingAsyncClientConnectionManagerBuilder connections = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                        .setSocketTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                        .build());
        connections.setTlsStrategy(settings.sslContext() != null
                ? ClientTlsStrategyBuilder.create().setSslContext(settings.sslContext()).build()
                : new LazyDefaultTlsStrategy());
        HttpAsyncClientBuilder builder = HttpAsyncClients.custom()
                .setConnectionManager(connections.build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(settings.connectionRequestTimeoutMillis()))
                        .build())
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setSoTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                        .setIoThreadCount(settings.ioThreadCount())
                        .build())
                .setThreadFactory(ioThreadFactory())
                // request interceptors run once a connection is leased (and opened), as the head is about to be written
                .addRequestInterceptorLast((request, entity, context) -> {
                    if (context.getAttribute(ON_WIRE) instanceof Runnable onWire) {
                        onWire.run();
                    }
                })
                .disableCookieManagement()
                .disableAutomaticRetries()
                .disableRedirectHandling();
        disableContentCompression(builder);
        if (settings.proxyHost() != null) {
            HttpHost proxy = new HttpHost(settings.proxyHost(), settings.proxyPort() == null ? 8080 : settings.proxyPort());
            builder.setProxy(proxy);
            if (settings.proxyUsername() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(new AuthScope(proxy), new UsernamePasswordCredentials(
                        settings.proxyUsername(),
                        settings.proxyPassword() == null ? new char[0] : settings.proxyPassword().toCharArray()));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        CloseableHttpAsyncClient client = builder.build();
        client.start();
        return new GatewayClient(client, settings.maxResponseBytes());
    }

    /**
     * HttpClient 5.6 (the one Camel 4.22 ships) asks for compressed answers and inflates them itself by default,
     * leaving the Content-Encoding header on the inflated body: the gateway's answers are too small to gain from it,
     * and {@link AnswerParser#body} inflates, within maxResponseSize, what a gateway compresses unasked. Earlier
     * clients have neither the feature nor the switch, so the switch is looked up by name.
     */
    public static void disableContentCompression(HttpAsyncClientBuilder builder) {
        Method disable;
        try {
            disable = HttpAsyncClientBuilder.class.getMethod("disableContentCompression");
        } catch (NoSuchMethodException beforeHttpClient56) {
            return;
        }
        try {
            disable.invoke(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("HttpClient's content compression cannot be switched off", e);
        }
    }

    /** The callback runs on an I/O reactor thread. */
    @Override
    public Future<SimpleHttpResponse> execute(SimpleHttpRequest request, Runnable onWire,
                                              FutureCallback<SimpleHttpResponse> callback) {
        HttpClientContext context = HttpClientContext.create();
        if (onWire != null) {
            context.setAttribute(ON_WIRE, onWire);
        }
        return client.execute(SimpleRequestProducer.create(request), BoundedResponseConsumer.create(maxResponseBytes),
                context, callback);
    }

    /**
     * Whether the client still runs, or is still starting: an Error on an I/O thread shuts its reactor down for good.
     */
    public boolean isRunning() {
        IOReactorStatus status = client.getStatus();
        return status == IOReactorStatus.ACTIVE || status == IOReactorStatus.INACTIVE;
    }

    @Override
    public void close() throws IOException {
        client.close(CloseMode.GRACEFUL);
    }

    private static ThreadFactory ioThreadFactory() {
        int pool = POOL_NUMBER.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, "whacenter-gateway-io-" + pool + "-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
