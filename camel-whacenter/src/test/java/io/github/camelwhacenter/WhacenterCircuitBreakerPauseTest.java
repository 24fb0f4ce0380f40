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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.simulator.SentMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The circuit breaker in PAUSE mode over real HTTP to the simulator: sends wait while the device is down, go in order
 * once it is back, and fail typed when the context stops first.
 */
class WhacenterCircuitBreakerPauseTest extends CircuitBreakerTestSupport {

    @Override
    WhacenterCircuitBreaker circuitBreakerMode() {
        return WhacenterCircuitBreaker.PAUSE;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // paced: the device's sends go one after the other, so the order they waited in is the order they go in
        context.getComponent("whacenter", WhacenterComponent.class).getConfiguration().setMinSendInterval(10);
        return context;
    }

    @Test
    void heldSendsGoInOrderOnceTheDeviceIsBack() throws Exception {
        simulator.device(DEVICE_ID).setConnected(false);
        template.requestBody("direct:status", "");
        List<CompletableFuture<Exchange>> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            waiting.add(sendText("6281234567890", "paused " + i));
        }
        assertTrue(waiting.stream().noneMatch(CompletableFuture::isDone), "the sends wait");
        assertEquals(0, simulator.requests("send").size());

        simulator.device(DEVICE_ID).setConnected(true);
        for (CompletableFuture<Exchange> exchange : waiting) {
            assertNull(exchange.get(INTERVAL * 20, TimeUnit.MILLISECONDS).getException());
        }
        assertEquals(List.of("paused 0", "paused 1", "paused 2", "paused 3", "paused 4"),
                simulator.sentMessages(DEVICE_ID).stream().map(SentMessage::message).toList());
    }

    @Test
    void heldSendsFailTypedWhenTheContextStops() throws Exception {
        simulator.device(DEVICE_ID).setConnected(false);
        template.requestBody("direct:status", "");
        CompletableFuture<Exchange> waiting = sendText("6281234567890", "never");
        context.getShutdownStrategy().setTimeout(1);
        context.stop();
        Exception failure = waiting.get(10, TimeUnit.SECONDS).getException();
        assertInstanceOf(WhacenterNotSentException.class, failure);
        assertEquals(0, simulator.requests("send").size());
    }
}
