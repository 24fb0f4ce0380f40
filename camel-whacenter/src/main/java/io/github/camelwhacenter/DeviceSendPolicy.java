package io.github.camelwhacenter;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
        this.daily = component.getDailyQuota() > 0 ? new SendQuota(component.getDailyQuota(), 24 * HOUR) : null;
        this.quotaAction = component.getQuotaAction();
        this.quietHours = QuietHours.parse(component.getQuietHours());
        this.quietAction = component.getQuietHoursAction();
        this.zone = zone;
        this.clock = clock;
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
    synchronized WhacenterQuotaExceededException admit(WhacenterOperation operation) {
        if (quotaAction != WhacenterQuotaAction.FAIL) {
            return null;
        }
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
