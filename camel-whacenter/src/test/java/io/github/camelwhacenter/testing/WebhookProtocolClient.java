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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.H2AsyncClientBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.io.CloseMode;

/**
 * Posts to a webhook over one {@link WebhookProtocol}, as a gateway or a proxy in front of the application would: the
 * JDK's HttpClient for HTTP/1.1, the h2c upgrade and TLS with ALPN; HttpClient 5's HTTP/2 client for h2c with prior
 * knowledge (the JDK's client has none). One client per protocol, its connections reused across requests as a
 * proxy's are.
 */
public final class WebhookProtocolClient implements AutoCloseable {

    /** What came back: the status, the protocol it came over, and the body. */
    public record Answer(int status, String version, String body) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    /**
     * The oversized body a client that sends bodies whole sends instead: over the tests' bound, and within the
     * HTTP/2 flow-control window a server grants a stream before it reads (64 KiB), so that it is sent whole at once.
     */
    private static final int WHOLE_OVERSIZED_BODY = 16 * 1024;

    private final WebhookProtocol protocol;
    private final String baseUrl;
    private final HttpClient jdk;
    private final CloseableHttpAsyncClient h2;
    private final SSLContext sslContext;
    /** Whether the last answer came over HTTP/1.1: a body held back then waits for the server's 100 Continue. */
    private volatile boolean http1 = true;

    /**
     * @param baseUrl    scheme, host and port, e.g. {@code http://127.0.0.1:8080}
     * @param sslContext trusts the server's certificate, for {@link WebhookProtocol#TLS_ALPN}
     */
    public WebhookProtocolClient(WebhookProtocol protocol, String baseUrl, SSLContext sslContext) {
        this.protocol = protocol;
        this.baseUrl = baseUrl;
        this.sslContext = sslContext;
        if (protocol == WebhookProtocol.H2C_PRIOR_KNOWLEDGE) {
            this.jdk = null;
            this.h2 = H2AsyncClientBuilder.create().disableAutomaticRetries().build();
            this.h2.start();
        } else {
            HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .version(protocol == WebhookProtocol.HTTP_1_1 ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2);
            if (sslContext != null) {
                builder.sslContext(sslContext);
            }
            this.jdk = builder.build();
            this.h2 = null;
        }
    }

    public WebhookProtocol protocol() {
        return protocol;
    }

