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

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonStyleTest {

    @Test
    void phpStyleEscapesSlashesAndEverythingBeyondAscii() {
        assertEquals("\"http:\\/\\/a\\/b \\u00e9 \\ud83d\\ude00 \\\" \\\\ \\n\\r\\t \\u0001\"",
                JsonStyle.PHP.quote("http://a/b é 😀 \" \\ \n\r\t \u0001"));
    }

    @Test
    void plainStyleEscapesOnlyWhatJsonRequires() {
        assertEquals("\"http://a/b é 😀 \\\" \\\\ \\n\\r\\t \\u0001 \\b\\f\"",
                JsonStyle.PLAIN.quote("http://a/b é 😀 \" \\ \n\r\t \u0001 \b\f"));
    }

    @Test
    void loneSurrogatesAreEscapedSoTheUtf8StaysValid() {
        assertEquals("\"a\\ud800b\"", JsonStyle.PLAIN.quote("a\ud800b"));
    }

    @Test
    void nullBecomesJsonNull() {
        assertEquals("null", JsonStyle.PLAIN.quote(null));
        assertEquals("{\"a\":null,\"b\":1,\"c\":true,\"d\":[]}", new JsonObjectBuilder(JsonStyle.PHP)
                .add("a", (String) null).add("b", 1).add("c", true).addRaw("d", "[]").build());
    }
}
