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
import java.net.URI;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.gateway.JsonAnswer;
import io.github.camelwhacenter.gateway.GatewayRequests;
import io.github.camelwhacenter.gateway.AnswerParser;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.webhook.IncomingMessages;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.core5.http.HttpHeaders;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CPU-only steps of one send and one webhook post, in isolation, one thread: where the component's time per
 * message goes. The answers are real ones, taken from the simulator once at set-up. {@link BenchmarkMain} runs it
 * with JMH's GC profiler, for the bytes each step allocates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class StepsBenchmark {

    private URI sendUri;
    private URI componentSendUri;
    private Map<String, String> fields;
    private SimpleHttpResponse gzipAnswer;
    private SimpleHttpResponse plainAnswer;
    private byte[] answerJson;
    private ZoneId jakarta;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        try (WhacenterSimulator simulator = Gateway.start();
             RawGatewayClient client = new RawGatewayClient(simulator.baseUrl(), 1)) {
            sendUri = URI.create(simulator.baseUrl() + "/send");
            componentSendUri = GatewayRequests.target(simulator.baseUrl(), "send");
            plainAnswer = client.send(Gateway.DEVICE_ID, Gateway.RECIPIENT, Gateway.MESSAGE, null).get();
            simulator.setGzipUnasked(true);
            gzipAnswer = client.send(Gateway.DEVICE_ID, Gateway.RECIPIENT, Gateway.MESSAGE, null).get();
        }
        if (gzipAnswer.getFirstHeader(HttpHeaders.CONTENT_ENCODING) == null
                || plainAnswer.getFirstHeader(HttpHeaders.CONTENT_ENCODING) != null) {
            throw new IllegalStateException("the simulator's answers are not compressed as set");
        }
        answerJson = AnswerParser.body(plainAnswer, 1_048_576);
        fields = new LinkedHashMap<>();
        fields.put("device_id", Gateway.DEVICE_ID);
        fields.put("number", Gateway.RECIPIENT);
        fields.put("message", Gateway.MESSAGE);
        jakarta = ZoneId.of("Asia/Jakarta");
    }

    /** The component's request: GatewayRequests.build, as WhacenterProducer.process calls it (URI resolved at start). */
    @Benchmark
    public SimpleHttpRequest requestComponent() {
        return GatewayRequests.build(componentSendUri, true, true, fields);
    }

    /** The same request as the raw client builds it: URI parsed once, multipart/form-data, the same headers. */
    @Benchmark
    public SimpleHttpRequest requestRaw() {
        return RawGatewayClient.sendRequest(sendUri, Gateway.DEVICE_ID, Gateway.RECIPIENT, Gateway.MESSAGE);
    }

    /** AnswerParser.body on a gzip-compressed answer, which the component no longer asks for (a proxy may send one). */
    @Benchmark
    public byte[] answerBodyGzip() throws IOException {
        return AnswerParser.body(gzipAnswer, 1_048_576);
    }

    /** AnswerParser.body on the answer as the gateway sends it to the component: uncompressed. */
    @Benchmark
    public byte[] answerBodyPlain() throws IOException {
        return AnswerParser.body(plainAnswer, 1_048_576);
    }

    /** AnswerParser.json: the answer's JSON read into status, message and data. */
    @Benchmark
    public JsonAnswer answerJson() {
        return AnswerParser.json(answerJson);
    }

    /** IncomingMessages.parse: a webhook body into a WhacenterIncomingMessage, as WebhookHandler.process calls it. */
    @Benchmark
    public WhacenterIncomingMessage webhookParse() {
        return IncomingMessages.parse(WebhookBenchmark.BODY, "application/json", jakarta);
    }
}
