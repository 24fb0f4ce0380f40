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
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * A daily span of local time in which nothing should reach customers' phones, e.g. 21:00-07:00 (it may cross
 * midnight); the start is in it, the end is not.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    /**
     * @param text {@code HH:mm-HH:mm}; null or blank for none
     * @throws IllegalArgumentException saying what is wrong
     */
    public static QuietHours parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split("\\s*-\\s*");
        try {
            if (parts.length == 2) {
                QuietHours quiet = new QuietHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
                if (!quiet.start().equals(quiet.end())) {
                    return quiet;
                }
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("quietHours must be two different times of day as HH:mm-HH:mm, e.g. "
                                           + "21:00-07:00, not '" + text + "'");
    }

    public boolean contains(LocalTime time) {
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /** When the quiet hours that now is in end; now itself when it is in none. */
    public ZonedDateTime endOf(ZonedDateTime now) {
        if (!contains(now.toLocalTime())) {
            return now;
        }
        ZonedDateTime end = now.with(this.end).withSecond(0).withNano(0);
        return end.isAfter(now) ? end : end.plusDays(1);
    }
}
