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
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.util.Date;

/**
 * Turns a schedule given in any common form into the gateway's wall-clock format, {@code yyyy-MM-dd HH:mm:ss} in its
 * time zone.
 */
public final class GatewaySchedule {

    /** The gateway's format for schedules and webhook timestamps. */
    public static final DateTimeFormatter GATEWAY_FORMAT
            = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ISO_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);
    private static final int LAST_YEAR = 9999;

    private GatewaySchedule() {
    }

    /**
     * @param  value                    a String ({@code yyyy-MM-dd HH:mm:ss} or ISO-8601), a java.time value, a
     *                                  {@link Date} or a {@link Calendar}; times without a zone are read in the
     *                                  gateway's zone
     * @throws IllegalArgumentException when the value does not parse or is not in the future
     */
    public static String toGatewayTime(Object value, ZoneId gatewayZone, Clock clock) {
        ZonedDateTime time;
        try {
            time = toZonedDateTime(value, gatewayZone).withZoneSameInstant(gatewayZone).truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + value + "' is out of range: give a date between now and the year "
                                               + LAST_YEAR);
        }
        if (time.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException("'" + value + "' is after the year " + LAST_YEAR
                                               + ", which the gateway's format cannot carry");
        }
        String formatted = time.format(GATEWAY_FORMAT);
        if (!time.toInstant().isAfter(clock.instant())) {
            throw new IllegalArgumentException(
                    formatted + " (" + gatewayZone + ") is not in the future: give a time after now");
        }
        return formatted;
    }

    private static ZonedDateTime toZonedDateTime(Object value, ZoneId zone) {
        if (value instanceof ZonedDateTime zoned) {
            return zoned;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toZonedDateTime();
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(zone);
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone);
        }
        if (value instanceof Calendar calendar) {
            return calendar.toInstant().atZone(zone);
        }
        if (value instanceof TemporalAccessor temporal) {
            try {
                return ZonedDateTime.from(temporal);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        "a " + value.getClass().getSimpleName() + " is not a point in time: give a date and a time");
            }
        }
        if (value instanceof CharSequence text) {
            return parse(text.toString().strip(), zone);
        }
        throw new IllegalArgumentException("a " + value.getClass().getName()
                                           + " is not a time: give a String, a java.time value or a java.util.Date");
    }

    private static ZonedDateTime parse(String text, ZoneId zone) {
        try {
            return LocalDateTime.parse(text, GATEWAY_FORMAT).atZone(zone);
        } catch (DateTimeParseException notGatewayFormat) {
            try {
                TemporalAccessor parsed = ISO_STRICT.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
                return parsed instanceof ZonedDateTime zoned ? zoned : ((LocalDateTime) parsed).atZone(zone);
            } catch (DateTimeParseException notIso) {
                throw new IllegalArgumentException("'" + text
                                                   + "' is not a time: use yyyy-MM-dd HH:mm:ss (gateway time) or ISO-8601 such as 2030-01-31T09:30:00+07:00");
            }
        }
    }
}
