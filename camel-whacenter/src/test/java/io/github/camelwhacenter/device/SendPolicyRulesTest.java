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

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

import io.github.camelwhacenter.WhacenterNotSentException;
import io.github.camelwhacenter.WhacenterOperation;
import io.github.camelwhacenter.WhacenterQuietHoursAction;
import io.github.camelwhacenter.WhacenterQuotaAction;
import io.github.camelwhacenter.WhacenterQuotaExceededException;
import io.github.camelwhacenter.WhacenterSendQueueFullException;
import io.github.camelwhacenter.gateway.GatewayRequest;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.device.DeviceLayer.DEVICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The send policy's rules (the reference's "Send policy"), on a fake clock: the jitter's range, the hourly and daily
 * quotas over rolling windows with FAIL and WAIT, the warm-up of the daily quota, and quiet hours with SCHEDULE and
 * WAIT. The fake clock starts on Monday 2026-01-05 at 10:00 in Asia/Jakarta, the gateway's time zone.
 */
class SendPolicyRulesTest {

    private static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long HOUR = TimeUnit.HOURS.toNanos(1);

    @Test
    void eachSendsIntervalIsThePacePlusAJitterDrawnBetweenZeroAndSendJitter() {
        // the jitter as drawn, send by send: the first send's goes unused, as nothing went before it
        long[] drawn = { 5 * MILLI, 40 * MILLI, 0, 17 * MILLI };
        List<Long> bounds = new ArrayList<>();
        DeviceLayer.Options options = new DeviceLayer.Options();
        options.sendIntervalMillis = 100;
        options.sendJitterMillis = 40;
        options.random = new RandomGenerator() {
            private int next;

            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public long nextLong(long bound) {
                bounds.add(bound);
                return drawn[next++];
            }
        };
        DeviceLayer layer = new DeviceLayer(options);
        long start = layer.now();
        List<DeviceLayer.Send> sends = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sends.add(layer.send(DEVICE));
        }
        layer.advanceAccepting(Duration.ofSeconds(1));

