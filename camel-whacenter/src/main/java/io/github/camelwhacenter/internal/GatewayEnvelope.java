package io.github.camelwhacenter.internal;

import java.util.Map;

/**
 * The gateway's JSON answer: {@code {"status": .., "message": .., "data": ..}}, where {@code data} is an object or
 * an empty array.
 *
 * @param data the scalar fields of {@code data} as text (numbers included), nested values as empty text; empty when
 *             {@code data} is no object
 */
public record GatewayEnvelope(boolean status, String message, Map<String, String> data) {

    /** A field of {@code data} as text (numbers included); null when absent, null, or when data is not an object. */
    public String text(String field) {
        return data.get(field);
    }
}
