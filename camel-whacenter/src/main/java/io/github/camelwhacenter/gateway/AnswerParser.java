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
package io.github.camelwhacenter.gateway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;

/**
 * Reads the gateway's answers whatever they claim to be: JSON is served as text/html, possibly gzip-compressed.
 */
public final class AnswerParser {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    private AnswerParser() {
    }

    /**
     * The body's bytes, decompressed when the gateway gzipped them.
     *
     * @param maxBytes the most the body may inflate to
     * @throws AnswerTooLargeException when it inflates to more: a few kilobytes of gzip can hold a gigabyte
     */
    public static byte[] body(SimpleHttpResponse response, int maxBytes) throws IOException {
        byte[] raw = response.getBodyBytes();
        if (raw == null) {
            return new byte[0];
        }
        Header encoding = response.getFirstHeader(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && encoding.getValue().toLowerCase().contains("gzip")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                byte[] inflated = in.readNBytes(maxBytes);
                if (in.read() != -1) {
                    throw new AnswerTooLargeException(maxBytes);
                }
                return inflated;
            }
        }
        return raw;
    }

    /**
     * Reads the JSON answer with Jackson's streaming parser rather than a tree: it is read on every call, and only
     * {@code status}, {@code message} and the scalar fields of {@code data} are ever used.
     *
     * @throws IllegalArgumentException saying what is wrong when the body is not a JSON answer with a status
     */
    public static JsonAnswer json(byte[] body) {
        if (body.length == 0) {
            throw new IllegalArgumentException("the gateway answered an empty body");
        }
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("the gateway's answer has no status field");
            }
            Boolean status = null;
            String message = null;
            Map<String, String> data = Map.of();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "status" -> status = isTrue(parser, value);
                    case "message" -> message = textOf(parser, value);
                    case "data" -> data = value == JsonToken.START_OBJECT ? fieldsOf(parser) : skip(parser, Map.of());
                    default -> parser.skipChildren();
                }
            }
            if (status == null) {
                throw new IllegalArgumentException("the gateway's answer has no status field");
            }
            return new JsonAnswer(status, message, data);
        } catch (IOException e) {
            throw new IllegalArgumentException("the gateway's answer is not JSON", e);
        }
    }

    public static boolean isPng(byte[] body) {
        if (body.length < PNG_SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (body[i] != PNG_SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTrue(JsonParser parser, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_TRUE -> true;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue() != 0;
            case VALUE_STRING -> "true".equalsIgnoreCase(parser.getText().strip());
            default -> skip(parser, false);
        };
    }

    /** A scalar as the gateway wrote it; null for JSON null; empty text for an object or array. */
    private static String textOf(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        return value.isScalarValue() ? parser.getText() : skip(parser, "");
    }

    private static Map<String, String> fieldsOf(JsonParser parser) throws IOException {
        Map<String, String> fields = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            String text = textOf(parser, parser.nextToken());
            if (text == null) {
                fields.remove(field);
            } else {
                fields.put(field, text);
            }
        }
        return fields;
    }

    private static <T> T skip(JsonParser parser, T result) throws IOException {
        parser.skipChildren();
        return result;
    }
}
