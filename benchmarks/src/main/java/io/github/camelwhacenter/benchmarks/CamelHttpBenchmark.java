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

import io.github.camelwhacenter.benchmarks.Senders.Sender;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One WhatsApp send per operation, each JMH thread a caller that sends and waits: through the component, or through
 * what users would write without it, a camel-http route posting the form to the gateway's send URL and reading the
 * answer with camel-jackson ({@link Senders#camelHttp}). Same pool size, against the simulator on loopback.
 * {@link BenchmarkMain} runs {@link #alternating} at 1, 16 and 64 threads, for both of the component's form encodings.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class CamelHttpBenchmark {

    /** A CamelContext with the camel-http route. */
    @State(Scope.Benchmark)
    public static class CamelHttpState {
        /** camel-http's connectionsPerRoute and maxTotalConnections, and the component's maxConnections. */
        @Param("20")
        int maxConnections;

        Sender sender;

        @Setup(Level.Trial)
        public void start(SendBenchmark.GatewayState gateway) throws Exception {
            sender = Senders.camelHttp(gateway.simulator, maxConnections);
            // fails the trial at once if the route and the simulator do not agree
            sender.sendAndWait();
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            sender.close();
        }
    }

    /** A CamelContext whose template sends to a whacenter:send endpoint with the given form encoding. */
    @State(Scope.Benchmark)
    public static class ComponentState {
        @Param("20")
        int maxConnections;

        /** URLENCODED puts the same request on the wire as the camel-http route; MULTIPART is the default. */
        @Param({ "URLENCODED", "MULTIPART" })
        String formEncoding;

        Sender sender;

        @Setup(Level.Trial)
        public void start(SendBenchmark.GatewayState gateway) throws Exception {
            sender = Senders.producer(gateway.simulator, maxConnections, false, "&formEncoding=" + formEncoding);
            sender.sendAndWait();
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            sender.close();
        }
    }

    @Benchmark
    public void camelHttp(CamelHttpState state) throws Exception {
        state.sender.sendAndWait();
    }

    @Benchmark
    public void component(ComponentState state) throws Exception {
        state.sender.sendAndWait();
    }

    /** camel-http and the component turn about, iteration by iteration (see {@link Turns}): what {@link BenchmarkMain} runs. */
    @Benchmark
    public void alternating(Turns turns, CamelHttpState camelHttp, ComponentState component) throws Exception {
        (turns.subject ? component.sender : camelHttp.sender).sendAndWait();
    }
}
