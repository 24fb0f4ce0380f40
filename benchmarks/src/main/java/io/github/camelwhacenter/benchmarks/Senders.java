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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.gateway.GatewayRequests;
import io.github.camelwhacenter.gateway.AnswerParser;
import io.github.camelwhacenter.model.WhacenterMessageSent;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.core5.concurrent.FutureCallback;

/** The ways of sending the same message the probes compare, each usable blocking or without blocking. */
final class Senders {

    private Senders() {
    }

    interface Sender extends AutoCloseable {

        /** Sends one message without blocking; {@code done} gets {@code null} or the failure, on another thread. */
        void sendAsync(Consumer<Throwable> done);

        /** Sends one message and waits for the answer. */
        void sendAndWait() throws Exception;

        @Override
        void close() throws Exception;
    }

    /**
     * Through the component: a CamelContext's ProducerTemplate to a whacenter:send endpoint. {@code threadedAsync} is
     * the template's own mode: when true (Camel's default) asyncSend hands each exchange to the template's thread pool
     * before it reaches the producer; when false the calling thread hands it to the producer itself.
     */
    static Sender producer(WhacenterSimulator simulator, int maxConnections, boolean threadedAsync) throws Exception {
        return producer(simulator, maxConnections, threadedAsync, "");
    }

    /** As {@link #producer(WhacenterSimulator, int, boolean)}, with more endpoint options, e.g. {@code &formEncoding=URLENCODED}. */
    static Sender producer(WhacenterSimulator simulator, int maxConnections, boolean threadedAsync, String options)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.start();
        Endpoint endpoint = context.getEndpoint(Gateway.sendUri(simulator, maxConnections) + options);
        ProducerTemplate template = context.createProducerTemplate();
        template.setThreadedAsyncMode(threadedAsync);
        return new Sender() {
            @Override
            public void sendAsync(Consumer<Throwable> done) {
                template.asyncSend(endpoint, exchange -> {
                    exchange.getMessage().setBody(Gateway.MESSAGE);
                    exchange.getMessage().setHeader(WhacenterConstants.NUMBER, Gateway.RECIPIENT);
                }).whenComplete((exchange, failure) -> done.accept(failure != null ? failure : exchange.getException()));
            }

            @Override
            public void sendAndWait() {
                template.requestBodyAndHeader(endpoint, Gateway.MESSAGE, WhacenterConstants.NUMBER, Gateway.RECIPIENT,
                        WhacenterMessageSent.class);
            }

            @Override
            public void close() {
                context.stop();
            }
        };
    }

    /**
     * Through the component's producer without ProducerTemplate: an exchange handed to the endpoint's AsyncProducer,
     * the caller waiting on the callback. Blocking only.
     */
    static Sender producerWithoutTemplate(WhacenterSimulator simulator, int maxConnections) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.start();
        Endpoint endpoint = context.getEndpoint(Gateway.sendUri(simulator, maxConnections));
        AsyncProducer producer = endpoint.createAsyncProducer();
        ServiceHelper.startService(producer);
        return new Sender() {
            @Override
            public void sendAsync(Consumer<Throwable> done) {
                throw new UnsupportedOperationException("measured blocking only");
            }

            @Override
            public void sendAndWait() throws Exception {
                Exchange exchange = endpoint.createExchange();
                exchange.getMessage().setBody(Gateway.MESSAGE);
                exchange.getMessage().setHeader(WhacenterConstants.NUMBER, Gateway.RECIPIENT);
                CompletableFuture<Exchange> answered = new CompletableFuture<>();
                producer.process(exchange, doneSync -> answered.complete(exchange));
                if (answered.get().getException() != null) {
                    throw answered.get().getException();
                }
            }

            @Override
            public void close() {
                ServiceHelper.stopService(producer);
                context.stop();
            }
        };
    }

    /**
     * The raw client, building its request with the component's GatewayRequests.build and reading the answer with
     * AnswerParser.body and json: the component's own per-message steps without Camel. Blocking only.
     */
    static Sender rawWithComponentSteps(WhacenterSimulator simulator, int maxConnections) {
        RawGatewayClient client = new RawGatewayClient(simulator.baseUrl(), maxConnections);
        URI sendUri = GatewayRequests.target(simulator.baseUrl(), "send");
        return new Sender() {
            @Override
            public void sendAsync(Consumer<Throwable> done) {
                throw new UnsupportedOperationException("measured blocking only");
            }

            @Override
            public void sendAndWait() throws Exception {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("device_id", Gateway.DEVICE_ID);
                fields.put("number", Gateway.RECIPIENT);
                fields.put("message", Gateway.MESSAGE);
                SimpleHttpResponse response = client.execute(GatewayRequests.build(sendUri, true, true, fields), null)
                        .get();
                RawGatewayClient.bodyOf(response);
                if (!AnswerParser.json(AnswerParser.body(response, 1_048_576)).status()) {
                    throw new IllegalStateException("the gateway refused the message");
                }
            }

            @Override
            public void close() throws Exception {
                client.close();
            }
        };
    }

    /**
     * What users would otherwise write with Camel's own components: a route that builds the form (URL-encoded, each
     * field escaped), posts it with camel-http to the gateway's send URL, reads the answer with camel-jackson and
     * fails unless its {@code status} is true, the least it takes to know the message was accepted. camel-http's
     * client is blocking, so a caller that must not wait hands the exchange to a {@code threads} pool of
     * {@code maxConnections} threads first, one thread per send in flight.
     */
    static Sender camelHttp(WhacenterSimulator simulator, int maxConnections) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:camel-http").routeId("camel-http")
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/x-www-form-urlencoded; charset=UTF-8"))
                        .process(Senders::sendForm)
                        .to(simulator.baseUrl() + "/send?connectionsPerRoute=" + maxConnections + "&maxTotalConnections="
                            + maxConnections)
                        .unmarshal().json()
                        .process(Senders::requireAccepted);
                from("direct:camel-http-threads").routeId("camel-http-threads")
                        .threads(maxConnections, maxConnections)
                        .to("direct:camel-http");
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        template.setThreadedAsyncMode(false);
        return new Sender() {
            @Override
            public void sendAsync(Consumer<Throwable> done) {
                template.asyncSend("direct:camel-http-threads", exchange -> {
                    exchange.getMessage().setBody(Gateway.MESSAGE);
                    exchange.getMessage().setHeader(WhacenterConstants.NUMBER, Gateway.RECIPIENT);
                }).whenComplete((exchange, failure) -> done.accept(failure != null ? failure : exchange.getException()));
            }

            @Override
            public void sendAndWait() {
                template.requestBodyAndHeader("direct:camel-http", Gateway.MESSAGE, WhacenterConstants.NUMBER,
                        Gateway.RECIPIENT);
            }

            @Override
            public void close() {
                context.stop();
            }
        };
    }

    /** The send operation's form, as a user's processor would build it. */
    private static void sendForm(Exchange exchange) {
        Message message = exchange.getMessage();
        message.setBody("device_id=" + URLEncoder.encode(Gateway.DEVICE_ID, StandardCharsets.UTF_8)
                        + "&number=" + URLEncoder.encode(message.getHeader(WhacenterConstants.NUMBER, String.class),
                                StandardCharsets.UTF_8)
                        + "&message=" + URLEncoder.encode(message.getBody(String.class), StandardCharsets.UTF_8));
    }

    private static void requireAccepted(Exchange exchange) {
        Map<?, ?> answer = exchange.getMessage().getBody(Map.class);
        if (answer == null || !Boolean.TRUE.equals(answer.get("status"))) {
            throw new IllegalStateException("the gateway refused the message: " + answer);
        }
    }

    /** Directly with the raw HttpClient 5 async client, configured like the component's. */
    static Sender raw(WhacenterSimulator simulator, int maxConnections) {
        return raw(simulator, maxConnections, false);
    }

    /**
     * As {@link #raw}, also reading the answer's JSON into a tree (inflating it if compressed): the least a
     * caller must do to learn whether the gateway accepted the message.
     */
    static Sender rawDecoding(WhacenterSimulator simulator, int maxConnections) {
        return raw(simulator, maxConnections, true);
    }

    /**
     * Posts the gateway's webhook body to a Vert.x platform-http server with both webhook routes of
     * {@link WebhookBenchmark}: to the whacenter:webhook consumer, or to the raw route. Blocking only.
     */
    static Sender webhook(boolean consumer) throws Exception {
        WebhookBenchmark.ServerState server = new WebhookBenchmark.ServerState();
        server.start();
        return new Sender() {
            @Override
            public void sendAsync(Consumer<Throwable> done) {
                throw new UnsupportedOperationException("webhook posts are measured blocking only");
            }

            @Override
            public void sendAndWait() throws Exception {
                server.post(consumer ? server.webhook : server.raw);
            }

            @Override
            public void close() {
                server.stop();
            }
        };
    }

    private static Sender raw(WhacenterSimulator simulator, int maxConnections, boolean decode) {
        RawGatewayClient client = new RawGatewayClient(simulator.baseUrl(), maxConnections);
        return new Sender() {
            @Override
            public void sendAsync(Consumer<Throwable> done) {
                client.send(Gateway.DEVICE_ID, Gateway.RECIPIENT, Gateway.MESSAGE, new FutureCallback<>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        try {
                            byte[] body = RawGatewayClient.bodyOf(response);
                            if (decode) {
                                RawGatewayClient.decode(response, body);
                            }
                            done.accept(null);
                        } catch (RuntimeException | IOException e) {
                            done.accept(e);
                        }
                    }

                    @Override
                    public void failed(Exception cause) {
                        done.accept(cause);
                    }

                    @Override
                    public void cancelled() {
                        done.accept(new IllegalStateException("cancelled"));
                    }
                });
            }

            @Override
            public void sendAndWait() throws Exception {
                SimpleHttpResponse response = client.send(Gateway.DEVICE_ID, Gateway.RECIPIENT, Gateway.MESSAGE, null).get();
                byte[] body = RawGatewayClient.bodyOf(response);
                if (decode) {
                    RawGatewayClient.decode(response, body);
                }
            }

            @Override
            public void close() throws Exception {
                client.close();
            }
        };
    }
}
