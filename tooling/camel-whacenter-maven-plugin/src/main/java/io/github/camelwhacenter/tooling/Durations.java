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
package io.github.camelwhacenter.tooling;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration default of the catalog, milliseconds or Camel's duration text (1m30s, 500ms, 2h), as milliseconds.
 */
final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private Durations() {
    }

    static long millis(String option, String value) {
        String text = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (text.matches("\\d+")) {
            return Long.parseLong(text);
        }
        Matcher part = PART.matcher(text);
        long millis = 0;
        int end = 0;
        while (part.find() && part.start() == end) {
            long amount = Long.parseLong(part.group(1));
            millis += switch (part.group(2)) {
                case "ms" -> amount;
                case "s" -> amount * 1000;
                case "m" -> amount * 60_000;
                case "h" -> amount * 3_600_000;
                default -> amount * 86_400_000;
            };
            end = part.end();
        }
        if (end == 0 || end != text.length()) {
            throw new IllegalArgumentException("The default of the duration option " + option + " is \"" + value
                    + "\": write it in milliseconds or as a duration such as 30s, 1m30s or 500ms");
        }
        return millis;
    }
}
