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
package io.github.camelwhacenter.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import io.github.camelwhacenter.support.Secrets;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerParserTest {

    @Test
    void decompressesGzipServedAsTextHtml() throws IOException {
        String json = "{\"status\":true,\"message\":\"message sent\",\"data\":{\"id\":110864596}}";
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(json.getBytes(StandardCharsets.UTF_8));
        }
        SimpleHttpResponse response = SimpleHttpResponse.create(200, zipped.toByteArray(),
                ContentType.parse("text/html; charset=UTF-8"));
        response.addHeader("Content-Encoding", "gzip");

        JsonAnswer answer = AnswerParser.json(AnswerParser.body(response, 1_048_576));

        assertTrue(answer.status());
        assertEquals("110864596", answer.text("id"));
    }

    @Test
    void readsDataAsAnEmptyArray() {
        JsonAnswer answer = json("{\"status\":false,\"message\":\"device not connected or not found\",\"data\":[]}");

        assertFalse(answer.status());
        assertNull(answer.text("id"));
    }

    @Test
    void readsIdsAsStringsAndStatusAsText() {
        JsonAnswer answer = json("{\"status\":\"true\",\"message\":\"message sent\",\"data\":{\"id\":\"abc-1\"},}");

        assertTrue(answer.status());
        assertEquals("abc-1", answer.text("id"));
    }

    @Test
    void readsNumericStatusNullMessageAndNestedData() {
        JsonAnswer one = json("{\"data\":{\"id\":7,\"nested\":{\"a\":[1]},\"gone\":null},\"status\":1,\"message\":null,\"extra\":[{}]}");
        JsonAnswer zero = json("{\"status\":0,\"message\":42,\"data\":\"nothing\"}");
        JsonAnswer objectStatus = json("{\"status\":{\"ok\":true},\"message\":\"odd\"}");

        assertTrue(one.status());
        assertNull(one.message());
        assertEquals("7", one.text("id"));
        assertEquals("", one.text("nested"));
        assertNull(one.text("gone"));
        assertFalse(zero.status());
        assertEquals("42", zero.message());
        assertNull(zero.text("id"));
        assertFalse(objectStatus.status());
    }

    @Test
    void refusesTruncatedJson() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> json("{\"status\":true,\"message\":\"message se"));

        assertEquals("the gateway's answer is not JSON", e.getMessage());
    }

    @Test
    void refusesGarbage() {
        assertThrows(IllegalArgumentException.class, () -> json("<html>502 Bad Gateway</html>"));
        assertThrows(IllegalArgumentException.class, () -> json("[1,2,3]"));
        assertThrows(IllegalArgumentException.class, () -> json("{\"message\":\"no status\"}"));
        assertThrows(IllegalArgumentException.class, () -> json(""));
    }

    @Test
    void masksTheDeviceIdInSnippets() {
        String snippet = Secrets.snippet("error for device_id=abc123 and abc123 again".getBytes(StandardCharsets.UTF_8), "abc123");

        assertFalse(snippet.contains("abc123"), snippet);
    }

    @Test
    void masksDeviceIdParametersInUris() {
        assertEquals("whacenter://send?deviceId=xxxxxx&number=1", Secrets.maskUri("whacenter://send?deviceId=s3cr3t&number=1"));
        assertEquals("whacenter://send?deviceId=xxxxxx", Secrets.maskUri("whacenter://send?deviceId=RAW(s&cr)"));
    }

    private static JsonAnswer json(String body) {
        return AnswerParser.json(body.getBytes(StandardCharsets.UTF_8));
    }
}
