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

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.model.WhacenterMessageSent;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.service.ServiceHelper;
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
 * One WhatsApp send per operation, each JMH thread a caller that sends and waits for the answer: through the
 * component's producer ({@code ProducerTemplate.requestBodyAndHeader} on a {@code whacenter:send} endpoint) and
 * with the raw HttpClient 5 async client, against the simulator on loopback, same pool size.
 * {@link BenchmarkMain} runs {@link #alternating} at 1, 16 and 64 threads, in throughput and sample-time modes.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class SendBenchmark {

    /** The simulated gateway, shared by the callers of one fork. */
    @State(Scope.Benchmark)
    public static class GatewayState {
        WhacenterSimulator simulator;

        @Setup(Level.Trial)
        public void start() {
            simulator = Gateway.start();
        }

        @TearDown(Level.Trial)
        public void stop() {
            simulator.close();
        }
    }

    /** A CamelContext whose template sends to a whacenter:send endpoint. */
    @State(Scope.Benchmark)
    public static class ProducerState {
        /** The component's maxConnections, and the raw client's pool size. 20 is the component's default. */
        @Param("20")
        int maxConnections;

        CamelContext context;
        ProducerTemplate template;
        Endpoint endpoint;
        AsyncProducer producer;

        @Setup(Level.Trial)
        public void start(GatewayState gateway) throws Exception {
            context = new DefaultCamelContext();
            context.start();
            endpoint = context.getEndpoint(Gateway.sendUri(gateway.simulator, maxConnections));
            template = context.createProducerTemplate();
            producer = endpoint.createAsyncProducer();
            ServiceHelper.startService(producer);
            // fails the trial at once if the component and the simulator do not agree
            send();
        }

        WhacenterMessageSent send() {
            WhacenterMessageSent sent = template.requestBodyAndHeader(endpoint, Gateway.MESSAGE, WhacenterConstants.NUMBER,
                    Gateway.RECIPIENT, WhacenterMessageSent.class);
            if (sent == null) {
                throw new IllegalStateException("no result");
            }
            return sent;
        }

        /** The same send handed to the endpoint's AsyncProducer directly, without ProducerTemplate. */
        Exchange sendWithoutTemplate() throws Exception {
            Exchange exchange = endpoint.createExchange();
            exchange.getMessage().setBody(Gateway.MESSAGE);
            exchange.getMessage().setHeader(WhacenterConstants.NUMBER, Gateway.RECIPIENT);
            CompletableFuture<Exchange> answered = new CompletableFuture<>();
            producer.process(exchange, doneSync -> answered.complete(exchange));
            answered.get();
            if (exchange.getException() != null) {
                throw exchange.getException();
            }
            return exchange;
        }

        @TearDown(Level.Trial)
        public void stop() {
            ServiceHelper.stopService(producer);
            context.stop();
        }
    }

    /** The raw client, configured like the component's. */
    @State(Scope.Benchmark)
    public static class RawState {
        @Param("20")
        int maxConnections;

        RawGatewayClient client;

        @Setup(Level.Trial)
        public void start(GatewayState gateway) throws Exception {
            client = new RawGatewayClient(gateway.simulator.baseUrl(), maxConnections);
            send();
        }

        byte[] send() throws Exception {
            return client.sendAndWait(Gateway.DEVICE_ID, Gateway.RECIPIENT, Gateway.MESSAGE);
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            client.close();
        }
    }

    @Benchmark
    public WhacenterMessageSent producer(ProducerState state) {
        return state.send();
    }

    @Benchmark
    public byte[] raw(RawState state) throws Exception {
        return state.send();
    }

    /**
     * Raw and the producer without ProducerTemplate turn about: tells the template's share of the producer's figure.
     */
    @Benchmark
    public Object alternatingWithoutTemplate(Turns turns, ProducerState producer, RawState raw) throws Exception {
        return turns.subject ? producer.sendWithoutTemplate() : raw.send();
    }

    /** Raw and producer turn about, iteration by iteration (see {@link Turns}): what {@link BenchmarkMain} runs. */
    @Benchmark
    public Object alternating(Turns turns, ProducerState producer, RawState raw) throws Exception {
        return turns.subject ? producer.send() : raw.send();
    }
}
