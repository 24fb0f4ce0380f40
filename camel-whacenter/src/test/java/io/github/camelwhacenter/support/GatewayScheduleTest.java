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
package io.github.camelwhacenter.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GatewayScheduleTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Clock NOW = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void keepsGatewayTextAsIs() {
        assertEquals("2030-01-02 08:30:00", GatewaySchedule.toGatewayTime("2030-01-02 08:30:00", JAKARTA, NOW));
    }

    @Test
    void convertsIsoWithOffsetToTheGatewayZone() {
        assertEquals("2030-01-02 08:30:00", GatewaySchedule.toGatewayTime("2030-01-02T01:30:00Z", JAKARTA, NOW));
        assertEquals("2030-01-02 08:30:00", GatewaySchedule.toGatewayTime("2030-01-02T03:30:00+02:00", JAKARTA, NOW));
    }

    @Test
    void readsIsoWithoutZoneInTheGatewayZone() {
        assertEquals("2030-01-02 08:30:00", GatewaySchedule.toGatewayTime("2030-01-02T08:30:00", JAKARTA, NOW));
    }

    @Test
    void convertsJavaTimeValuesAndDates() {
        Instant instant = Instant.parse("2030-01-02T01:30:00Z");
        assertEquals("2030-01-02 08:30:00", GatewaySchedule.toGatewayTime(instant, JAKARTA, NOW));
        assertEquals("2030-01-02 08:30:00", GatewaySchedule.toGatewayTime(instant.atZone(ZoneOffset.UTC), JAKARTA, NOW));
        assertEquals("2030-01-02 08:30:00", GatewaySchedule.toGatewayTime(OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(-5)), JAKARTA, NOW));
        assertEquals("2030-01-02 08:30:00", GatewaySchedule.toGatewayTime(LocalDateTime.of(2030, 1, 2, 8, 30), JAKARTA, NOW));
        assertEquals("2030-01-02 08:30:00", GatewaySchedule.toGatewayTime(Date.from(instant), JAKARTA, NOW));
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTime(Date.from(instant));
        assertEquals("2030-01-02 08:30:00", GatewaySchedule.toGatewayTime(calendar, JAKARTA, NOW));
    }

    @Test
    void dropsFractionsOfSeconds() {
        assertEquals("2030-01-02 08:30:00",
                GatewaySchedule.toGatewayTime(ZonedDateTime.of(2030, 1, 2, 8, 30, 0, 999_000_000, JAKARTA), JAKARTA, NOW));
    }

    @Test
    void refusesThePastAndNow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GatewaySchedule.toGatewayTime("2030-01-01 07:00:00", JAKARTA, NOW));
        assertTrue(e.getMessage().contains("not in the future"), e.getMessage());
    }

    @Test
    void refusesWhatIsNotATime() {
        assertThrows(IllegalArgumentException.class, () -> GatewaySchedule.toGatewayTime("2030-13-45 25:61:00", JAKARTA, NOW));
        assertThrows(IllegalArgumentException.class, () -> GatewaySchedule.toGatewayTime("tomorrow", JAKARTA, NOW));
        assertThrows(IllegalArgumentException.class, () -> GatewaySchedule.toGatewayTime(42, JAKARTA, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> GatewaySchedule.toGatewayTime(java.time.LocalDate.of(2030, 1, 2), JAKARTA, NOW));
    }
}
