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

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.internal.DeviceSendQueue;
import io.github.camelwhacenter.internal.GatewaySchedule;
import io.github.camelwhacenter.internal.QuietHours;
import io.github.camelwhacenter.internal.SendQuota;

/**
 * The ban guard of one device, on top of its rate limit: a random jitter on each send's interval, hourly and daily
 * quotas over rolling windows, and quiet hours in the gateway's time zone. As the gate of the device's send queue it
 * holds sends back while a quota is used up (WAIT) or the quiet hours last.
 */
final class DeviceSendPolicy implements DeviceSendQueue.Gate {

    private static final long HOUR = TimeUnit.HOURS.toNanos(1);

    private final long jitterNanos;
    private final SendQuota hourly;
    private final SendQuota daily;
    private final WhacenterQuotaAction quotaAction;
    private final QuietHours quietHours;
    private final WhacenterQuietHoursAction quietAction;
    private final ZoneId zone;
    private final Clock clock;

    DeviceSendPolicy(WhacenterComponent component, ZoneId zone, Clock clock) {
        this.jitterNanos = TimeUnit.MILLISECONDS.toNanos(component.getSendJitter());
        this.hourly = component.getHourlyQuota() > 0 ? new SendQuota(component.getHourlyQuota(), HOUR) : null;
        int dailyQuota = component.getDailyQuota();
        LocalDate warmUpStart = warmUpStart(component);
        int warmUpDays = component.getWarmUpDays();
        this.daily = dailyQuota <= 0 ? null : warmUpDays <= 0 ? new SendQuota(dailyQuota, 24 * HOUR)
                : new SendQuota(() -> rampedDailyQuota(dailyQuota, warmUpDays, warmUpStart, LocalDate.now(clock.withZone(zone))),
                        24 * HOUR);
        this.quotaAction = component.getQuotaAction();
        this.quietHours = QuietHours.parse(component.getQuietHours());
        this.quietAction = component.getQuietHoursAction();
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * The daily quota on a day of the warm-up: it grows evenly from a warmUpDays-th of dailyQuota on warmUpStart to
     * all of it on the last day of the warm-up.
     */
    static int rampedDailyQuota(int dailyQuota, int warmUpDays, LocalDate start, LocalDate today) {
        long day = Math.max(ChronoUnit.DAYS.between(start, today), 0);
        if (day >= warmUpDays) {
            return dailyQuota;
        }
        return (int) Math.max(1, (dailyQuota * (day + 1) + warmUpDays - 1) / warmUpDays);
    }

    /**
     * @throws IllegalArgumentException naming the option, when the warm-up is set without what it needs
     */
    static LocalDate warmUpStart(WhacenterComponent component) {
        if (component.getWarmUpDays() <= 0) {
            return null;
        }
        if (component.getDailyQuota() <= 0) {
            throw new IllegalArgumentException("warmUpDays ramps up dailyQuota: set dailyQuota too");
        }
        try {
            return LocalDate.parse(String.valueOf(component.getWarmUpStart()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("warmUpStart must be the day the number started sending, as yyyy-MM-dd, "
                                               + "not '" + component.getWarmUpStart() + "'");
        }
    }

    /** Whether every message send of the device goes through its send queue, even with no interval to keep. */
    boolean holdsSends() {
        return jitterNanos > 0 || quotaAction == WhacenterQuotaAction.WAIT && (hourly != null || daily != null)
               || quietHours != null;
    }

    /** A send's interval: the device's pace plus a random jitter, uniform in [0, sendJitter]. */
    long intervalNanos(long paceNanos) {
        return jitterNanos > 0 ? paceNanos + ThreadLocalRandom.current().nextLong(jitterNanos + 1) : paceNanos;
    }

    /**
     * With quotaAction FAIL, counts the send or refuses it.
     *
     * @return the refusal; null when the send may go
     */
    WhacenterQuotaExceededException admit(WhacenterOperation operation) {
        if (quotaAction != WhacenterQuotaAction.FAIL || hourly == null && daily == null) {
            // no lock on the send path when there is nothing to count
            return null;
        }
        return admitCounting(operation);
    }

    private synchronized WhacenterQuotaExceededException admitCounting(WhacenterOperation operation) {
        long now = System.nanoTime();
        SendQuota full = hourly != null && hourly.waitNanos(now) > 0 ? hourly
                : daily != null && daily.waitNanos(now) > 0 ? daily : null;
        if (full != null) {
            long waitMillis = TimeUnit.NANOSECONDS.toMillis(full.waitNanos(now));
            return new WhacenterQuotaExceededException(operation.name(), "the device sent its "
                    + (full == hourly ? "hourlyQuota" : "dailyQuota") + " of " + full.limit()
                    + " messages; nothing was sent, the next may go in " + Duration.ofMillis(waitMillis).toSeconds()
                    + " s (set quotaAction=WAIT to have sends wait instead)");
        }
        take(now);
        return null;
    }

    /**
     * The schedule a send gets to sleep through the quiet hours in the gateway (SCHEDULE); null outside them or
     * when sends wait instead.
     */
    String quietHoursSchedule() {
        if (quietHours == null || quietAction != WhacenterQuietHoursAction.SCHEDULE) {
            return null;
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        return quietHours.contains(now.toLocalTime())
                ? quietHours.endOf(now).format(GatewaySchedule.GATEWAY_FORMAT) : null;
    }

    @Override
    public synchronized long waitNanos(DeviceSendQueue.Send next, long nowNanos) {
        long wait = 0;
        if (quotaAction == WhacenterQuotaAction.WAIT) {
            wait = Math.max(hourly == null ? 0 : hourly.waitNanos(nowNanos), daily == null ? 0 : daily.waitNanos(nowNanos));
        }
        if (quietHours != null && !(quietAction == WhacenterQuietHoursAction.SCHEDULE && next.scheduled())) {
            ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
            if (quietHours.contains(now.toLocalTime())) {
                wait = Math.max(wait, Duration.between(now, quietHours.endOf(now)).toNanos());
            }
        }
        return wait;
    }

    @Override
    public synchronized void started(long nowNanos) {
        if (quotaAction == WhacenterQuotaAction.WAIT) {
            take(nowNanos);
        }
    }

    private void take(long now) {
        if (hourly != null) {
            hourly.tryTake(now);
        }
        if (daily != null) {
            daily.tryTake(now);
        }
    }

    /** The sends counted in the hourly and daily windows now, for health and the console. */
    synchronized int[] quotaUsed() {
        long now = System.nanoTime();
        return new int[] { hourly == null ? -1 : hourly.used(now), daily == null ? -1 : daily.used(now) };
    }
}
