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
package io.github.camelwhacenter.device;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.WhacenterNotSentException;
import io.github.camelwhacenter.WhacenterOperation;
import io.github.camelwhacenter.WhacenterQuotaAction;
import io.github.camelwhacenter.WhacenterQuotaExceededException;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.device.DeviceLayer.DEVICE;
import static io.github.camelwhacenter.device.DeviceLayer.OTHER_DEVICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The unanswered budget's rules, on a fake clock: what counts, what is refused, and when room comes back. */
class UnansweredBudgetRulesTest {

    private static final long DAY_NANOS = TimeUnit.DAYS.toNanos(1);

    private static DeviceLayer budget(int budget) {
        DeviceLayer.Options options = new DeviceLayer.Options();
        options.unansweredBudget = budget;
        return new DeviceLayer(options);
    }

    private static DeviceLayer.Send sendTo(DeviceLayer layer, String deviceId, String number) {
        DeviceLayer.Send send = layer.call(WhacenterOperation.send, deviceId, Map.of("number", number), 0);
        layer.acceptAll();
        return send;
    }

    @Test
    void messagesToSilentContactsPastTheBudgetAreRefusedBeforeTheWire() {
        DeviceLayer layer = budget(2);

        assertNull(sendTo(layer, DEVICE, "6281000000001").failure);
        assertNull(sendTo(layer, DEVICE, "6281000000002").failure);
        DeviceLayer.Send third = sendTo(layer, DEVICE, "6281000000003");

        WhacenterQuotaExceededException refused = assertInstanceOf(WhacenterQuotaExceededException.class, third.failure);
        assertTrue(refused.getMessage().contains("unansweredBudget of 2"), refused.getMessage());
        assertFalse(third.onWire());
        assertNull(sendTo(layer, OTHER_DEVICE, "6281000000003").failure, "each device has its own budget");
        assertInstanceOf(WhacenterQuotaExceededException.class, sendTo(layer, DEVICE, "6281000000001").failure,
                "a second message to a silent contact counts too");
    }

    @Test
    void aContactThatWroteWithinTheWindowIsNeverCountedNorRefused() {
        DeviceLayer layer = budget(1);
        layer.admission.contactWrote(DEVICE, "6281000000009");

        for (int i = 0; i < 5; i++) {
            assertNull(sendTo(layer, DEVICE, "6281000000009").failure);
        }
        assertNull(sendTo(layer, DEVICE, "6281000000001").failure, "the budget is still whole");
        assertInstanceOf(WhacenterQuotaExceededException.class, sendTo(layer, DEVICE, "6281000000002").failure);
    }

    @Test
    void roomComesBackWhenTheOldestCountedSendLeavesTheWindowToTheNanosecond() {
        DeviceLayer layer = budget(1);
        assertNull(sendTo(layer, DEVICE, "6281000000001").failure);

        layer.time.advance(DAY_NANOS - 1, TimeUnit.NANOSECONDS);
        assertInstanceOf(WhacenterQuotaExceededException.class, sendTo(layer, DEVICE, "6281000000002").failure,
                "a nanosecond early");
        layer.time.advance(1, TimeUnit.NANOSECONDS);
        assertNull(sendTo(layer, DEVICE, "6281000000002").failure);
    }

    @Test
    void aContactWhoWroteLongerAgoThanTheWindowCountsAgain() {
        DeviceLayer layer = budget(1);
        layer.admission.contactWrote(DEVICE, "6281000000009");
        layer.time.advance(DAY_NANOS, TimeUnit.NANOSECONDS);

        assertNull(sendTo(layer, DEVICE, "6281000000009").failure, "counted: the budget's one");
        assertInstanceOf(WhacenterQuotaExceededException.class, sendTo(layer, DEVICE, "6281000000009").failure);
        assertEquals(1, layer.registry.sendPolicy(DEVICE).quotaUsage().unanswered());
    }

    /**
     * With quotaAction=WAIT a message to a silent contact past the budget waits in the device's send queue until the
     * oldest counted send leaves the window, to the nanosecond, and is counted when it starts; one to a contact that
     * wrote goes in its turn without counting.
     */
    @Test
    void withQuotaActionWaitASendPastTheBudgetWaitsForRoomAndIsCountedWhenItStarts() {
        DeviceLayer.Options options = new DeviceLayer.Options();
        options.unansweredBudget = 1;
        options.quotaAction = WhacenterQuotaAction.WAIT;
        DeviceLayer layer = new DeviceLayer(options);
        layer.admission.contactWrote(DEVICE, "6281000000009");
        DeviceLayer.Send first = sendTo(layer, DEVICE, "6281000000001");
        assertTrue(first.onWire());
        assertTrue(sendTo(layer, DEVICE, "6281000000009").onWire(), "a contact that wrote is not held");

        DeviceLayer.Send held = sendTo(layer, DEVICE, "6281000000002");
        assertFalse(held.onWire());
        assertNull(held.failure, "held, not refused");
        assertEquals(1, layer.registry.waitingSends(DEVICE));
        layer.time.advance(first.wireNanos + DAY_NANOS - 1 - layer.now(), TimeUnit.NANOSECONDS);
        assertFalse(held.onWire(), "a nanosecond before the first send leaves the window");
        layer.time.advance(1, TimeUnit.NANOSECONDS);
        layer.acceptAll();
        assertEquals(first.wireNanos + DAY_NANOS, held.wireNanos);
        assertEquals(1, layer.registry.sendPolicy(DEVICE).quotaUsage().unanswered(), "it counts now");

        DeviceLayer.Send waiting = sendTo(layer, DEVICE, "6281000000003");
        layer.registry.stop();
        assertInstanceOf(WhacenterNotSentException.class, waiting.failure, "a held send fails as not sent at stop");
    }
}
