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

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.simulator.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The send policy over real HTTP to the simulator: what reaches the gateway under a quota and its warm-up, the typed
 * failures, and quiet hours handed to the gateway as a schedule (or held in the JVM). The timing of each rule (the
 * jitter's range, when a window has room, when quiet hours end) is proven on a fake clock by the device layer's tests.
 */
class WhacenterSendPolicyTest extends WhacenterTestSupport {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** Each test sets the component's options, then starts the context itself. */
    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    private WhacenterComponent component() {
        return context.getComponent("whacenter", WhacenterComponent.class);
    }

    private void start() throws Exception {
        // some tests end with sends that would wait for hours: the stop fails them at once
        context.getShutdownStrategy().setTimeout(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("whacenter:send");
                from("direct:group").to("whacenter:sendGroup");
            }
        });
        context.start();
    }

    private CompletableFuture<Exchange> send(String text) throws Exception {
        return sendText("6281234567890", text);
    }

    @Test
    void anHourlyQuotaFailsTheSendsBeyondIt() throws Exception {
        component().setHourlyQuota(3);
        start();
        List<Exception> failures = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            failures.add(send("quota " + i).get(10, TimeUnit.SECONDS).getException());
        }
        assertEquals(3, failures.stream().filter(f -> f == null).count());
        Exception refused = failures.get(4);
        assertInstanceOf(WhacenterQuotaExceededException.class, refused);
        assertFalse(refused instanceof WhacenterTransportException, "final: no redelivery repeats it");
        assertTrue(refused.getMessage().contains("hourlyQuota of 3"), refused.getMessage());
        assertEquals(3, simulator.requests("send").size(), "the gateway got the quota, no more");
    }

    @Test
    void aNewNumbersWarmUpRampsTheDailyQuotaUp() throws Exception {
        ZoneId zone = ZoneId.of(component().getConfiguration().getTimeZone());
        component().setDailyQuota(30);
        component().setWarmUpDays(10);
        component().setWarmUpStart(LocalDate.now(zone).toString());
        start();
        List<Exception> failures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            failures.add(send("warm " + i).get(10, TimeUnit.SECONDS).getException());
        }
        assertEquals(3, failures.stream().filter(f -> f == null).count(), "day one of ten: a tenth of 30");
        assertTrue(failures.get(3).getMessage().contains("dailyQuota of 3"), failures.get(3).getMessage());
        assertEquals(3, simulator.requests("send").size());
    }

    @Test
    void withQuotaActionWaitTheSendBeyondTheQuotaWaitsAndFailsTypedAtStop() throws Exception {
        component().setDailyQuota(2);
        component().setQuotaAction(WhacenterQuotaAction.WAIT);
        start();
        assertNull(send("one").get(10, TimeUnit.SECONDS).getException());
        assertNull(send("two").get(10, TimeUnit.SECONDS).getException());
        CompletableFuture<Exchange> third = send("three");
        assertEquals(1, component().getDevices().waitingSends(DEVICE_ID), "the third waits for the window");
        assertFalse(third.isDone());
        context.stop();
        assertInstanceOf(WhacenterNotSentException.class, third.get(10, TimeUnit.SECONDS).getException());
        assertEquals(2, simulator.requests("send").size());
    }

    @Test
    void duringQuietHoursASendIsHandedToTheGatewayScheduledForTheirEnd() throws Exception {
        ZoneId zone = ZoneId.of(component().getConfiguration().getTimeZone());
        ZonedDateTime now = ZonedDateTime.now(zone);
        ZonedDateTime end = now.plusHours(1).truncatedTo(ChronoUnit.MINUTES);
        component().setQuietHours(now.minusHours(1).format(HH_MM) + "-" + end.format(HH_MM));
        start();
        assertNull(send("good night").get(10, TimeUnit.SECONDS).getException());
        RecordedRequest request = simulator.requests("send").get(0);
        assertEquals(end.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")), request.fields().get("schedule"),
                "the gateway holds the message until the quiet hours end");
        assertEquals(1, simulator.scheduledMessages(DEVICE_ID).size());

        Exchange ownSchedule = sendAsync("direct:send", e -> {
            e.getMessage().setHeader(WhacenterConstants.NUMBER, "6281234567890");
            e.getMessage().setHeader(WhacenterConstants.SCHEDULE, "2031-01-02 10:00:00");
            e.getMessage().setBody("keeps its own");
        }).get(10, TimeUnit.SECONDS);
        assertNull(ownSchedule.getException());
        assertEquals("2031-01-02 10:00:00", simulator.requests("send").get(1).fields().get("schedule"));

        // the gateway cannot schedule a group message: it waits for the quiet hours to end
        CompletableFuture<Exchange> group = sendAsync("direct:group", e -> {
            e.getMessage().setHeader(WhacenterConstants.GROUP, "Customers");
            e.getMessage().setBody("tomorrow");
        });
        assertEquals(1, component().getDevices().waitingSends(DEVICE_ID));
        assertFalse(group.isDone());
        assertEquals(0, simulator.requests("sendGroup").size());
    }

    @Test
    void withQuietHoursActionWaitSendsWaitInTheJvm() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of(component().getConfiguration().getTimeZone()));
        component().setQuietHours(now.minusHours(1).format(HH_MM) + "-" + now.plusHours(1).format(HH_MM));
        component().setQuietHoursAction(WhacenterQuietHoursAction.WAIT);
        start();
        CompletableFuture<Exchange> waiting = send("later");
        assertEquals(1, component().getDevices().waitingSends(DEVICE_ID));
        assertFalse(waiting.isDone());
        assertEquals(0, simulator.requests("send").size());
    }

    @Test
    void malformedQuietHoursAreRefusedAtStartNamingTheOption() throws Exception {
        try (CamelContext other = new DefaultCamelContext()) {
            WhacenterComponent whacenter = new WhacenterComponent();
            whacenter.setQuietHours("25:00-07:00");
            // refused as soon as Camel initialises the component
            Exception e = assertThrows(Exception.class, () -> {
                other.addComponent("whacenter", whacenter);
                other.start();
            });
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            assertTrue(cause.getMessage().contains("quietHours must be"), cause.getMessage());
        }
    }
}
