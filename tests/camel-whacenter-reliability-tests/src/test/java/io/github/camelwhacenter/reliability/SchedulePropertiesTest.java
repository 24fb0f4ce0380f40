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
package io.github.camelwhacenter.reliability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeSet;

import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.WhacenterValidationException;
import io.github.camelwhacenter.simulator.RecordedRequest;
import io.github.camelwhacenter.support.GatewaySchedule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.apache.camel.Exchange;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Schedules in every form the component takes (gateway text, ISO-8601 text, java.time values, Date, Calendar), in any
 * zone: a future one is sent as yyyy-MM-dd HH:mm:ss in Asia/Jakarta and reads back as the same instant (to the
 * second); anything else is refused with the documented exception.
 */
class SchedulePropertiesTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Instant NOW = Instant.parse("2031-06-15T03:04:05.678Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final DateTimeFormatter GATEWAY = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final List<ZoneId> ZONES = zones();

    private static GatewayHarness gateway;

    /** A point in time, written one way. */
    record Written(Instant instant, Object value) {
        @Override
        public String toString() {
            return value.getClass().getSimpleName() + " " + value + " (" + instant + ")";
        }
    }

    @BeforeContainer
    static void startGateway() {
        gateway = GatewayHarness.start();
    }

    @AfterContainer
    static void stopGateway() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @StatisticsReport(onFailureOnly = true)
    @Property(tries = 5_000)
    void aFutureTimeIsSentAsJakartaWallClockAndReadsBackAsTheSameInstant(@ForAll("writtenTimes") Written written) {
        Instant expected = written.instant().truncatedTo(ChronoUnit.SECONDS);
        if (expected.isAfter(NOW)) {
            Statistics.label("outcome").collect("future");
            String sent = GatewaySchedule.toGatewayTime(written.value(), JAKARTA, CLOCK);
            assertTrue(sent.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), sent);
            assertEquals(expected, LocalDateTime.parse(sent, GATEWAY).atZone(JAKARTA).toInstant(), sent);
        } else {
            Statistics.label("outcome").collect("not future");
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> GatewaySchedule.toGatewayTime(written.value(), JAKARTA, CLOCK));
            assertTrue(refused.getMessage().contains("is not in the future"), refused.getMessage());
        }
        PhoneNumberPropertiesTest.checkBothOutcomes("future", "not future");
    }

    @StatisticsReport(onFailureOnly = true)
    @Property(tries = 5_000)
    void anyTextIsSentUnchangedAsGatewayTimeOrRefusedWithAReason(@ForAll("scheduleLikeText") String text) {
        String sent;
        try {
            sent = GatewaySchedule.toGatewayTime(text, JAKARTA, CLOCK);
        } catch (IllegalArgumentException refused) {
            Statistics.label("outcome").collect("refused");
            PhoneNumberPropertiesTest.checkBothOutcomes("sent", "refused");
            assertTrue(refused.getMessage().contains("is not a time") || refused.getMessage().contains("not in the future"),
                    refused.getMessage());
            return;
        }
        Statistics.label("outcome").collect("sent");
        PhoneNumberPropertiesTest.checkBothOutcomes("sent", "refused");
        assertTrue(LocalDateTime.parse(sent, GATEWAY).atZone(JAKARTA).toInstant().isAfter(NOW), sent);
        if (text.strip().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")) {
            assertEquals(text.strip(), sent, "a time in the gateway's own format is sent as it was given");
        }
    }

    @StatisticsReport(onFailureOnly = true)
    @Property(tries = 300)
    void theProducerSendsTheScheduleOrRefusesTheFieldBeforeAnyHttp(@ForAll("producerSchedules") Written written) {
        gateway.simulator.reset();

        Exchange exchange = gateway.template.request("whacenter:send?number=6281234567890", e -> {
            e.getMessage().setHeader(WhacenterConstants.SCHEDULE, written.value());
            e.getMessage().setBody("scheduled");
        });

        RecordedRequest request = gateway.requestOrRefusal(exchange, "schedule");
        boolean future = written.instant().truncatedTo(ChronoUnit.SECONDS).isAfter(Instant.now());
        Statistics.label("outcome").collect(request == null ? "refused" : "sent");
        PhoneNumberPropertiesTest.checkBothOutcomes("sent", "refused");
        if (request == null) {
            assertTrue(!future, "refused a future schedule: " + written);
        } else {
            assertTrue(future, "sent a past schedule: " + written);
            assertEquals(written.instant().truncatedTo(ChronoUnit.SECONDS),
                    LocalDateTime.parse(request.field("schedule"), GATEWAY).atZone(JAKARTA).toInstant());
            assertEquals(1, gateway.simulator.sentMessages(DEVICE_ID).size(), "the gateway took the schedule");
        }
    }

    /** Found by the text property: the gateway format's SMART resolver moves an impossible day to the month's last. */
    @Example
    void anImpossibleDateInTheGatewayFormatIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> GatewaySchedule.toGatewayTime("2032-02-30 10:00:00", JAKARTA, CLOCK),
                "2032-02-30 is no date; the component must not send 2032-02-29 instead");
        assertTrue(refused.getMessage().contains("is not a time"), refused.getMessage());
    }

    /** Found by generating ISO times over java.time's whole range: a DateTimeException escapes the validation. */
    @Example
    void aScheduleOutOfRangeIsAValidationError() {
        gateway.simulator.reset();

        Exchange exchange = gateway.template.request("whacenter:send?number=6281234567890", e -> {
            e.getMessage().setHeader(WhacenterConstants.SCHEDULE, "+999999999-12-31T23:59:59-18:00");
            e.getMessage().setBody("far away");
        });

        assertNull(gateway.requestOrRefusal(exchange, "schedule"));
    }

    /** Found by generating ISO times: after the year 9999 the "gateway format" gets a sign and five digits. */
    @Example
    void aScheduleAfterTheYear9999IsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> GatewaySchedule.toGatewayTime("+10000-01-01T00:00:00Z", JAKARTA, CLOCK),
                "yyyy-MM-dd cannot hold the year 10000");
    }

    @Provide
    Arbitrary<Written> writtenTimes() {
        // up to 40 years either side of now, to the millisecond (what Date and Calendar hold); java.time's extremes
        // are the subject of the disabled examples above
        Arbitrary<Instant> instants = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.longs().between(-40L * 365 * 86_400_000, 40L * 365 * 86_400_000)
                        .map(offset -> NOW.plusMillis(offset))),
                Tuple.of(2, Arbitraries.longs().between(-3_000, 3_000).map(offset -> NOW.plusMillis(offset))));
        return Combinators.combine(instants, Arbitraries.of(ZONES), Arbitraries.integers().between(0, 10))
                .as((instant, zone, form) -> new Written(instant, write(instant, zone, form)));
    }

    private static Object write(Instant instant, ZoneId zone, int form) {
        return switch (form) {
            case 0 -> LocalDateTime.ofInstant(instant, JAKARTA).format(GATEWAY);
            case 1 -> "  " + LocalDateTime.ofInstant(instant, JAKARTA).format(GATEWAY) + "\n";
            case 2 -> instant.atZone(zone).toOffsetDateTime().toString();
            case 3 -> instant.atZone(zone).toString();
            case 4 -> LocalDateTime.ofInstant(instant, JAKARTA).toString();
            case 5 -> LocalDateTime.ofInstant(instant, JAKARTA);
            case 6 -> instant.atZone(zone);
            case 7 -> instant.atZone(zone).toOffsetDateTime();
            case 8 -> instant;
            case 9 -> Date.from(instant);
            default -> {
                GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(zone));
                calendar.setTimeInMillis(instant.toEpochMilli());
                yield calendar;
            }
        };
    }

    @Provide
    Arbitrary<String> scheduleLikeText() {
        Arbitrary<String> gatewayText = Combinators.combine(Arbitraries.integers().between(2000, 2099),
                        Arbitraries.integers().between(1, 12), validDays(), Arbitraries.integers().between(0, 23),
                        Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 59))
                .as((year, month, day, hour, minute, second) -> String.format("%04d-%02d-%02d %02d:%02d:%02d", year, month,
                        Math.min(day, java.time.YearMonth.of(year, month).lengthOfMonth()), hour, minute, second));
        Arbitrary<String> outOfRange = Combinators.combine(Arbitraries.integers().between(2030, 2040),
                        Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(0, 99))
                .as((year, month, day, hour, minute, second) -> String.format("%04d-%02d-%02d %02d:%02d:%02d", year, month,
                        day, hour, minute, second))
                .filter(text -> !isCalendarDateWithImpossibleDay(text))
                // 24:00:00 is midnight ending the day: sent as 00:00:00 of the next, the same instant
                .filter(text -> !text.endsWith(" 24:00:00"));
        Arbitrary<String> iso = writtenTimes().map(Written::value).filter(String.class::isInstance).map(String.class::cast);
        return Arbitraries.frequencyOf(
                Tuple.of(4, gatewayText),
                Tuple.of(2, outOfRange),
                Tuple.of(2, iso),
                Tuple.of(1, gatewayText.flatMap(SchedulePropertiesTest::mistype)),
                Tuple.of(1, Arbitraries.strings().withChars("0123456789-: T+Z").ofMaxLength(25)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(25)));
    }

    @Provide
    Arbitrary<Written> producerSchedules() {
        Instant now = Instant.now();
        Arbitrary<Instant> instants = Arbitraries.oneOf(
                Arbitraries.longs().between(3_600, 30L * 365 * 86_400).map(now::plusSeconds),
                Arbitraries.longs().between(1, 30L * 365 * 86_400).map(now::minusSeconds));
        return Combinators.combine(instants, Arbitraries.of(ZONES), Arbitraries.integers().between(0, 10))
                .as((instant, zone, form) -> new Written(instant, write(instant, zone, form)));
    }

    private static Arbitrary<Integer> validDays() {
        return Arbitraries.integers().between(1, 31);
    }

    /**
     * Days 29 to 31 of months that are shorter: the component moves them to the month's last day (see the disabled
     * example), so they are left out of the generated texts until it refuses them.
     */
    private static boolean isCalendarDateWithImpossibleDay(String text) {
        int year = Integer.parseInt(text.substring(0, 4));
        int month = Integer.parseInt(text.substring(5, 7));
        int day = Integer.parseInt(text.substring(8, 10));
        return month >= 1 && month <= 12 && day >= 29 && day <= 31
               && day > java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    private static Arbitrary<String> mistype(String text) {
        return Combinators.combine(Arbitraries.integers().between(0, text.length() - 1),
                        Arbitraries.of('x', '/', ' ', '.', 'T', '9', '\u0663'), Arbitraries.integers().between(0, 1))
                .as((at, replacement, kind) -> kind == 0
                        ? text.substring(0, at) + replacement + text.substring(at + 1)
                        : text.substring(0, at) + text.substring(at + 1))
                .filter(typo -> !typo.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")
                                || !isCalendarDateWithImpossibleDay(typo));
    }

    private static List<ZoneId> zones() {
        List<ZoneId> zones = new java.util.ArrayList<>();
        for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            zones.add(ZoneId.of(id));
        }
        zones.add(ZoneOffset.UTC);
        zones.add(ZoneOffset.MAX);
        zones.add(ZoneOffset.MIN);
        zones.add(ZoneOffset.ofHoursMinutes(5, 45));
        return List.copyOf(zones);
    }

}
