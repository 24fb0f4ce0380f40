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
package io.github.camelwhacenter.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the device id, a credential, out of every text the component shows: exception messages, logs, URIs.
 */
public final class Secrets {

    public static final String MASK = "xxxxxx";
    private static final int SNIPPET_LENGTH = 200;
    private static final Pattern DEVICE_ID_PARAMETER
            = Pattern.compile("((?:deviceId|device_id)=)(RAW\\([^)]*\\)|RAW\\{[^}]*}|[^&]*)", Pattern.CASE_INSENSITIVE);

    private Secrets() {
    }

    /** Masks device id parameters in a URI or query string. */
    public static String maskUri(String uri) {
        return uri == null ? null : DEVICE_ID_PARAMETER.matcher(uri).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }

    /** Masks the value of one query parameter (e.g. a webhook token) in a URL. */
    public static String maskQuery(String url, String parameter) {
        return url == null ? null : url.replaceAll("([?&]" + Pattern.quote(parameter) + "=)[^&]*", "$1" + MASK);
    }

    /**
     * A name for a secret that can be shown, for health check ids and the like: the first 8 hex digits of its SHA-256,
     * the same in every JVM, and no help in guessing the secret.
     */
    public static String fingerprint(String secret) {
        byte[] digest = sha256().digest(secret.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 4);
    }

    /**
     * The SHA-256 of the parts, one per line, in hex: a key that names a device's contact in a shared store without
     * either in clear.
     */
    public static String digest(String... parts) {
        return HexFormat.of().formatHex(sha256().digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)));
    }

    /** A new SHA-256 digest, which every Java has. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Masks every occurrence of the secret in the text. */
    public static String mask(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, MASK);
    }

    /** Masks every occurrence of each secret in the text; null secrets are skipped. */
    public static String maskAll(String text, String... secrets) {
        String masked = text;
        for (String secret : secrets) {
            masked = mask(masked, secret);
        }
        return masked;
    }

    /** The start of a response body as printable text, every secret masked, for exception messages. */
    public static String snippet(byte[] body, String... secrets) {
        if (body == null || body.length == 0) {
            return "(empty body)";
        }
        // masked before it is cut: a secret across the cut would otherwise leave its start in the snippet
        int longest = 0;
        for (String secret : secrets) {
            longest = Math.max(longest, secret == null ? 0 : secret.length());
        }
        String text = new String(body, 0, Math.min(body.length, SNIPPET_LENGTH * 4 + longest * 4), StandardCharsets.UTF_8);
        text = maskUri(maskAll(text, secrets)).replaceAll("\\p{Cntrl}+", " ").strip();
        if (text.length() > SNIPPET_LENGTH) {
            text = text.substring(0, SNIPPET_LENGTH) + "...";
        }
        return text;
    }
}
