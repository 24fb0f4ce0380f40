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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.camelwhacenter.simulator.SentMessage;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.SECOND_DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sends over a device's rate wait for their slot and leave in order; other devices and non-send calls are not slowed.
 */
class WhacenterSendRateLimitTest extends WhacenterTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("whacenter", WhacenterComponent.class).getConfiguration().setMinSendInterval(300);
        return context;
    }

    @Test
    void sendsOfOneDeviceAreSpacedAndKeepTheirOrderAcrossEndpoints() throws Exception {
        AsyncProducer first = context.getEndpoint("whacenter:send?number=6281111111111").createAsyncProducer();
        AsyncProducer second = context.getEndpoint("whacenter:send?number=6282222222222").createAsyncProducer();
        ServiceHelper.startService(first, second);
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("message " + i);
            // processed from this one thread, so the order of the calls is the order of the sends
            sends.add((i % 2 == 0 ? first : second).processAsync(exchange));
        }
        for (CompletableFuture<Exchange> send : sends) {
            assertNull(send.get().getException());
        }
        ServiceHelper.stopService(first, second);

        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(List.of("message 0", "message 1", "message 2", "message 3", "message 4", "message 5"),
                sent.stream().map(SentMessage::message).toList());
        assertPaced(start, 6, 300);
    }

    @Test
    void anotherDeviceAndStatusCallsAreNotHeldBack() throws Exception {
        // the first device's second send waits a minute for its turn: the calls below complete long before, unless held
        String paced = "whacenter:send?number=6281111111111&minSendInterval=60000";
        CompletableFuture<Exchange> first = template.asyncSend(paced, e -> e.getMessage().setBody("a"));
        CompletableFuture<Exchange> second = template.asyncSend(paced, e -> e.getMessage().setBody("b"));
        template.sendBodyAndHeader("whacenter:send?number=6281111111111", "other device", WhacenterConstants.DEVICE_ID, SECOND_DEVICE_ID);
        template.requestBody("whacenter:deviceStatus", (Object) null);

        assertEquals(1, simulator.sentMessages(SECOND_DEVICE_ID).size());
        assertEquals(1, simulator.requests("statusDevice").size());
        // the template hands the two over on threads of its own: either may go first, the other then waits a minute
        CompletableFuture.anyOf(first, second).get(10, TimeUnit.SECONDS);
        assertEquals(1, Stream.of(first, second).filter(CompletableFuture::isDone).count(),
                "one of the first device's sends still waits its turn");
        assertEquals(1, simulator.sentMessages(DEVICE_ID).size());
    }

    @Test
    void moreDevicesWaitingThanCamelsDefaultTaskQueueHoldsAreAllQueued() throws Exception {
        // Camel's default thread pool profile queues 1,000 tasks: one scheduled start per waiting device went over it
        int devices = 1_100;
        for (int device = 0; device < devices; device++) {
            simulator.addDevice(manyDeviceId(device), String.valueOf(6281300000000L + device), "device " + device);
        }
        ProducerTemplate caller = context.createProducerTemplate();
        // the caller hands each exchange to the producer itself, so a refused send has failed when asyncSend returns
        caller.setThreadedAsyncMode(false);
        String endpoint = "whacenter:send?number=6281111111111&minSendInterval=600000";
        List<CompletableFuture<Exchange>> firsts = new ArrayList<>();
        for (int device = 0; device < devices; device++) {
            firsts.add(caller.asyncSend(endpoint, withDevice(manyDeviceId(device), "first")));
        }
        for (CompletableFuture<Exchange> first : firsts) {
            assertNull(first.get(30, TimeUnit.SECONDS).getException());
        }

        List<CompletableFuture<Exchange>> seconds = new ArrayList<>();
        for (int device = 0; device < devices; device++) {
            seconds.add(caller.asyncSend(endpoint, withDevice(manyDeviceId(device), "second")));
        }

        List<Exception> refused = seconds.stream().filter(CompletableFuture::isDone)
                .map(second -> second.join().getException()).toList();
        assertEquals(0, refused.size(), () -> "each device's second send waits its own turn, but " + refused.size()
                                               + " were refused, e.g. " + refused.get(0).getMessage());
        context.stop();
        for (CompletableFuture<Exchange> second : seconds) {
            assertInstanceOf(WhacenterNotSentException.class, second.get(30, TimeUnit.SECONDS).getException());
        }
    }

    private static String manyDeviceId(int device) {
        return String.format(Locale.ROOT, "dev-many-%04d", device);
    }

    private static Processor withDevice(String deviceId, String text) {
        return exchange -> {
            exchange.getMessage().setBody(text);
            exchange.getMessage().setHeader(WhacenterConstants.DEVICE_ID, deviceId);
        };
    }
}
