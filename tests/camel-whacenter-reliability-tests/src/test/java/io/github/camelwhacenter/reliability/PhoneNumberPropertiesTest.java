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
package io.github.camelwhacenter.reliability;

import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.simulator.RecordedRequest;
import io.github.camelwhacenter.support.PhoneNumbers;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.apache.camel.Exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Phone numbers as people write them, and as they should not: every input is either brought to the gateway's form
 * (digits only, country code first, 8 to 15 long) or refused with a reason, and only with the documented exception.
 */
class PhoneNumberPropertiesTest {

    private static final String COUNTRY_CODE = "62";
    private static GatewayHarness gateway;

    /** A number as someone wrote it, and the digits the gateway must get. */
    record Written(String text, String expected) {
    }

    @BeforeContainer
    static void startGateway() {
        gateway = GatewayHarness.start();
    }

    @AfterContainer
    static void stopGateway() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @StatisticsReport(onFailureOnly = true)
    @Property(tries = 5_000)
    void anyTextIsNormalisedToTheGatewaysDigitsOrRefusedWithAReason(@ForAll("phoneLikeText") String raw) {
        String normalised;
        try {
            normalised = PhoneNumbers.normalise(raw, COUNTRY_CODE);
        } catch (IllegalArgumentException refused) {
            Statistics.label("outcome").collect("refused");
            checkBothOutcomes("normalised", "refused");
            String reason = refused.getMessage();
            assertTrue(reason != null && !reason.isBlank(), "a refusal says why");
            assertTrue(raw.isBlank() ? reason.equals("is empty") : reason.contains(raw),
                    "the reason quotes the input: " + reason);
            return;
        }
        Statistics.label("outcome").collect("normalised");
        checkBothOutcomes("normalised", "refused");
        assertTrue(normalised.matches("[1-9][0-9]{7,14}"), "digits only, with a country code, 8..15 long: " + normalised);
        assertEquals(normalised, PhoneNumbers.normalise(normalised, COUNTRY_CODE), "normalising twice changes nothing");
        assertTrue(raw.replaceAll("[^0-9]", "").endsWith(normalised.substring(normalised.length() - 6)),
                "the subscriber's digits are the input's own");
    }

    @StatisticsReport(onFailureOnly = true)
    @Property(tries = 3_000)
    void aNumberWrittenInAnyCommonWayBecomesItsInternationalDigits(@ForAll("writtenNumbers") Written written) {
        assertEquals(written.expected(), PhoneNumbers.normalise(written.text(), COUNTRY_CODE), written.text());
    }

    @StatisticsReport(onFailureOnly = true)
    @Property(tries = 400)
    void theProducerSendsTheNormalisedNumberOrRefusesTheFieldBeforeAnyHttp(@ForAll("phoneLikeText") String raw) {
        gateway.simulator.reset();

        Exchange exchange = gateway.template.request("whacenter:send", e -> {
            e.getMessage().setHeader(WhacenterConstants.NUMBER, raw);
            e.getMessage().setBody("generated number");
        });

        RecordedRequest request = gateway.requestOrRefusal(exchange, "number");
        Statistics.label("outcome").collect(request == null ? "refused" : "sent");
        checkBothOutcomes("sent", "refused");
        if (request == null) {
            assertFalse(isNormalisable(raw), "refused a number the component itself can normalise: " + raw);
        } else {
            assertEquals(PhoneNumbers.normalise(raw, COUNTRY_CODE), request.field("number"));
        }
    }

    /** The generators reach both outcomes often enough for the property to mean something. */
    static void checkBothOutcomes(String one, String other) {
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check(one).percentage(p -> p > 10);
            coverage.check(other).percentage(p -> p > 10);
        });
    }

    private static boolean isNormalisable(String raw) {
        try {
            PhoneNumbers.normalise(raw, COUNTRY_CODE);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<String> phoneLikeText() {
        Arbitrary<String> written = writtenNumbers().map(Written::text);
        return Arbitraries.frequencyOf(
                Tuple.of(4, written),
                Tuple.of(2, written.flatMap(PhoneNumberPropertiesTest::mistype)),
                Tuple.of(2, Arbitraries.strings().withChars("0123456789 +-().").ofMaxLength(24)),
                Tuple.of(1, Arbitraries.strings().numeric().ofMaxLength(20)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(20)),
                Tuple.of(1, Arbitraries.strings().whitespace().ofMaxLength(3)));
    }

    /** One character of a well-written number replaced, dropped or doubled: a typo. */
    private static Arbitrary<String> mistype(String text) {
        return Combinators.combine(Arbitraries.integers().between(0, text.length() - 1),
                        Arbitraries.of('x', 'O', '+', '0', '/', '#', '\u00a0', '\u0661', '1'),
                        Arbitraries.integers().between(0, 2))
                .as((at, replacement, kind) -> switch (kind) {
                    case 0 -> text.substring(0, at) + replacement + text.substring(at + 1);
                    case 1 -> text.substring(0, at) + text.substring(at + 1);
                    default -> text.substring(0, at) + text.charAt(at) + text.substring(at);
                });
    }

    @Provide
    Arbitrary<Written> writtenNumbers() {
        Arbitrary<String> countryCode = Combinators.combine(Arbitraries.integers().between(1, 9),
                        Arbitraries.strings().numeric().ofMaxLength(2))
                .as((first, rest) -> first + rest);
        Arbitrary<Written> international = countryCode.flatMap(code -> Combinators.combine(
                        Arbitraries.strings().numeric().ofMinLength(8 - code.length()).ofMaxLength(15 - code.length()),
                        Arbitraries.of("+", "00", "", "+ ", "(+", "00 "))
                .as((subscriber, prefix) -> new Written(prefix + code + (prefix.equals("(+") ? ")" : "") + subscriber,
                        code + subscriber)));
        // a local number's subscriber part never starts with 0: "00" is the international prefix
        Arbitrary<Written> local = Combinators.combine(Arbitraries.integers().between(1, 9),
                        Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(12))
                .as((first, rest) -> new Written("0" + first + rest, COUNTRY_CODE + first + rest));
        return Arbitraries.oneOf(international, local).flatMap(PhoneNumberPropertiesTest::decorate);
    }

    /** Spaces, dashes, dots and parentheses between the digits, and blanks around, as people type them. */
    private static Arbitrary<Written> decorate(Written plain) {
        Arbitrary<String> separator = Arbitraries.of("", "", "", " ", "-", ".", " - ", "(", ")", "  ");
        return Combinators.combine(separator.list().ofSize(plain.text().length()), Arbitraries.of("", " ", "\t", "\n "),
                        Arbitraries.of("", " ", "\n"))
                .as((separators, before, after) -> {
                    StringBuilder text = new StringBuilder(before);
                    for (int i = 0; i < plain.text().length(); i++) {
                        text.append(plain.text().charAt(i));
                        if (i < plain.text().length() - 1) {
                            text.append(separators.get(i));
                        }
                    }
                    return new Written(text.append(after).toString(), plain.expected());
                });
    }
}
