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
