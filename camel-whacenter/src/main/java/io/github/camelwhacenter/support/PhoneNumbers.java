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

/**
 * Brings phone numbers to the form the gateway takes: digits only, with the country code.
 */
public final class PhoneNumbers {

    private static final int MIN_DIGITS = 8;
    private static final int MAX_DIGITS = 15; // E.164

    private PhoneNumbers() {
    }

    /**
     * Removes spaces, dashes, parentheses, dots and a leading + (or 00), and replaces the leading 0 of a local number
     * with the country code.
     *
     * @throws IllegalArgumentException saying what is wrong and which forms are accepted
     */
    public static String normalise(String raw, String countryCode) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        String number = withoutDecoration(raw.strip());
        if (number.startsWith("+")) {
            number = number.substring(1);
        } else if (number.startsWith("00")) {
            number = number.substring(2);
        } else if (number.startsWith("0")) {
            number = countryCode + number.substring(1);
        }
        if (!isDigits(number)) {
            throw new IllegalArgumentException("'" + raw + "' holds characters other than digits");
        }
        if (number.startsWith("0")) {
            throw new IllegalArgumentException("'" + raw + "' has no country code after its prefix");
        }
        if (number.length() < MIN_DIGITS || number.length() > MAX_DIGITS) {
            throw new IllegalArgumentException(
                    "'" + raw + "' has " + number.length() + " digits with its country code, a phone number has "
                                               + MIN_DIGITS + " to " + MAX_DIGITS);
        }
        return number;
    }

    // by hand rather than with regular expressions: every send goes through here
    private static String withoutDecoration(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean decoration = c == ' ' || c == '-' || c == '(' || c == ')' || c == '.' || c == '\t' || c == '\n'
                                 || c == '\u000B' || c == '\f' || c == '\r';
            if (decoration && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!decoration && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
