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

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.io.CloseMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Incoming-message webhooks: each JMH thread posts the gateway's webhook body and waits for the answer, to the
 * whacenter:webhook consumer, or to a plain platform-http route that answers 200, both on the same Vert.x
 * platform-http server of one CamelContext. Both routes end in an empty processor.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class WebhookBenchmark {

    static final String WEBHOOK_PATH = "/whacenter/webhook";
    static final String RAW_PATH = "/raw";
    /** A body as the gateway posts it, with the fields seen on real deliveries. */
    static final byte[] BODY = ("{\"pushName\":\"Budi\",\"from\":\"087754446580\",\"to\":\"" + Gateway.DEVICE_NUMBER
                                + "\",\"message_type\":\"text\",\"message\":\"Is order 10443 on its way?\",\"media\":\"\","
                                + "\"is_group\":false,\"id_group\":\"\",\"timestamp\":\"2025-07-21 08:27:56\","
                                + "\"source\":\"WHACENTER\",\"ad_reply\":{\"source_type\":\"ad\",\"source_id\":\"1\"}}").getBytes(StandardCharsets.UTF_8);
    private static final String RECEIVED = "{\"status\":true,\"message\":\"received\"}";

    @State(Scope.Benchmark)
    public static class ServerState {
        CamelContext context;
        CloseableHttpAsyncClient client;
        URI webhook;
        URI raw;

        @Setup(Level.Trial)
        public void start() throws Exception {
            int port = freePort();
            VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
            server.setBindHost("127.0.0.1");
            server.setBindPort(port);
            context = new DefaultCamelContext();
            context.addService(new VertxPlatformHttpServer(server));
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("whacenter:webhook?webhookPath=" + WEBHOOK_PATH).routeId("whacenter-webhook")
                            .process(exchange -> {
                            });
                    from("platform-http:" + RAW_PATH + "?httpMethodRestrict=POST").routeId("raw")
                            .process(exchange -> {
                                exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
                                exchange.getMessage().setBody(RECEIVED);
                            });
                }
            });
            context.start();
            client = HttpAsyncClients.custom()
                    .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                            .setMaxConnTotal(256).setMaxConnPerRoute(256).build())
                    .disableCookieManagement()
                    .disableAutomaticRetries()
                    .build();
            client.start();
            webhook = URI.create("http://127.0.0.1:" + port + WEBHOOK_PATH);
            raw = URI.create("http://127.0.0.1:" + port + RAW_PATH);
            // fail the trial at once if either route does not answer 200
            post(webhook);
            post(raw);
        }

        String post(URI target) throws Exception {
            SimpleHttpRequest request = SimpleRequestBuilder.post(target)
                    .setBody(BODY, ContentType.APPLICATION_JSON)
                    .build();
            SimpleHttpResponse response = client.execute(SimpleRequestProducer.create(request),
                    SimpleResponseConsumer.create(), null).get();
            if (response.getCode() != 200) {
                throw new IllegalStateException(target + " answered HTTP " + response.getCode() + ": "
                                                + response.getBodyText());
            }
            return response.getBodyText();
        }

        @TearDown(Level.Trial)
        public void stop() {
            client.close(CloseMode.GRACEFUL);
            context.stop();
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }

    @Benchmark
    public String consumer(ServerState state) throws Exception {
        return state.post(state.webhook);
    }

    @Benchmark
    public String raw(ServerState state) throws Exception {
        return state.post(state.raw);
    }

    /** Raw route and consumer turn about, iteration by iteration (see {@link Turns}): what {@link BenchmarkMain} runs. */
    @Benchmark
    public String alternating(Turns turns, ServerState state) throws Exception {
        return state.post(turns.subject ? state.webhook : state.raw);
    }
}
