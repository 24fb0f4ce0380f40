package io.github.camelwhacenter.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The gateway's JSON answer: {@code {"status": .., "message": .., "data": ..}}, where {@code data} is an object or
 * an empty array.
 */
public record GatewayEnvelope(boolean status, String message, JsonNode data) {

    /** A field of {@code data} as text (numbers included); null when absent or when data is not an object. */
    public String text(String field) {
        if (data == null || !data.isObject()) {
            return null;
        }
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
