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

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes {@code multipart/form-data} bodies (RFC 7578) into plain fields. The gateway only takes
 * text fields ({@code file} is a URL), so a file upload is recorded by its file name.
 */
final class MultipartFormDecoder {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)(?:^|;)\\s*boundary\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]*))");
    private static final Pattern FILENAME = Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]*))");
    private static final Pattern CHARSET = Pattern.compile("(?i)(?:^|;)\\s*charset\\s*=\\s*\"?([^;\\s\"]+)");

    private MultipartFormDecoder() {
    }

    /**
     * Decodes the parts of {@code body} into {@code into}; a malformed tail is ignored.
     *
     * @param contentType the request's Content-Type, carrying the boundary
     * @param body        the raw body
     * @param into        where the fields go
     */
    static void decode(String contentType, byte[] body, Map<String, String> into) {
        String boundary = parameter(BOUNDARY, contentType);
        if (boundary == null || boundary.isEmpty()) {
            return;
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delimiter, 0);
        while (pos >= 0) {
            pos += delimiter.length;
            if (startsWith(body, pos, "--")) {
                return; // closing delimiter
            }
            int headersStart = indexOf(body, "\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
            if (headersStart < 0 || headersEnd < 0) {
                return;
            }
            int contentStart = headersEnd + 4;
            int next = indexOf(body, concat("\r\n", delimiter), contentStart);
            if (next < 0) {
                return;
            }
            String headers = new String(body, headersStart + 2, Math.max(0, headersEnd - headersStart - 2), StandardCharsets.UTF_8);
            addPart(headers, body, contentStart, next, into);
            pos = next + 2;
        }
    }

    private static void addPart(String headers, byte[] body, int from, int to, Map<String, String> into) {
        String disposition = null;
        String partType = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String headerName = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String headerValue = line.substring(colon + 1).trim();
            if (headerName.equals("content-disposition")) {
                disposition = headerValue;
            } else if (headerName.equals("content-type")) {
                partType = headerValue;
            }
        }
        String name = parameter(NAME, disposition);
        if (name == null) {
            return;
        }
        String fileName = parameter(FILENAME, disposition);
        into.put(name, fileName != null ? fileName : new String(body, from, to - from, charsetOf(partType)));
    }

    // Apache HttpClient labels text parts ISO-8859-1 by default; honouring the label keeps such text intact.
    private static Charset charsetOf(String partType) {
        String name = parameter(CHARSET, partType);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String parameter(Pattern pattern, String header) {
        if (header == null) {
            return null;
        }
        int semicolon = header.indexOf(';');
        // parameters only: skip the leading token ("form-data", "text/plain") so it is never mistaken for one
        Matcher m = pattern.matcher(semicolon < 0 ? "" : header.substring(semicolon));
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static byte[] concat(String prefix, byte[] bytes) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        byte[] joined = new byte[p.length + bytes.length];
        System.arraycopy(p, 0, joined, 0, p.length);
        System.arraycopy(bytes, 0, joined, p.length, bytes.length);
        return joined;
    }

    private static boolean startsWith(byte[] body, int pos, String ascii) {
        if (pos + ascii.length() > body.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (body[pos + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
