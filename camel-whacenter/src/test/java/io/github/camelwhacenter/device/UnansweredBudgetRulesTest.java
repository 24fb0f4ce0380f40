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

import io.github.camelwhacenter.WhacenterOperation;
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
}
