package io.github.camelwhacenter.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "081234567890, 6281234567890",
            "0812-3456-7890, 6281234567890",
            "(0812) 3456 7890, 6281234567890",
            "+62 812 3456 7890, 6281234567890",
            "6281234567890, 6281234567890",
            "0062 812 3456 7890, 6281234567890",
            "+1 (415) 555-0100, 14155550100",
            "0877.5444.6580, 6287754446580" })
    void normalises(String raw, String expected) {
        assertEquals(expected, PhoneNumbers.normalise(raw, "62"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0812", "62812abc4567", "+0812345678", "1234567890123456", "++6281234567890" })
    void refusesImplausibleNumbers(String raw) {
        assertThrows(IllegalArgumentException.class, () -> PhoneNumbers.normalise(raw, "62"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   " })
    void refusesEmptyNumbers(String raw) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhoneNumbers.normalise(raw, "62"));
        assertEquals("is empty", e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void usesTheConfiguredCountryCode() {
        assertEquals("60123456789", PhoneNumbers.normalise("0123456789", "60"));
    }
}
