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

/**
 * How strings are escaped in generated JSON. The gateway's API answers come from PHP's
 * {@code json_encode}, which escapes {@code /} and every non-ASCII character (the collection's
 * captured {@code qr} value shows {@code \/}); its webhook bodies show plain slashes and raw UTF-8.
 * Reproducing both keeps client parsers honest.
 */
enum JsonStyle {

    /** PHP {@code json_encode} defaults: {@code \/} and {@code \u00e9}-style escapes. */
    PHP,

    /** Only what JSON requires: quotes, backslashes and control characters. */
    PLAIN;

    /**
     * Appends {@code value} as a quoted JSON string, or {@code null} for a {@code null} value.
     *
     * @param out   where to append
     * @param value the string
     */
    void appendString(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '/' -> out.append(this == PHP ? "\\/" : "/");
                default -> {
                    if (needsUnicodeEscape(value, i)) {
                        appendUnicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** @return {@code value} as a quoted JSON string */
    String quote(String value) {
        StringBuilder out = new StringBuilder(value == null ? 4 : value.length() + 2);
        appendString(out, value);
        return out.toString();
    }

    private boolean needsUnicodeEscape(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return true;
        }
        if (this == PHP) {
            return c > 0x7f; // PHP leaves DEL raw but escapes everything beyond ASCII, surrogates included
        }
        return Character.isSurrogate(c) && !isPairedSurrogate(s, i);
    }

    // A lone surrogate cannot be encoded as UTF-8; escaping it keeps the body valid, as JSON.stringify does.
    private static boolean isPairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static void appendUnicodeEscape(StringBuilder out, char c) {
        // lower-case hex digits, as both PHP and JavaScript write them
        out.append("\\u");
        String hex = Integer.toHexString(c);
        for (int pad = hex.length(); pad < 4; pad++) {
            out.append('0');
        }
        out.append(hex);
    }
}
