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
package io.github.camelwhacenter.webhook;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelwhacenter.webhook.InflightDeliveries.Delivery;
import io.github.camelwhacenter.webhook.InflightDeliveries.Report;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bound on deliveries held and the rule of the webhook's health check, on a fake clock. */
class InflightDeliveriesTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final InflightDeliveries inflight = new InflightDeliveries(3, nanos::get);

    @Test
    void admitsUpToTheBoundAndAgainOnceADeliveryEnds() {
        Delivery first = inflight.admit();
        assertNotNull(inflight.admit());
        assertNotNull(inflight.admit());
        assertNull(inflight.admit(), "a fourth while three are held");

        first.end();
        first.end();
        assertEquals(2, inflight.report().inflight(), "a delivery ended twice leaves once");
        assertNotNull(inflight.admit(), "a slot freed");
        assertNull(inflight.admit(), "and only one");
    }

    @Test
    void reportsEachStageAndTheLongestWaitForAThread() {
        Delivery reading = inflight.admit();
        Delivery waitingLong = inflight.admit();
        Delivery waitingShort = inflight.admit();
        waitingLong.waiting();
        advance(3_000);
        waitingShort.waiting();
        advance(1_000);

        Report report = inflight.report();
        assertEquals(new Report(3, 3, 1, 2, 4_000), report);
        assertEquals(InflightDeliveries.Stage.READING, reading.stage());

        waitingLong.routing();
        assertEquals(new Report(3, 3, 1, 1, 1_000), inflight.report(), "a routed delivery no longer waits");
    }

    @Test
    void stalledOnceADeliveryHasWaitedTheLimitAndNotAMillisecondBefore() {
        Delivery delivery = inflight.admit();
        advance(60_000);
        assertFalse(inflight.report().stalled(), "reading a body is not waiting for a thread, however long");

        delivery.waiting();
        advance(InflightDeliveries.STALLED_AFTER_MILLIS - 1);
        assertFalse(inflight.report().stalled());
        advance(1);
        assertTrue(inflight.report().stalled());

        delivery.routing();
        assertFalse(inflight.report().stalled(), "a thread took it");
    }

    @Test
    void aBoundBelowOneIsRefusedNamingTheOption() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new InflightDeliveries(0, System::nanoTime));
        assertTrue(refused.getMessage().contains("webhookMaxInflight"), refused.getMessage());
    }

    private void advance(long millis) {
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
