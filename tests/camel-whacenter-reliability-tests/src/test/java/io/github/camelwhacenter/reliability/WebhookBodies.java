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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generated webhook bodies, from the gateway's own (trailing comma included) to garbage, each with what the component
 * must make of it.
 */
final class WebhookBodies {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter GATEWAY = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "(absent)";
        }
    };

    enum Outcome {
        /** parsed: the sender and the time are known */
        ACCEPTED,
        /** refused: no usable 'from' */
        NO_FROM,
        /** refused: no usable 'timestamp' */
        NO_TIMESTAMP,
        /** refused: not a JSON object (nor a form) */
        MALFORMED,
        /** garbage that is refused, unless it happens to be a valid body */
        EITHER
    }

    /** One body, and what must come of it: the sender and time when accepted. */
    record Body(String contentType, byte[] bytes, Outcome outcome, String from, Instant timestamp) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return outcome + " " + contentType + " " + text();
        }
    }

    /** A time, written as the gateway or an integrator might, and the instant it means (null when it means none). */
    record Timestamp(Object value, Instant instant) {
    }

    private WebhookBodies() {
    }

    static Arbitrary<Body> bodies() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, fieldBodies()),
                Tuple.of(1, fieldBodies().flatMap(WebhookBodies::truncated)),
                Tuple.of(1, Arbitraries.of("", "[]", "42", "\"from\"", "null", "true", "[{\"from\":\"1\"}]", "{", "}")
                        .map(text -> new Body("application/json", text.getBytes(StandardCharsets.UTF_8),
                                Outcome.MALFORMED, null, null))),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(200)
                        .map(bytes -> new Body("application/json", bytes, Outcome.EITHER, null, null))),
                Tuple.of(1, anyText().ofMaxLength(100)
                        .map(text -> new Body("application/json; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8),
                                Outcome.EITHER, null, null))));
    }

    private static Arbitrary<Body> fieldBodies() {
        Arbitrary<Map<String, Object>> optional = Combinators.combine(
                        value(textValues()), value(textValues()), value(Arbitraries.of("text", "media", "live-location", "")),
                        value(Arbitraries.of("", "https://api.whacenter.com/api/media?path=a.jpe", "url")),
                        value(Arbitraries.of(true, false, "true", "1", "0", "no")), value(Arbitraries.of("", "1203@g.us")),
                        value(Arbitraries.of("WHACENTER", "other", "")), extraFields())
                .as((to, message, type, media, isGroup, idGroup, source, extra) -> {
                    Map<String, Object> fields = new LinkedHashMap<>();
                    put(fields, "pushName", message);
                    put(fields, "to", to);
                    put(fields, "message_type", type);
                    put(fields, "message", message);
                    put(fields, "media", media);
                    put(fields, "is_group", isGroup);
                    put(fields, "id_group", idGroup);
                    put(fields, "source", source);
                    fields.putAll(extra);
                    return fields;
                });
        return Combinators.combine(senders(), timestamps(), optional, Arbitraries.integers().between(0, 5))
                .as((from, timestamp, fields, style) -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    put(body, "from", from);
                    put(body, "timestamp", timestamp.value());
                    body.putAll(fields);
                    String sender = senderText(from);
                    Outcome outcome = sender == null || sender.isBlank() ? Outcome.NO_FROM
                            : timestamp.instant() == null ? Outcome.NO_TIMESTAMP : Outcome.ACCEPTED;
                    String expectedFrom = outcome == Outcome.ACCEPTED ? sender.strip() : null;
                    Instant expectedTime = outcome == Outcome.ACCEPTED ? timestamp.instant() : null;
                    return style == 5
                            ? new Body("application/x-www-form-urlencoded", formText(body), outcome, expectedFrom,
                                    expectedTime)
                            : new Body(style == 4 ? "application/json; charset=UTF-8" : "application/json",
                                    jsonText(body, style), outcome, expectedFrom, expectedTime);
                });
    }

    /**
     * What the component must read as the sender, or null when the value is no text. A form carries the same: its
     * numbers and booleans are text anyway, and structures are left out of it.
     */
    private static String senderText(Object from) {
        if (from == ABSENT || from == null || from instanceof Map || from instanceof List) {
            return null;
        }
        return String.valueOf(from);
    }

    private static Arbitrary<Object> senders() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Combinators.combine(Arbitraries.of("0877", "62877", "+62 877-"),
                                Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(9), Arbitraries.of("", " ", "\n"))
                        .as((prefix, digits, blank) -> blank + prefix + digits + blank)),
                Tuple.of(1, anyText().ofMinLength(1).ofMaxLength(20).map(text -> (Object) text)),
                Tuple.of(1, Arbitraries.longs().between(1, 999_999_999_999L).map(number -> (Object) number)),
                Tuple.of(1, Arbitraries.of(ABSENT, null, "", "  ", Map.of("number", "0877"), List.of("0877"), true)));
    }

    static Arbitrary<Timestamp> timestamps() {
        Arbitrary<LocalDateTime> local = Arbitraries.longs().between(946_684_800L, 4_102_444_800L)
                .map(seconds -> LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC));
        Arbitrary<ZoneOffset> offsets = Arbitraries.integers().between(-18 * 4, 18 * 4)
                .map(quarters -> ZoneOffset.ofTotalSeconds(quarters * 15 * 60));
        return Arbitraries.frequencyOf(
                Tuple.of(6, local.map(time -> new Timestamp(time.format(GATEWAY), time.atZone(JAKARTA).toInstant()))),
                Tuple.of(1, local.map(time -> new Timestamp(" " + time.format(GATEWAY) + " ",
                        time.atZone(JAKARTA).toInstant()))),
                Tuple.of(1, Combinators.combine(local, offsets).as((time, offset) -> new Timestamp(
                        time.atOffset(offset).toString(), time.atOffset(offset).toInstant()))),
                Tuple.of(1, local.map(time -> new Timestamp(time.toString(), time.atZone(JAKARTA).toInstant()))),
                Tuple.of(1, anyText().ofMaxLength(20).map(text -> new Timestamp("x" + text, null))),
                Tuple.of(1, Arbitraries.of(new Timestamp(ABSENT, null), new Timestamp(null, null), new Timestamp("", null),
                        new Timestamp(" ", null), new Timestamp(1_721_525_276L, null),
                        new Timestamp("2025-13-21 08:27:56", null), new Timestamp("2025-07-21", null),
                        new Timestamp(Map.of("date", "2025-07-21"), null))));
    }

    private static Arbitrary<Object> textValues() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, anyText().ofMaxLength(40).map(text -> (Object) text)),
                Tuple.of(1, Arbitraries.of(ABSENT, null, 12345L, true, List.of("a", 1), Map.of("k", "v"))));
    }

    /** Any text of valid UTF-16 (no lone surrogates, which UTF-8 cannot carry), control characters included. */
    static net.jqwik.api.arbitraries.StringArbitrary anyText() {
        return Arbitraries.strings().withCharRange('\u0000', '\ud7ff').withCharRange('\ue000', '\ufffd');
    }

    private static <T> Arbitrary<Object> value(Arbitrary<T> values) {
        return Arbitraries.frequencyOf(Tuple.of(4, values.map(v -> (Object) v)), Tuple.of(1, Arbitraries.just(ABSENT)));
    }

    private static Arbitrary<Map<String, Object>> extraFields() {
        return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(key -> "x_" + key),
                        textValues())
                .ofMaxSize(3)
                .map(extra -> {
                    Map<String, Object> fields = new LinkedHashMap<>(extra);
                    fields.values().removeIf(value -> value == ABSENT);
                    return fields;
                });
    }

    private static void put(Map<String, Object> fields, String name, Object value) {
        if (value != ABSENT) {
            fields.put(name, value);
        }
    }

    /** JSON in several styles: compact, the collection's own (pretty with a trailing comma), with a comment. */
    private static byte[] jsonText(Map<String, Object> body, int style) {
        try {
            String text = switch (style) {
                case 1 -> {
                    String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body);
                    yield body.isEmpty() ? pretty : pretty.substring(0, pretty.lastIndexOf('}')) + ",\n\n}";
                }
                case 2 -> "/* sent by the gateway */ " + JSON.writeValueAsString(body);
                case 3 -> "\n\t" + JSON.writeValueAsString(body) + "\r\n";
                default -> JSON.writeValueAsString(body);
            };
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fields as application/x-www-form-urlencoded: text values only; structures are left out. */
    private static byte[] formText(Map<String, Object> body) {
        List<String> pairs = new ArrayList<>();
        body.forEach((name, value) -> {
            if (value != null && !(value instanceof Map) && !(value instanceof List)) {
                pairs.add(encode(name) + "=" + encode(String.valueOf(value)));
            }
        });
        return String.join("&", pairs).getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A body cut short, as when a connection breaks: refused, unless the cut left a complete body. */
    private static Arbitrary<Body> truncated(Body body) {
        return Arbitraries.integers().between(0, Math.max(0, body.bytes().length - 1))
                .map(length -> new Body(body.contentType(), java.util.Arrays.copyOf(body.bytes(), length), Outcome.EITHER,
                        null, null));
    }

}
