package io.github.camelwhacenter.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
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
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (Object part : new Object[] {
                    message.getTo(), message.getFrom(), message.getTimestamp().toLocalDateTime(), message.getMessage(),
                    message.getMedia() }) {
                sha256.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static boolean isForm(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith("application/x-www-form-urlencoded");
    }

    private static Map<String, Object> formFields(String raw) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (NameValuePair pair : WWWFormCodec.parse(raw, StandardCharsets.UTF_8)) {
            fields.put(pair.getName(), pair.getValue());
        }
        return fields;
    }

    private static Map<String, Object> jsonFields(byte[] body) {
        if (body.length == 0) {
            throw new IllegalArgumentException("the body is empty");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON nor form data: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("the body could not be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the body is not a JSON object");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        root.fields().forEachRemaining(field -> fields.put(field.getKey(), toJava(field.getValue())));
        return fields;
    }

    private static Object toJava(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isValueNode()) {
            return node.isBoolean() ? node.booleanValue() : node.asText();
        }
        return MAPPER.convertValue(node, Object.class);
    }

    private static ZonedDateTime timestamp(String text, ZoneId zone) {
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
