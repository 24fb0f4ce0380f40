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

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

import io.github.camelwhacenter.WhacenterOperation;
import io.github.camelwhacenter.WhacenterQuietHoursAction;
import io.github.camelwhacenter.WhacenterQuotaAction;
import io.github.camelwhacenter.WhacenterQuotaExceededException;
import io.github.camelwhacenter.gateway.DeviceSendQueue;
import io.github.camelwhacenter.support.GatewaySchedule;

/**
 * The send policy of one device, on top of its pace: a random jitter on each send's interval, hourly and daily quotas
 * over rolling windows with a warm-up of the daily one, and quiet hours in the gateway's time zone; what keeps a number
 * from being taken for a spammer and banned. As the gate of the device's send queue it holds sends back while a quota
 * is used up (WAIT) or the quiet hours last.
 */
public final class DeviceSendPolicy implements DeviceSendQueue.Gate {

    private static final long HOUR = TimeUnit.HOURS.toNanos(1);

    private final long jitterNanos;
    private final SendQuota hourly;
    private final SendQuota daily;
    private final UnansweredBudget unanswered;
    private final WhacenterQuotaAction quotaAction;
    private final QuietHours quietHours;
    private final WhacenterQuietHoursAction quietAction;
    private final ZoneId zone;
    private final Clock clock;
    private final LongSupplier nanoClock;
    private final RandomGenerator random;

    /**
     * The sends counted against each quota now.
     *
     * @param hourly     the sends in the rolling hour; null without an hourly quota
     * @param daily      the sends in the rolling day; null without a daily quota
     * @param unanswered the sends to contacts that had not written, in the window; null without an unanswered budget
     */
    public record QuotaUsage(Integer hourly, Integer daily, Integer unanswered) {

        /** Whether a quota counts a send now: the policy must be kept while it does. */
        public boolean counts() {
            return hourly != null && hourly > 0 || daily != null && daily > 0 || unanswered != null && unanswered > 0;
        }
    }

    /**
     * The options of the send policy, as the component has them.
     *
     * @param sendJitterMillis the most random delay added to each send's interval; 0 is none
     * @param hourlyQuota      the most sends per rolling hour; 0 is none
     * @param dailyQuota       the most sends per rolling day; 0 is none
     * @param warmUpDays       the days over which the daily quota ramps up; 0 is none
     * @param warmUpStart      the first day of the warm-up, as yyyy-MM-dd
     * @param quietHours       the quiet hours, as HH:mm-HH:mm; null is none
     * @param zone             the gateway's time zone, which quiet hours and days are in
     * @param unansweredBudget the most messages per window to contacts that have not written within it; 0 is none
     * @param unansweredWindowMillis the window of the unanswered budget
     */
    public record Settings(long sendJitterMillis, int hourlyQuota, int dailyQuota, WhacenterQuotaAction quotaAction,
                           int warmUpDays, String warmUpStart, String quietHours, WhacenterQuietHoursAction quietAction,
                           ZoneId zone, int unansweredBudget, long unansweredWindowMillis) {

        /** Without an unanswered budget. */
        public Settings(long sendJitterMillis, int hourlyQuota, int dailyQuota, WhacenterQuotaAction quotaAction,
                        int warmUpDays, String warmUpStart, String quietHours, WhacenterQuietHoursAction quietAction,
                        ZoneId zone) {
            this(sendJitterMillis, hourlyQuota, dailyQuota, quotaAction, warmUpDays, warmUpStart, quietHours, quietAction,
                    zone, 0, 0);
        }
    }

    /**
     * @param clock     the wall clock quiet hours and the warm-up's days are read on
     * @param nanoClock the clock the quotas' windows are measured on, as System.nanoTime
     * @param random    where the jitter comes from
     */
    public DeviceSendPolicy(Settings settings, Clock clock, LongSupplier nanoClock, RandomGenerator random) {
        ZoneId zone = settings.zone();
        this.jitterNanos = TimeUnit.MILLISECONDS.toNanos(settings.sendJitterMillis());
        this.hourly = settings.hourlyQuota() > 0 ? new SendQuota(settings.hourlyQuota(), HOUR) : null;
        int dailyQuota = settings.dailyQuota();
        LocalDate warmUpStart = warmUpStart(settings.warmUpDays(), dailyQuota, settings.warmUpStart());
        int warmUpDays = settings.warmUpDays();
        this.daily = dailyQuota <= 0 ? null : warmUpDays <= 0 ? new SendQuota(dailyQuota, 24 * HOUR)
                : new SendQuota(() -> rampedDailyQuota(dailyQuota, warmUpDays, warmUpStart, LocalDate.now(clock.withZone(zone))),
                        24 * HOUR);
        this.unanswered = settings.unansweredBudget() > 0
                ? new UnansweredBudget(settings.unansweredBudget(), TimeUnit.MILLISECONDS.toNanos(settings.unansweredWindowMillis()))
                : null;
        this.quotaAction = settings.quotaAction();
        this.quietHours = QuietHours.parse(settings.quietHours());
        this.quietAction = settings.quietAction();
        this.zone = zone;
        this.clock = clock;
        this.nanoClock = nanoClock;
        this.random = random;
    }

