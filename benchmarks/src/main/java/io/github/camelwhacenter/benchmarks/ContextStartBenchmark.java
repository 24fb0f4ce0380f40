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

import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the component adds to a CamelContext start: create, add one route, start; a route to a whacenter:send
 * endpoint (which opens its connection pool and I/O threads, but sends nothing) against the same route to a log
 * endpoint; and, to tell the HTTP library's share from the component's, the log route plus an HttpClient 5 async
 * client built and started as the component builds its own, with HttpClient's default TLS set-up or a lazy one.
 * {@link BenchmarkMain} runs it cold (each start the first of a fresh JVM, several forks) and warm (many
 * starts in one JVM).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class ContextStartBenchmark {

    /** Nothing listens there: starting the endpoint does not connect. */
    private static final String GATEWAY = "http://127.0.0.1:9/api";

    private CamelContext context;
    private RawGatewayClient client;

    @Benchmark
    public CamelContext whacenterRoute() throws Exception {
        return start(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to("whacenter:send?deviceId=" + Gateway.DEVICE_ID + "&baseUrl=" + GATEWAY);
            }
        });
    }

    @Benchmark
    public CamelContext directLogRoute() throws Exception {
        return start(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to("log:out");
            }
        });
    }

    /** The log route, plus what the component builds at start done by hand: the HttpClient 5 async client, started. */
    @Benchmark
    public CamelContext directLogRouteAndRawClient() throws Exception {
        CamelContext started = directLogRoute();
        client = new RawGatewayClient(GATEWAY, 20);
        return started;
    }

    /** As {@link #directLogRouteAndRawClient()}, with TLS set up on the first https connection instead of at build. */
    @Benchmark
    public CamelContext directLogRouteAndRawClientLazyTls() throws Exception {
        CamelContext started = directLogRoute();
        client = new RawGatewayClient(GATEWAY, 20, true);
        return started;
    }

    private CamelContext start(RouteBuilder routes) throws Exception {
        context = new DefaultCamelContext();
        context.addRoutes(routes);
        context.start();
        return context;
    }

    @TearDown(Level.Invocation)
    public void stop() throws Exception {
        if (client != null) {
            client.close();
            client = null;
        }
        if (context != null) {
            context.stop();
            context = null;
        }
    }
}
