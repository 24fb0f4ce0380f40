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
package io.github.camelwhacenter.examples.xml;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.simulator.RecordedRequest;
import io.github.camelwhacenter.simulator.SentMessage;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Boots Camel Main with the example's XML route files against a simulator on loopback.
 */
class XmlRoutesExampleTest {

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    @Test
    void theXmlRoutesSendThroughTheGatewayAndStop(WhacenterSimulator simulator) throws IOException {
        LocalDateTime startedInJakarta = LocalDateTime.now(ZoneId.of("Asia/Jakarta"));

        int exitCode = CompletableFuture.supplyAsync(() -> {
            try {
                return XmlRoutesExample.run(simulator.baseUrl(), DEVICE_ID, XmlRoutesExample.SIMULATED_CUSTOMER,
                        XmlRoutesExample.SIMULATED_GROUP);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }).orTimeout(60, TimeUnit.SECONDS).join();

        assertEquals(0, exitCode);
        String camelLog = Files.readString(Path.of("target/xml-routes-test.log"));
        assertTrue(camelLog.contains("Apache Camel " + System.getProperty("whacenter.test.camelVersion") + " ("),
                "ran on the Camel line the build names");
        assertFalse(camelLog.contains(DEVICE_ID), "the device id is in Camel's log");
        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(2, sent.size(), sent::toString);

        SentMessage announcement = sent.stream().filter(SentMessage::isGroupMessage).findFirst().orElseThrow();
        assertEquals("Customers", announcement.group());
        assertEquals("The shop opens at 08:00 tomorrow.", announcement.message());

        SentMessage reminder = sent.stream().filter(SentMessage::isScheduled).findFirst().orElseThrow();
        assertEquals("6281234567890", reminder.number());
        assertEquals("Reminder: your appointment is tomorrow at 10:00.", reminder.message());
        LocalDateTime scheduled = LocalDateTime.parse(reminder.schedule(), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        assertTrue(scheduled.isAfter(startedInJakarta.plusHours(23)) && scheduled.isBefore(startedInJakarta.plusHours(25)),
                "in 24 hours, gateway time: " + reminder.schedule());

        // the reminder was deleted by the id its send answered
        List<RecordedRequest> deletes = simulator.requests("deleteMessage");
        assertEquals(1, deletes.size());
        assertEquals(String.valueOf(reminder.id()), deletes.get(0).field("id"));
        assertTrue(simulator.scheduledMessages(DEVICE_ID).isEmpty());
    }

    /** Against a real gateway without WHACENTER_EXAMPLE_NUMBER and _GROUP the example messages nobody, and says why. */
    @Test
    void withoutRecipientsNothingIsSentAndTheLogSaysWhy(WhacenterSimulator simulator) throws IOException {
        int exitCode = CompletableFuture.supplyAsync(() -> {
            try {
                return XmlRoutesExample.run(simulator.baseUrl(), DEVICE_ID, "", "");
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }).orTimeout(60, TimeUnit.SECONDS).join();

        assertEquals(0, exitCode);
        assertEquals(List.of(), simulator.requests(), "nothing reached the gateway");
        String camelLog = Files.readString(Path.of("target/xml-routes-test.log"));
        assertTrue(camelLog.contains("Not sending the announcement: set WHACENTER_EXAMPLE_GROUP"), camelLog);
        assertTrue(camelLog.contains("Not sending the reminder: set WHACENTER_EXAMPLE_NUMBER"), camelLog);
    }
}
