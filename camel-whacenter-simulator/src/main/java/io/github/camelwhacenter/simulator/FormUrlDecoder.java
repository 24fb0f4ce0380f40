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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Decodes {@code a=1&b=2} strings, from query strings and urlencoded bodies alike. */
final class FormUrlDecoder {

    private FormUrlDecoder() {
    }

    /**
     * Decodes the pairs into {@code into}; a later duplicate replaces an earlier one.
     *
     * @param encoded the raw (still percent-encoded) text, may be {@code null}
     * @param into    where the decoded pairs go
     */
    static void decode(String encoded, Map<String, String> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            into.put(decodeComponent(name), decodeComponent(value));
        }
    }

    private static String decodeComponent(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedPercentEscape) {
            // a sloppy client must still be recorded; PHP keeps such text as it is, too
            return raw;
        }
    }
}
