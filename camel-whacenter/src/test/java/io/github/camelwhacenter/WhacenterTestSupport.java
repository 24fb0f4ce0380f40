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
package io.github.camelwhacenter;

import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_IDS;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A CamelContext whose whacenter component points at a fresh gateway simulator on loopback (one per test, with the
 * devices of {@link WhacenterSimulatorExtension}), sending as its {@code DEVICE_ID}.
 */
abstract class WhacenterTestSupport extends CamelTestSupport {

    /** Every device id the tests use: none may appear in an exception text or a log line. */
    static final List<String> SECRETS = Stream.concat(DEVICE_IDS.stream(), Stream.of("unknown-device-31337")).toList();

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    protected WhacenterSimulator simulator;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        simulator = GATEWAY.simulator();
        CamelContext context = super.createCamelContext();
        WhacenterComponent component = new WhacenterComponent();
        component.getConfiguration().setDeviceId(DEVICE_ID);
        component.getConfiguration().setBaseUrl(simulator.baseUrl());
        component.getConfiguration().setResponseTimeout(5_000);
        context.addComponent("whacenter", component);
        return context;
    }

    private final Map<String, AsyncProducer> asyncProducers = new HashMap<>();

    /**
     * Sends an exchange without waiting for it, from this thread: unlike a ProducerTemplate's async calls, which hand
     * them to a pool, the exchanges enter the route in the order of the calls.
     */
    protected CompletableFuture<Exchange> sendAsync(String uri, Processor populate) throws Exception {
        AsyncProducer producer = asyncProducers.get(uri);
        if (producer == null) {
            producer = context.getEndpoint(uri).createAsyncProducer();
            ServiceHelper.startService(producer);
            asyncProducers.put(uri, producer);
        }
        Exchange exchange = new DefaultExchange(context);
        populate.process(exchange);
        return producer.processAsync(exchange);
    }

    /** Sends {@code text} to {@code number} through the test's {@code direct:send} route, as {@link #sendAsync}. */
    protected CompletableFuture<Exchange> sendText(String number, String text) throws Exception {
        return sendAsync("direct:send", exchange -> {
            exchange.getMessage().setHeader(WhacenterConstants.NUMBER, number);
            exchange.getMessage().setBody(text);
        });
    }

    @AfterEach
    void stopAsyncProducers() {
        asyncProducers.values().forEach(ServiceHelper::stopService);
        asyncProducers.clear();
    }

    /** Asserts the exchange failed with the given exception type and returns it. */
    static <T extends Exception> T failure(Exchange exchange, Class<T> type) {
        assertNotNull(exchange.getException(), "the exchange should have failed");
        return assertInstanceOf(type, exchange.getException());
    }

    /**
     * The pace of a device's sends as a test can observe it on any machine: from a clock read before the sends were
     * handed over to after the last one completed, at least (sends - 1) intervals passed, since each went on the wire
     * a full interval after the previous one. The rule itself is proven gap by gap on a fake clock
     * (DeviceSendQueueTest); the simulator's arrival stamps are not used for it, since a loaded machine stamps one
     * late and the next gap looks short by as much.
     */
    static void assertPaced(long startNanos, int sends, long intervalMillis) {
        long spanMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        assertTrue(spanMillis >= (sends - 1) * intervalMillis,
                sends + " sends " + intervalMillis + " ms apart took " + spanMillis + " ms");
    }
}
