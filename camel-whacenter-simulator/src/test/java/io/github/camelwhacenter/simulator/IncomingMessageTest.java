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
package io.github.camelwhacenter.simulator;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncomingMessageTest {

    @Test
    void defaultTimestampIsNowInJakartaToTheSecond() {
        LocalDateTime before = LocalDateTime.now(ZoneId.of("Asia/Jakarta")).truncatedTo(ChronoUnit.SECONDS);
        IncomingMessage message = IncomingMessage.text("0877", "x");
        LocalDateTime after = LocalDateTime.now(ZoneId.of("Asia/Jakarta"));

        assertEquals(0, message.timestamp().getNano());
        assertFalse(message.timestamp().isBefore(before));
        assertFalse(message.timestamp().isAfter(after));
    }

    @Test
    void modifiersReturnChangedCopies() {
        IncomingMessage original = IncomingMessage.text("0877", "x");

        IncomingMessage changed = original.pushName("Budi").group("1203@g.us").format(WebhookFormat.COLLECTION)
                .timestamp(LocalDateTime.of(2025, 7, 21, 8, 27, 56, 123_000_000));

        assertEquals("", original.pushName());
        assertFalse(original.isGroup());
        assertEquals(WebhookFormat.OBSERVED, original.format());
        assertEquals("Budi", changed.pushName());
        assertTrue(changed.isGroup());
        assertEquals(WebhookFormat.COLLECTION, changed.format());
        assertEquals(LocalDateTime.of(2025, 7, 21, 8, 27, 56), changed.timestamp());
        assertEquals("text", changed.messageType());
    }

    @Test
    void liveLocationNeverUsesExponentNotation() {
        assertEquals("0.00001,-0.0000002", IncomingMessage.liveLocation("0877", 0.00001, -0.0000002).message());
    }

    @Test
    void senderIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> IncomingMessage.text("", "x"));
        assertThrows(IllegalArgumentException.class, () -> IncomingMessage.text("0877", "x").group(""));
    }
}
