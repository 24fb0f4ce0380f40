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
