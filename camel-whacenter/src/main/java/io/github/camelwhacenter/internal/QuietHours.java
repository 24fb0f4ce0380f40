package io.github.camelwhacenter.internal;

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