    /**
     * The daily quota on a day of the warm-up: it grows evenly from a warmUpDays-th of dailyQuota on warmUpStart to
     * all of it on the last day of the warm-up.
     */
    public static int rampedDailyQuota(int dailyQuota, int warmUpDays, LocalDate start, LocalDate today) {
        long day = Math.max(ChronoUnit.DAYS.between(start, today), 0);
        if (day >= warmUpDays) {
            return dailyQuota;
        }
        return (int) Math.max(1, (dailyQuota * (day + 1) + warmUpDays - 1) / warmUpDays);
    }

    /**
     * @throws IllegalArgumentException naming the option, when the warm-up is set without what it needs
     */
    public static LocalDate warmUpStart(int warmUpDays, int dailyQuota, String warmUpStart) {
        if (warmUpDays <= 0) {
            return null;
        }
        if (dailyQuota <= 0) {
            throw new IllegalArgumentException("warmUpDays ramps up dailyQuota: set dailyQuota too");
        }
        try {
            return LocalDate.parse(String.valueOf(warmUpStart));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("warmUpStart must be the day the number started sending, as yyyy-MM-dd, "
                                               + "not '" + warmUpStart + "'");
        }
    }

    /** Whether every message send of the device goes through its send queue, even with no interval to keep. */
    public boolean holdsSends() {
        return jitterNanos > 0 || quotaAction == WhacenterQuotaAction.WAIT && (hourly != null || daily != null || unanswered != null)
               || quietHours != null;
    }

    /** A send's interval: the device's pace plus a random jitter, uniform in [0, sendJitter]. */
    public long intervalNanos(long paceNanos) {
        return jitterNanos > 0 ? paceNanos + random.nextLong(jitterNanos + 1) : paceNanos;
    }

    /**
     * With quotaAction FAIL, counts the send or refuses it.
     *
     * @return the refusal; null when the send may go
     */
    public WhacenterQuotaExceededException admit(WhacenterOperation operation) {
        if (quotaAction != WhacenterQuotaAction.FAIL || hourly == null && daily == null) {
            // no lock on the send path when there is nothing to count
            return null;
        }
        return admitCounting(operation);
    }

    private synchronized WhacenterQuotaExceededException admitCounting(WhacenterOperation operation) {
        long now = nanoClock.getAsLong();
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

    /** The contact wrote to the device: messages to it do not count against the unanswered budget within the window. */
    public void contactWrote(String contact) {
        if (unanswered != null) {
            synchronized (this) {
                unanswered.wrote(contact, nanoClock.getAsLong());
            }
        }
    }

    /**
     * Counts a message to a contact that has not written within the window against the unanswered budget, or refuses it.
     *
     * @return the refusal; null when the send may go
     */
    public WhacenterQuotaExceededException admitUnanswered(WhacenterOperation operation, String contact) {
        if (unanswered == null || contact == null || quotaAction == WhacenterQuotaAction.WAIT) {
            // with WAIT the send queue holds it, and counts it when it starts
            return null;
        }
        synchronized (this) {
            long now = nanoClock.getAsLong();
            if (unanswered.admit(contact, now)) {
                return null;
            }
            return new WhacenterQuotaExceededException(operation.name(), "the device sent its unansweredBudget of "
                    + unanswered.limit() + " messages to contacts that have not written to it within the window; "
                    + "nothing was sent, the next may go in " + Duration.ofNanos(unanswered.waitNanos(now)).toSeconds()
                    + " s, or at once to a contact that writes first");
        }
    }

    /**
     * The schedule a send gets to sleep through the quiet hours in the gateway (SCHEDULE); null outside them or
     * when sends wait instead.
     */
    public String quietHoursSchedule() {
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
            if (unanswered != null && next.recipient() != null && !unanswered.wroteWithin(next.recipient(), nowNanos)) {
                wait = Math.max(wait, unanswered.waitNanos(nowNanos));
            }
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
    public synchronized void started(DeviceSendQueue.Send send, long nowNanos) {
        if (quotaAction == WhacenterQuotaAction.WAIT) {
            take(nowNanos);
            if (unanswered != null && send.recipient() != null) {
                unanswered.admit(send.recipient(), nowNanos);
            }
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

    /** The sends counted in the hourly and daily windows now, for the report and idle eviction. */
    public synchronized QuotaUsage quotaUsage() {
        long now = nanoClock.getAsLong();
        return new QuotaUsage(hourly == null ? null : hourly.used(now), daily == null ? null : daily.used(now),
                unanswered == null ? null : unanswered.used(now));
    }
}
