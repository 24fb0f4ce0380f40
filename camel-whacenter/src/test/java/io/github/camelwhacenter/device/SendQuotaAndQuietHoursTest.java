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

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SendQuotaAndQuietHoursTest {

    @Test
    void aRollingWindowLetsASendGoOnceTheOldestLeftIt() {
        SendQuota quota = new SendQuota(2, 1_000);
        assertTrue(quota.tryTake(0));
        assertTrue(quota.tryTake(100));
        assertFalse(quota.tryTake(200));
        assertEquals(800, quota.waitNanos(200), "the first send leaves the window at 1000");
        assertTrue(quota.tryTake(1_000));
        assertEquals(2, quota.used(1_000));
    }

    @Test
    void aGrowingLimitOpensTheWindowAtOnce() {
        AtomicInteger limit = new AtomicInteger(1);
        SendQuota quota = new SendQuota(limit::get, 1_000);
        assertTrue(quota.tryTake(0));
        assertEquals(990, quota.waitNanos(10));
        limit.set(2);
        assertEquals(0, quota.waitNanos(10));
        assertTrue(quota.tryTake(10));
    }

    @Test
    void quietHoursMayCrossMidnight() {
        QuietHours night = QuietHours.parse("21:00-07:00");
        assertTrue(night.contains(LocalTime.of(23, 59)));
        assertTrue(night.contains(LocalTime.of(0, 0)));
        assertTrue(night.contains(LocalTime.of(21, 0)));
        assertFalse(night.contains(LocalTime.of(7, 0)));
        assertFalse(night.contains(LocalTime.of(12, 0)));
        ZoneId jakarta = ZoneId.of("Asia/Jakarta");
        assertEquals(ZonedDateTime.of(2026, 12, 2, 7, 0, 0, 0, jakarta),
                night.endOf(ZonedDateTime.of(2026, 12, 1, 22, 30, 15, 0, jakarta)));
        assertEquals(ZonedDateTime.of(2026, 12, 2, 7, 0, 0, 0, jakarta),
                night.endOf(ZonedDateTime.of(2026, 12, 2, 3, 0, 0, 0, jakarta)));
        ZonedDateTime noon = ZonedDateTime.of(2026, 12, 2, 12, 0, 0, 0, jakarta);
        assertEquals(noon, night.endOf(noon));
    }

    @Test
    void quietHoursSayWhatIsWrong() {
        assertNull(QuietHours.parse(" "));
        for (String wrong : new String[] { "21:00", "25:00-07:00", "07:00-07:00", "9pm-7am" }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuietHours.parse(wrong));
            assertTrue(e.getMessage().contains("HH:mm-HH:mm"), e.getMessage());
        }
    }
}