        // drawn uniformly from [0, sendJitter]: the bound is exclusive, so sendJitter + 1 ns
        assertEquals(List.of(40 * MILLI + 1, 40 * MILLI + 1, 40 * MILLI + 1, 40 * MILLI + 1), bounds);
        assertEquals(start, sends.get(0).wireNanos);
        assertEquals(sends.get(0).wireNanos + 100 * MILLI + drawn[1], sends.get(1).wireNanos);
        assertEquals(sends.get(1).wireNanos + 100 * MILLI + drawn[2], sends.get(2).wireNanos);
        assertEquals(sends.get(2).wireNanos + 100 * MILLI + drawn[3], sends.get(3).wireNanos);
    }

    @Test
    void withNoRateLimitTheJitterAlonePacesTheDeviceWithinItsRange() {
        DeviceLayer.Options options = new DeviceLayer.Options();
        options.sendJitterMillis = 50;
        DeviceLayer layer = new DeviceLayer(options);
        List<DeviceLayer.Send> sends = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sends.add(layer.send(DEVICE));
        }
        layer.advanceAccepting(Duration.ofSeconds(20));

        long shortest = Long.MAX_VALUE;
        long longest = 0;
        for (int i = 1; i < sends.size(); i++) {
            long gap = sends.get(i).wireNanos - sends.get(i - 1).wireNanos;
            shortest = Math.min(shortest, gap);
            longest = Math.max(longest, gap);
        }
        assertTrue(shortest >= 0 && longest <= 50 * MILLI, "gaps from " + shortest + " to " + longest + " ns");
        assertTrue(longest - shortest > 25 * MILLI, "the jitter varies the gaps: " + shortest + " to " + longest + " ns");
    }

    private static DeviceLayer quotas(int hourly, int daily, WhacenterQuotaAction action) {
        DeviceLayer.Options options = new DeviceLayer.Options();
        options.hourlyQuota = hourly;
        options.dailyQuota = daily;
        options.quotaAction = action;
        return new DeviceLayer(options);
    }

    @Test
    void anHourlyQuotaFailsTheSendBeyondItSayingWhenTheNextMayGoUntilTheOldestLeavesTheHour() {
        DeviceLayer layer = quotas(3, 0, WhacenterQuotaAction.FAIL);
        for (int i = 0; i < 3; i++) {
            assertNull(layer.send(DEVICE).failure);
            layer.acceptAll();
            layer.time.advance(10, TimeUnit.MINUTES);
        }
        // 30 minutes after the first: it leaves the window in 30 minutes
        DeviceLayer.Send beyond = layer.send(DEVICE);
        assertInstanceOf(WhacenterQuotaExceededException.class, beyond.failure);
        assertFalse(beyond.onWire(), "nothing was sent");
        assertTrue(beyond.failure.getMessage().contains("hourlyQuota of 3")
                   && beyond.failure.getMessage().contains("the next may go in 1800 s"), beyond.failure.getMessage());

        layer.time.advance(30 * 60 * 1_000_000_000L - 1, TimeUnit.NANOSECONDS);
        assertInstanceOf(WhacenterQuotaExceededException.class, layer.send(DEVICE).failure, "a nanosecond early");
        layer.time.advance(1, TimeUnit.NANOSECONDS);
        DeviceLayer.Send next = layer.send(DEVICE);
        assertTrue(next.onWire(), "the first send left the rolling hour: " + next);
    }

    @Test
    void aDailyQuotaCountsTheRollingDayNotTheCalendarDay() {
        DeviceLayer layer = quotas(0, 2, WhacenterQuotaAction.FAIL);
        layer.send(DEVICE);
        layer.time.advance(13, TimeUnit.HOURS);
        // 23:00 in Jakarta: a new calendar day begins within the hour, the rolling day does not
        layer.send(DEVICE);
        layer.acceptAll();
        layer.time.advance(2, TimeUnit.HOURS);
        assertInstanceOf(WhacenterQuotaExceededException.class, layer.send(DEVICE).failure, "past midnight");

        layer.time.advance(9, TimeUnit.HOURS);
        assertTrue(layer.send(DEVICE).onWire(), "24 hours after the first");
    }

    @Test
    void withQuotaActionWaitTheSendBeyondTheQuotaGoesTheMomentTheOldestLeavesTheWindow() throws Exception {
        DeviceLayer layer = quotas(2, 0, WhacenterQuotaAction.WAIT);
        long start = layer.now();
        DeviceLayer.Send first = layer.send(DEVICE);
        layer.acceptAll();
        layer.time.advance(5, TimeUnit.MINUTES);
        layer.send(DEVICE);
        layer.acceptAll();
        DeviceLayer.Send third = layer.send(DEVICE);
        assertFalse(third.onWire());
        assertEquals(1, layer.registry.waitingSends(DEVICE), "it waits in the device's send queue");

        layer.advanceAccepting(Duration.ofMinutes(55).minusMillis(1));
        assertFalse(third.onWire(), "a millisecond before the first leaves the hour");
        layer.advanceAccepting(Duration.ofMillis(1));
        assertEquals(first.wireNanos + HOUR, third.wireNanos);
        assertEquals(start + HOUR, third.wireNanos);

        // and one waiting when the component stops fails as not sent
        layer.send(DEVICE);
        DeviceLayer.Send waiting = layer.send(DEVICE);
        layer.registry.stop();
        assertInstanceOf(WhacenterNotSentException.class, waiting.failure);
    }

    @Test
    void aNewNumbersWarmUpRampsTheDailyQuotaUpDayByDay() {
        DeviceLayer.Options options = new DeviceLayer.Options();
        options.dailyQuota = 200;
        options.warmUpDays = 10;
        options.warmUpStart = "2026-01-05";
        DeviceLayer layer = new DeviceLayer(options);
        assertEquals(20, sendsAllowedNow(layer), "the first day: a tenth");
        // each look a day or more after the last, so that the rolling day holds none of its sends
        layer.time.advance(1, TimeUnit.DAYS);
        assertEquals(40, sendsAllowedNow(layer), "the second day: two tenths");
        layer.time.advance(3, TimeUnit.DAYS);
        assertEquals(100, sendsAllowedNow(layer), "the fifth day: half");
        layer.time.advance(5, TimeUnit.DAYS);
        assertEquals(200, sendsAllowedNow(layer), "the tenth day: all of it");
        layer.time.advance(30, TimeUnit.DAYS);
        assertEquals(200, sendsAllowedNow(layer), "after the warm-up");

        LocalDate start = LocalDate.parse("2026-01-05");
        assertEquals(1, DeviceSendPolicy.rampedDailyQuota(5, 10, start, start.minusDays(3)), "before the start: the least");
        assertEquals(1, DeviceSendPolicy.rampedDailyQuota(5, 10, start, start), "never none");
    }

    /** How many sends the device may make now, the rolling day being empty. */
    private static int sendsAllowedNow(DeviceLayer layer) {
        int allowed = 0;
        while (layer.send(DEVICE).failure == null) {
            layer.acceptAll();
            allowed++;
        }
        return allowed;
    }

    private static DeviceLayer quietHours(WhacenterQuietHoursAction action) {
        DeviceLayer.Options options = new DeviceLayer.Options();
        options.quietHours = "21:00-07:00";
        options.quietHoursAction = action;
        DeviceLayer layer = new DeviceLayer(options);
        // 22:30 in Jakarta
        layer.time.advance(Duration.ofHours(12).plusMinutes(30));
        return layer;
    }

    @Test
    void duringQuietHoursASendGoesAtOnceScheduledForTheirEndAndOneWithItsOwnScheduleKeepsIt() {
        DeviceLayer layer = quietHours(WhacenterQuietHoursAction.SCHEDULE);
        DeviceLayer.Send send = layer.send(DEVICE);
        assertTrue(send.onWire(), "nothing waits in the JVM");
        assertEquals("2026-01-06 07:00:00", send.request.fields().get(GatewayRequest.SCHEDULE));

        DeviceLayer.Send own = layer.call(WhacenterOperation.send, DEVICE,
                Map.of(GatewayRequest.SCHEDULE, "2026-01-06 09:30:00"), 0);
        assertEquals("2026-01-06 09:30:00", own.request.fields().get(GatewayRequest.SCHEDULE));
    }

    @Test
    void duringQuietHoursAnAsksQuestionIsScheduledForTheirEndAsASendIs() {
        DeviceLayer layer = quietHours(WhacenterQuietHoursAction.SCHEDULE);
        DeviceLayer.Send ask = layer.call(WhacenterOperation.ask, DEVICE, Map.of(), 0);
        assertEquals("2026-01-06 07:00:00", ask.request.fields().get(GatewayRequest.SCHEDULE));
    }

    @Test
    void duringQuietHoursASendGroupWhichTheGatewayCannotScheduleWaitsForTheirEnd() {
        DeviceLayer layer = quietHours(WhacenterQuietHoursAction.SCHEDULE);
        long end = layer.now() + TimeUnit.MINUTES.toNanos(8 * 60 + 30);
        DeviceLayer.Send group = layer.call(WhacenterOperation.sendGroup, DEVICE, Map.of("group", "g1"), 0);
        assertFalse(group.onWire());
        layer.time.advance(end - layer.now(), TimeUnit.NANOSECONDS);
        assertEquals(end, group.wireNanos, "at 07:00 sharp");
        assertNull(group.request.fields().get(GatewayRequest.SCHEDULE));
    }

    @Test
    void withQuietHoursActionWaitEveryMessageSendWaitsForTheirEndAndOutsideThemNoneDoes() {
        DeviceLayer layer = quietHours(WhacenterQuietHoursAction.WAIT);
        long end = layer.now() + TimeUnit.MINUTES.toNanos(8 * 60 + 30);
        DeviceLayer.Send send = layer.send(DEVICE);
        assertFalse(send.onWire());
        assertNull(send.request.fields().get(GatewayRequest.SCHEDULE), "held in the JVM, not scheduled");
        layer.time.advance(end - layer.now() - 1, TimeUnit.NANOSECONDS);
        assertFalse(send.onWire(), "a nanosecond before 07:00");
        layer.time.advance(1, TimeUnit.NANOSECONDS);
        assertEquals(end, send.wireNanos);
        layer.acceptAll();

        assertTrue(layer.send(DEVICE).onWire(), "07:00 is outside the quiet hours");
        assertTrue(layer.call(WhacenterOperation.deviceStatus, DEVICE, Map.of(), 0).onWire(), "other operations never wait");
    }

    @Test
    void sendsWaitingForAQuotaOrTheEndOfQuietHoursCountAgainstTheQueueCapacity() {
        // at most sendQueueCapacity sends wait behind the one whose turn it is, whether it waits for a quota or not
        DeviceLayer.Options options = new DeviceLayer.Options();
        options.hourlyQuota = 1;
        options.quotaAction = WhacenterQuotaAction.WAIT;
        options.sendQueueCapacity = 2;
        DeviceLayer quota = new DeviceLayer(options);
        quota.send(DEVICE);
        quota.acceptAll();
        List<DeviceLayer.Send> waiting = List.of(quota.send(DEVICE), quota.send(DEVICE), quota.send(DEVICE));
        DeviceLayer.Send beyond = quota.send(DEVICE);
        assertTrue(waiting.stream().noneMatch(send -> send.completed), "its turn and two behind it wait for the hour");
        assertEquals(3, quota.registry.waitingSends(DEVICE));
        assertInstanceOf(WhacenterSendQueueFullException.class, beyond.failure, "the next finds the queue full");
        assertFalse(beyond.onWire());

        DeviceLayer.Options night = new DeviceLayer.Options();
        night.quietHours = "21:00-07:00";
        night.quietHoursAction = WhacenterQuietHoursAction.WAIT;
        night.sendQueueCapacity = 1;
        DeviceLayer quiet = new DeviceLayer(night);
        quiet.time.advance(Duration.ofHours(12).plusMinutes(30));
        List<DeviceLayer.Send> waitingForMorning = List.of(quiet.send(DEVICE), quiet.send(DEVICE));
        DeviceLayer.Send refused = quiet.send(DEVICE);
        assertTrue(waitingForMorning.stream().noneMatch(send -> send.completed), "its turn and one behind it wait for 07:00");
        assertInstanceOf(WhacenterSendQueueFullException.class, refused.failure);
    }
}
