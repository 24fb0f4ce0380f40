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
package io.github.camelwhacenter.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelwhacenter.gateway.LazyDefaultTlsStrategy;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The baseline: the same send request, byte for byte, made directly with HttpClient 5's async client configured as
 * the component configures its own (pool size, timeouts, no cookies, retries or redirects, I/O threads = cores). It
 * checks the status code and keeps the body's bytes, as the least a caller of the gateway must do.
 */
final class RawGatewayClient implements AutoCloseable {

    private static final ContentType TEXT = ContentType.create("text/plain", StandardCharsets.UTF_8);

    static final String THREAD_PREFIX = "raw-http-io-";
    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();
    private static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(10);
    private static final Timeout RESPONSE_TIMEOUT = Timeout.ofSeconds(30);

    private final CloseableHttpAsyncClient client;
    private final URI sendUri;

    RawGatewayClient(String baseUrl, int maxConnections) {
        this(baseUrl, maxConnections, false);
    }

    /**
     * @param lazyTls whether to set up TLS on the first https connection only, instead of when the client is built
     *                (HttpClient's default, which initialises the JVM's default SSLContext)
     */
    RawGatewayClient(String baseUrl, int maxConnections, boolean lazyTls) {
        int pool = POOL_NUMBER.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        PoolingAsyncClientConnectionManagerBuilder connections = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(CONNECT_TIMEOUT)
                        .setSocketTimeout(RESPONSE_TIMEOUT)
                        .build());
        if (lazyTls) {
            connections.setTlsStrategy(new LazyDefaultTlsStrategy());
        }
        client = HttpAsyncClients.custom()
                .setConnectionManager(connections.build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(RESPONSE_TIMEOUT).build())
                .setIOReactorConfig(IOReactorConfig.custom().setSoTimeout(RESPONSE_TIMEOUT).build())
                .setThreadFactory(runnable -> {
                    Thread thread = new Thread(runnable, THREAD_PREFIX + pool + "-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                })
                .disableCookieManagement()
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .build();
        client.start();
        sendUri = URI.create(baseUrl + "/send");
    }

    /** A send request as the component builds it by default, built directly: multipart/form-data, the same headers. */
    static SimpleHttpRequest sendRequest(URI sendUri, String deviceId, String number, String message) {
        // multipart/form-data, as the gateway's collection sends and the component does by default
        String boundary = "raw-" + UUID.randomUUID();
        HttpEntity form = MultipartEntityBuilder.create().setMode(HttpMultipartMode.LEGACY).setBoundary(boundary)
                .setCharset(StandardCharsets.UTF_8)
                .addTextBody("device_id", deviceId, TEXT)
                .addTextBody("number", number, TEXT)
                .addTextBody("message", message, TEXT)
                .build();
        ByteArrayOutputStream body = new ByteArrayOutputStream(512);
        try {
            form.writeTo(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return SimpleRequestBuilder.post(sendUri)
                .setBody(body.toByteArray(), ContentType.create("multipart/form-data",
                        new BasicNameValuePair("boundary", boundary)))
                // the component's headers, so that the simulator does the same work for both
                .setHeader(HttpHeaders.ACCEPT, "application/json, text/html;q=0.9, image/png;q=0.8, */*;q=0.1")
                .build();
    }

    /** Sends one message; the callback runs on an I/O thread. */
    Future<SimpleHttpResponse> send(String deviceId, String number, String message,
                                    FutureCallback<SimpleHttpResponse> callback) {
        SimpleHttpRequest request = sendRequest(sendUri, deviceId, number, message);
        return client.execute(SimpleRequestProducer.create(request), SimpleResponseConsumer.create(), callback);
    }

    /** Sends a request built elsewhere; the callback runs on an I/O thread. */
    Future<SimpleHttpResponse> execute(SimpleHttpRequest request, FutureCallback<SimpleHttpResponse> callback) {
        return client.execute(SimpleRequestProducer.create(request), SimpleResponseConsumer.create(), callback);
    }

    /** Sends one message and waits for the answer's bytes. */
    byte[] sendAndWait(String deviceId, String number, String message) throws InterruptedException, ExecutionException {
        return bodyOf(send(deviceId, number, message, null).get());
    }

    static byte[] bodyOf(SimpleHttpResponse response) {
        if (response.getCode() != 200) {
            throw new IllegalStateException("the gateway answered HTTP " + response.getCode());
        }
        return response.getBodyBytes();
    }

    /** Inflates the body if the answer is gzip-compressed and reads its JSON; fails unless {@code status} is true. */
    static JsonNode decode(SimpleHttpResponse response, byte[] body) throws IOException {
        Header encoding = response.getFirstHeader(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && encoding.getValue().contains("gzip")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        JsonNode answer = Json.MAPPER.readTree(body);
        if (!answer.path("status").asBoolean()) {
            throw new IllegalStateException("the gateway refused the message: " + answer);
        }
        return answer;
    }

    @Override
    public void close() throws IOException {
        client.close(CloseMode.GRACEFUL);
    }

    /** Loaded on first use only, so that starting a client does not load Jackson. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
