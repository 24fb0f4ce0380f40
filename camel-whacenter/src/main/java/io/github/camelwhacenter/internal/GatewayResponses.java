package io.github.camelwhacenter.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;

/**
 * Reads the gateway's answers whatever they claim to be: JSON is served as text/html, possibly gzip-compressed.
 */
public final class GatewayResponses {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    private GatewayResponses() {
    }

    /** The body's bytes, decompressed when the gateway gzipped them. */
    public static byte[] body(SimpleHttpResponse response) throws IOException {
        byte[] raw = response.getBodyBytes();
        if (raw == null) {
            return new byte[0];
        }
        Header encoding = response.getFirstHeader(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && encoding.getValue().toLowerCase().contains("gzip")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                return in.readAllBytes();
            }
        }
        return raw;
    }

    /**
     * @throws IllegalArgumentException saying what is wrong when the body is not a JSON envelope with a status
     */
    public static GatewayEnvelope envelope(byte[] body) {
        if (body.length == 0) {
            throw new IllegalArgumentException("the gateway answered an empty body");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("the gateway's answer is not JSON", e);
        }
        if (root == null || !root.isObject() || !root.has("status")) {
            throw new IllegalArgumentException("the gateway's answer has no status field");
        }
        return new GatewayEnvelope(isTrue(root.get("status")), textOrNull(root.get("message")), root.get("data"));
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

    private static boolean isTrue(JsonNode status) {
        if (status.isBoolean()) {
            return status.booleanValue();
        }
        if (status.isNumber()) {
            return status.intValue() != 0;
        }
        return "true".equalsIgnoreCase(status.asText().strip());
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
