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
package io.github.camelwhacenter.webhook;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncomingMessagesTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Test
    void readsTheGatewayBodyWithItsTrailingComma() {
        WhacenterIncomingMessage message = parse("{\"from\":\"087754446580\",\"to\":\"6282100\",\"message\":\"help\","
                                                 + "\"is_group\":false,\"timestamp\":\"2025-07-21 08:27:56\",}");

        assertEquals("087754446580", message.getFrom());
        assertEquals("help", message.getMessage());
        assertEquals(ZonedDateTime.of(2025, 7, 21, 8, 27, 56, 0, JAKARTA), message.getTimestamp());
        assertEquals(Boolean.FALSE, message.getFields().get("is_group"));
    }

    @Test
    void keepsNestedValuesNullsAndNumbersAsTheFieldsMap() {
        WhacenterIncomingMessage message = parse("{\"from\":\"0877\",\"timestamp\":\"2025-07-21 08:27:56\","
                                                 + "\"ad_reply\":{\"title\":\"promo\",\"ids\":[1,2]},\"media\":null,"
                                                 + "\"count\":3}");

        assertEquals(Map.of("title", "promo", "ids", List.of(1, 2)), message.getFields().get("ad_reply"));
        assertTrue(message.getFields().containsKey("media"));
        assertNull(message.getMedia());
        assertEquals("3", message.getFields().get("count"));
    }

    @Test
    void readsIsoTimestampsWithAnOffsetInTheGatewayZone() {
        WhacenterIncomingMessage message = parse("{\"from\":\"0877\",\"timestamp\":\"2025-07-21T01:27:56Z\"}");

        assertEquals(ZonedDateTime.of(2025, 7, 21, 8, 27, 56, 0, JAKARTA), message.getTimestamp());
    }

    @Test
    void refusesImpossibleAndMalformedTimestamps() {
        for (String timestamp : List.of("2025-02-29 08:27:56", "2025-07-21 24:00:00", "2025-07-21 08:27:5x",
                "2025-7-21 08:27:56", "yesterday")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> parse("{\"from\":\"0877\",\"timestamp\":\"" + timestamp + "\"}"), timestamp);
            assertEquals("the timestamp '" + timestamp + "' is not a time: the gateway sends yyyy-MM-dd HH:mm:ss",
                    e.getMessage());
        }
    }

    @Test
    void refusesBodiesThatAreNoJsonObject() {
        assertEquals("the body is not a JSON object",
                assertThrows(IllegalArgumentException.class, () -> parse("[1,2]")).getMessage());
        assertEquals("the body is not a JSON object",
                assertThrows(IllegalArgumentException.class, () -> parse("  ")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("{\"from\":\"0877\",\"timestamp\""))
                .getMessage().startsWith("the body is not JSON nor form data: "));
    }

    private static WhacenterIncomingMessage parse(String body) {
        return IncomingMessages.parse(body.getBytes(StandardCharsets.UTF_8), "application/json", JAKARTA);
    }
}
