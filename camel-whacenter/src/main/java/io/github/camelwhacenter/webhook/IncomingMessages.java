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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.camelwhacenter.support.Secrets;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import io.github.camelwhacenter.support.GatewaySchedule;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.net.WWWFormCodec;

/**
 * Reads the bodies the gateway posts to the webhook: lenient where senders are sloppy (trailing commas, unknown
 * fields, form encoding), strict where it matters (a sender and a timestamp are required).
 */
public final class IncomingMessages {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ISO_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);

    private IncomingMessages() {
    }

    /**
     * @throws IllegalArgumentException saying what is malformed
     */
    public static WhacenterIncomingMessage parse(byte[] body, String contentType, ZoneId gatewayZone) {
        String raw = new String(body, StandardCharsets.UTF_8);
        return parse(isForm(contentType) ? formFields(raw) : jsonFields(body), raw, gatewayZone);
    }

    /**
     * Reads a body an HTTP engine already decoded into fields (form posts).
     *
     * @throws IllegalArgumentException saying what is malformed
     */
    public static WhacenterIncomingMessage parse(Map<String, Object> fields, String raw, ZoneId gatewayZone) {
        String from = text(fields, "from");
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("the body has no 'from': a sender is required");
        }
        String timestampText = text(fields, "timestamp");
        if (timestampText == null || timestampText.isBlank()) {
            throw new IllegalArgumentException("the body has no 'timestamp': the time received is required");
        }
        String media = blankToNull(text(fields, "media"));
        String messageType = blankToNull(text(fields, "message_type"));
        if (messageType == null) {
            messageType = media == null ? "text" : "media";
        }
        String groupId = blankToNull(text(fields, "id_group"));
        boolean group = isTrue(fields.get("is_group")) || groupId != null;
        return new WhacenterIncomingMessage(from.strip(), text(fields, "to"), text(fields, "pushName"), messageType,
                text(fields, "message"), media, group, groupId, timestamp(timestampText.strip(), gatewayZone),
                text(fields, "source"), fields, raw);
    }

    /**
     * A key for recognising a redelivered message: the gateway sends no id, so the key is derived from the content.
     */
    public static String deduplicationKey(WhacenterIncomingMessage message) {
        MessageDigest sha256 = Secrets.sha256();
        for (Object part : new Object[] {
                message.getTo(), message.getFrom(), message.getTimestamp().toLocalDateTime(), message.getMessage(),
                message.getMedia() }) {
            sha256.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Whether the content type is an urlencoded form. */
    public static boolean isForm(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith("application/x-www-form-urlencoded");
    }

    /** The fields of an urlencoded form, in their order; a repeated name keeps its last value. */
    public static Map<String, Object> formFields(String raw) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (NameValuePair pair : WWWFormCodec.parse(raw, StandardCharsets.UTF_8)) {
            fields.put(pair.getName(), pair.getValue());
        }
        return fields;
    }

    // read with the streaming parser, not into a tree first: every post goes through here
    private static Map<String, Object> jsonFields(byte[] body) {
        if (body.length == 0) {
            throw new IllegalArgumentException("the body is empty");
        }
        try (JsonParser parser = MAPPER.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("the body is not a JSON object");
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                fields.put(name, switch (parser.nextToken()) {
                    case VALUE_NULL -> null;
                    case VALUE_TRUE -> Boolean.TRUE;
                    case VALUE_FALSE -> Boolean.FALSE;
                    case START_OBJECT, START_ARRAY -> MAPPER.readValue(parser, Object.class);
                    default -> parser.getText();
                });
            }
            return fields;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON nor form data: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("the body could not be read: " + e.getMessage());
        }
    }

    private static ZonedDateTime timestamp(String text, ZoneId zone) {
        LocalDateTime inGatewayLayout = gatewayLayout(text);
        if (inGatewayLayout != null) {
            return inGatewayLayout.atZone(zone);
        }
        try {
            return LocalDateTime.parse(text, GatewaySchedule.GATEWAY_FORMAT).atZone(zone);
        } catch (DateTimeParseException notGatewayFormat) {
            try {
                TemporalAccessor parsed = ISO_STRICT.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
                return parsed instanceof ZonedDateTime zoned
                        ? zoned.withZoneSameInstant(zone) : ((LocalDateTime) parsed).atZone(zone);
            } catch (DateTimeException notIso) {
                throw new IllegalArgumentException(
                        "the timestamp '" + text + "' is not a time: the gateway sends yyyy-MM-dd HH:mm:ss");
            }
        }
    }

    /**
     * The gateway's {@code yyyy-MM-dd HH:mm:ss} read by hand, as every post has it: a DateTimeFormatter takes several
     * times longer. Null for any other text or an impossible time, which the formatters then read or report.
     */
    private static LocalDateTime gatewayLayout(String text) {
        if (text.length() != 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != ' '
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** The decimal number in text[from, to), or -1 unless every character is an ASCII digit. */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String text(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        return value == null || value instanceof Map || value instanceof Iterable ? null : value.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static boolean isTrue(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value != null && ("true".equalsIgnoreCase(value.toString()) || "1".equals(value.toString()));
    }
}