    public Answer post(String pathAndQuery, String contentType, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (h2 != null) {
            SimpleHttpRequest request = SimpleHttpRequest.create(Method.POST, URI.create(baseUrl + pathAndQuery));
            request.setBody(bytes, ContentType.parse(contentType));
            return remember(execute(SimpleRequestProducer.create(request)));
        }
        return remember(send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(TIMEOUT)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build()));
    }

    /**
     * Posts with {@code Expect: 100-continue} over HTTP/1.1, as clients that send large bodies do: the JDK's client sends
     * the body only once the server answered {@code 100 Continue}, and fails after the client's timeout otherwise.
     */
    public Answer postExpectingContinue(String pathAndQuery, String contentType, String body) throws Exception {
        if (protocol != WebhookProtocol.HTTP_1_1) {
            throw new IllegalStateException("Expect: 100-continue is checked over HTTP/1.1, not " + protocol);
        }
        return remember(send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(TIMEOUT).expectContinue(true)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    public Answer get(String pathAndQuery) throws Exception {
        if (h2 != null) {
            return remember(execute(SimpleRequestProducer.create(
                    SimpleHttpRequest.create(Method.GET, URI.create(baseUrl + pathAndQuery)))));
        }
        return remember(send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(TIMEOUT).GET().build()));
    }

    /** A file fetched: the status, the protocol it came over, the headers that say what it is, and its bytes. */
    public record Fetched(int status, String version, String contentType, String contentLength, String cacheControl,
                          byte[] body) {
    }

    /** A GET or HEAD answered with bytes, as a client fetching a published file sees it. */
    public Fetched fetch(String method, String pathAndQuery) throws Exception {
        URI uri = URI.create(baseUrl + pathAndQuery);
        if (h2 != null) {
            SimpleHttpResponse response = h2.execute(SimpleRequestProducer.create(SimpleHttpRequest.create(method, uri)),
                    SimpleResponseConsumer.create(), null).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            http1 = response.getVersion().getMajor() != 2;
            return new Fetched(response.getCode(), http1 ? "HTTP/1.1" : "HTTP/2", header(response, "Content-Type"),
                    header(response, "Content-Length"), header(response, "Cache-Control"),
                    response.getBodyBytes() == null ? new byte[0] : response.getBodyBytes());
        }
        HttpResponse<byte[]> response = jdk.sendAsync(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray())
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        http1 = response.version() != HttpClient.Version.HTTP_2;
        return new Fetched(response.statusCode(), http1 ? "HTTP/1.1" : "HTTP/2",
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Content-Length").orElse(null),
                response.headers().firstValue("Cache-Control").orElse(null), response.body());
    }

    private static String header(SimpleHttpResponse response, String name) {
        org.apache.hc.core5.http.Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    /**
     * Posts a body that declares {@code declaredLength} bytes and holds every byte of it back: the server must answer
     * from the declared length alone.
     */
    public Answer postDeclaredButWithheld(String pathAndQuery, long declaredLength) throws Exception {
        return postWithheld(pathAndQuery, declaredLength, 0);
    }

    /**
     * Posts {@code sentBytes} of a body that declares no length (chunked on HTTP/1.1, DATA frames on HTTP/2) and never
     * ends it: the server must answer once the body grows over its bound, without waiting for an end.
     */
    public Answer postUndeclaredAndEndless(String pathAndQuery, int sentBytes) throws Exception {
        return postWithheld(pathAndQuery, -1, sentBytes);
    }

    private Answer postWithheld(String pathAndQuery, long declaredLength, int sentBytes) throws Exception {
        byte[] first = "{\"message\":\"".concat("x".repeat(Math.max(0, sentBytes - 12))).getBytes(StandardCharsets.UTF_8);
        if (h2 != null) {
            SimpleHttpRequest head = SimpleHttpRequest.create(Method.POST, URI.create(baseUrl + pathAndQuery));
            if (declaredLength >= 0) {
                // HttpClient 5 declares no length on HTTP/2 by itself: the header is optional there
                head.setHeader("Content-Length", Long.toString(declaredLength));
            }
            return execute(new BasicRequestProducer(head, new SlowEntity(declaredLength, sentBytes == 0 ? new byte[0] : first)));
        }
        if (http1) {
            return postWithheldOverHttp1(pathAndQuery, declaredLength, sentBytes == 0 ? null : first);
        }
        // the JDK's HTTP/2 client reads no answer before it has sent the whole body: an oversized body goes whole
        byte[] whole = "x".repeat(WHOLE_OVERSIZED_BODY).getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(declaredLength > 0 ? HttpRequest.BodyPublishers.ofByteArray(whole)
                        : HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(whole)))
                .build());
    }

    /**
     * HTTP/1.1 over a plain socket (the JDK's client waits forever for a body it was told to hold back): the request
     * head, the first bytes if any, and then nothing; the answer is read as it comes.
     */
    private Answer postWithheldOverHttp1(String pathAndQuery, long declaredLength, byte[] first) throws IOException {
        URI uri = URI.create(baseUrl + pathAndQuery);
        try (Socket socket = "https".equals(uri.getScheme())
                ? sslContext.getSocketFactory().createSocket(uri.getHost(), uri.getPort())
                : new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            String head = "POST " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":"
                          + uri.getPort() + "\r\nContent-Type: application/json\r\n"
                          + (declaredLength >= 0 ? "Content-Length: " + declaredLength : "Transfer-Encoding: chunked")
                          + "\r\n\r\n";
            IOException writeFailed = null;
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                if (first != null) {
                    out.write((Integer.toHexString(first.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(first);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException e) {
                // a server that refuses a body answers and closes without reading the rest: a write still under way
                // then fails ("Broken pipe"), and the answer, which came before, is read as HTTP/1.1 clients do
                writeFailed = e;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status;
            try {
                status = in.readLine();
            } catch (IOException e) {
                if (writeFailed != null) {
                    e.addSuppressed(writeFailed);
                }
                throw e;
            }
            if (status == null) {
                IOException none = new IOException("the server closed the connection without an answer");
                if (writeFailed != null) {
                    none.addSuppressed(writeFailed);
                }
                throw none;
            }
            StringBuilder headers = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                headers.append(line.toLowerCase(java.util.Locale.ROOT)).append('\n');
            }
            return new Answer(Integer.parseInt(status.split(" ")[1]), "HTTP/1.1", headers.toString());
        }
    }

    private Answer send(HttpRequest request) throws InterruptedException, ExecutionException, TimeoutException {
        // bounded here too: the JDK's client does not time out a request waiting for 100 Continue
        HttpResponse<String> response = jdk.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        return new Answer(response.statusCode(), response.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1",
                response.body());
    }

    private Answer execute(org.apache.hc.core5.http.nio.AsyncRequestProducer request)
            throws InterruptedException, ExecutionException, TimeoutException {
        Future<SimpleHttpResponse> future = h2.execute(request, SimpleResponseConsumer.create(), null);
        SimpleHttpResponse response = future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        String version = response.getVersion().getMajor() == 2 ? "HTTP/2" : response.getVersion().format();
        return new Answer(response.getCode(), version, response.getBodyText());
    }

    private Answer remember(Answer answer) {
        http1 = "HTTP/1.1".equals(answer.version());
        return answer;
    }

    @Override
    public void close() {
        if (h2 != null) {
            h2.close(CloseMode.IMMEDIATE);
        }
        if (jdk instanceof AutoCloseable closeable) {
            // the JDK's client is closeable from Java 21 on
            try {
                closeable.close();
            } catch (Exception e) {
                // nothing left to release
            }
        }
    }
}
