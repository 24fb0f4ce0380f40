package io.github.camelwhacenter.internal;

import java.util.regex.Pattern;

/**
 * Brings phone numbers to the form the gateway takes: digits only, with the country code.
 */
public final class PhoneNumbers {

    private static final Pattern DECORATION = Pattern.compile("[\\s\\-().]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
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
        String number = DECORATION.matcher(raw.strip()).replaceAll("");
        if (number.startsWith("+")) {
            number = number.substring(1);
        } else if (number.startsWith("00")) {
            number = number.substring(2);
        } else if (number.startsWith("0")) {
            number = countryCode + number.substring(1);
        }
        if (!DIGITS.matcher(number).matches()) {
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
}
