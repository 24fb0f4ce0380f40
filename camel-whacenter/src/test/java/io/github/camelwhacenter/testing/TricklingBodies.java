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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.testing.WebhookProtocolClient.Answer;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.H2AsyncClientBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests whose bodies trickle in, as a slow network path, a buffering proxy or a deliberate attacker sends them: each
 * declares a length and sends one byte of it with its head, and one more every interval, never the whole; or, stalled,
 * sends its head and nothing more. Each on a connection of its own: over HTTP/1.1 a plain socket, over HTTP/2 with
 * prior knowledge an HttpClient 5 client (a server may end a whole HTTP/2 connection whose client resets several
 * streams, as Tomcat does against rapid resets, so that one connection's streams would not end independently). Each request's end is kept, an answer or the
 * failure that ended it, with the time it came, counted from when its head was sent.
 */
public final class TricklingBodies implements AutoCloseable {

    /** How a trickling request ended, an answer or a failure (the connection or stream closed without one), and when. */
    public record Ended(Answer answer, Throwable failure, long afterMillis) {
    }

    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService readers = Executors.newCachedThreadPool();
    private final List<Socket> sockets = new ArrayList<>();
    private final List<CompletableFuture<Ended>> answers = new ArrayList<>();
    private final List<CloseableHttpAsyncClient> h2 = new ArrayList<>();

    private TricklingBodies() {
    }

    /**
     * Opens {@code count} requests to {@code baseUrl + pathAndQuery}, each declaring {@code declaredLength} bytes, and
     * trickles one byte to each every {@code intervalMillis}.
     */
    public static TricklingBodies open(WebhookProtocol protocol, String baseUrl, String pathAndQuery, int count,
                                       int declaredLength, long intervalMillis) throws IOException {
        TricklingBodies bodies = new TricklingBodies();
        try {
            URI uri = URI.create(baseUrl + pathAndQuery);
            if (protocol == WebhookProtocol.H2C_PRIOR_KNOWLEDGE) {
                bodies.openHttp2(uri, count, declaredLength, intervalMillis);
            } else if (protocol == WebhookProtocol.HTTP_1_1) {
                for (int i = 0; i < count; i++) {
                    bodies.openHttp1(uri, declaredLength, intervalMillis);
                }
            } else {
                throw new IllegalArgumentException("trickles over HTTP/1.1 or h2c with prior knowledge, not " + protocol);
            }
        } catch (IOException | RuntimeException e) {
            bodies.close();
            throw e;
        }
        return bodies;
    }

    /** How many requests have an answer by now. */
    public long answered() {
        return answers.stream().filter(CompletableFuture::isDone).count();
    }

    /**
     * Opens {@code count} requests that declare {@code declaredLength} bytes and send none of them: bodies that stall
     * after the head.
     */
    public static TricklingBodies stalled(WebhookProtocol protocol, String baseUrl, String pathAndQuery, int count,
                                          int declaredLength) throws IOException {
        return open(protocol, baseUrl, pathAndQuery, count, declaredLength, 0);
    }

    /** How every request ended, waiting up to {@code timeoutMillis} for all of them. */
    public List<Ended> awaitAll(long timeoutMillis) throws Exception {
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(timeoutMillis, TimeUnit.MILLISECONDS);
        List<Ended> ended = new ArrayList<>();
        for (CompletableFuture<Ended> answer : answers) {
            ended.add(answer.get());
        }
        return ended;
    }

    /**
     * Waits for every request to end and asserts each was answered {@code status}, no sooner than {@code notBeforeMillis}
     * after its head was sent.
     *
     * @return how they ended
     */
    public List<Ended> assertEachAnswered(int status, long notBeforeMillis, long timeoutMillis) throws Exception {
        List<Ended> ended = awaitAll(timeoutMillis);
        for (Ended end : ended) {
            assertNotNull(end.answer(), () -> "a slow body ended without an answer: " + end);
            assertEquals(status, end.answer().status(), () -> "a slow body: " + end);
            assertTrue(end.afterMillis() >= notBeforeMillis, () -> "a slow body was answered too soon: " + end);
        }
        return ended;
    }

    private void openHttp1(URI uri, int declaredLength, long intervalMillis) throws IOException {
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        sockets.add(socket);
        socket.setSoTimeout(120_000);
        String head = "POST " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":"
                      + uri.getPort() + "\r\nContent-Type: application/json\r\nContent-Length: " + declaredLength + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        // taken before the head goes: the time to an answer is never counted short
        long sentAt = System.nanoTime();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        if (intervalMillis > 0) {
            out.write('x');
        }
        out.flush();
        int[] sent = { 1 };
        answers.add(CompletableFuture.supplyAsync(() -> {
            try {
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                String status = in.readLine();
                if (status == null) {
                    return new Ended(null, new IOException("the server closed the connection without an answer"),
                            since(sentAt));
                }
                return new Ended(new Answer(Integer.parseInt(status.split(" ")[1]), "HTTP/1.1", status), null, since(sentAt));
            } catch (IOException e) {
                return new Ended(null, e, since(sentAt));
            }
        }, readers));
        if (intervalMillis <= 0) {
            return;
        }
        ticks.scheduleWithFixedDelay(() -> {
            if (sent[0] < declaredLength - 1 && !socket.isClosed()) {
                try {
                    out.write('x');
                    out.flush();
                    sent[0]++;
                } catch (IOException e) {
                    // the server closed the connection: the answer, if any, is read below
                }
            }
        }, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void openHttp2(URI uri, int count, int declaredLength, long intervalMillis) {
        for (int i = 0; i < count; i++) {
            CloseableHttpAsyncClient client = H2AsyncClientBuilder.create().disableAutomaticRetries()
                    .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(1).build()).build();
            h2.add(client);
            client.start();
            SimpleHttpRequest head = SimpleHttpRequest.create(Method.POST, uri);
            head.setHeader("Content-Length", Integer.toString(declaredLength));
            SlowEntity body = new SlowEntity(declaredLength, intervalMillis > 0 ? new byte[] { 'x' } : new byte[0]);
            if (intervalMillis > 0) {
                ticks.scheduleWithFixedDelay(body::tick, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
            }
            CompletableFuture<Ended> answer = new CompletableFuture<>();
            long sentAt = System.nanoTime();
            client.execute(new BasicRequestProducer(head, body), SimpleResponseConsumer.create(),
                    new FutureCallback<SimpleHttpResponse>() {
                        @Override
                        public void completed(SimpleHttpResponse response) {
                            answer.complete(new Ended(new Answer(response.getCode(), "HTTP/2", response.getBodyText()),
                                    null, since(sentAt)));
                        }

                        @Override
                        public void failed(Exception cause) {
                            answer.complete(new Ended(null, cause, since(sentAt)));
                        }

                        @Override
                        public void cancelled() {
                            answer.cancel(false);
                        }
                    });
            answers.add(answer);
        }
    }

    private static long since(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }

    @Override
    public void close() {
        ticks.shutdownNow();
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // closed already
            }
        }
        readers.shutdownNow();
        for (CloseableHttpAsyncClient client : h2) {
            client.close(CloseMode.IMMEDIATE);
        }
    }
}
