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
package io.github.camelwhacenter.examples.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import io.github.camelwhacenter.simulator.RecordedRequest;

/**
 * Prints the demo's steps and what went over the wire, with every secret (the device id, the webhook token) masked.
 */
final class Transcript {

    static final String MASK = "xxxxxx";
    private static final String INDENT = "   ";

    private final PrintStream out;
    private final List<String> secrets;

    Transcript(PrintStream out, List<String> secrets) {
        this.out = out;
        this.secrets = secrets.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    /** Masks every secret in the text. */
    String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    synchronized void line(String text) {
        out.println(mask(text));
        out.flush();
    }

    void blank() {
        line("");
    }

    void step(int number, String title, String how) {
        blank();
        line(number + ". " + title);
        line(INDENT + how);
    }

    void detail(String text) {
        line(INDENT + text);
    }

    void note(String text) {
        line(INDENT + "(" + text + ")");
    }

    /** The requests the gateway received, one block each: method, path, then the fields. */
    void wire(List<RecordedRequest> requests) {
        if (requests.isEmpty()) {
            detail("wire: no request reached the gateway");
            return;
        }
        for (RecordedRequest request : requests) {
            String carried = "GET".equals(request.method()) ? "query parameters" : "form fields";
            detail("--> " + request.method() + " " + path(request) + "   (" + carried + ")");
            int width = request.fields().keySet().stream().mapToInt(String::length).max().orElse(0);
            for (Map.Entry<String, String> field : request.fields().entrySet()) {
                String value = field.getKey().equals("device_id") ? MASK : quoted(withoutToken(field.getValue()));
                detail("      " + pad(field.getKey(), width) + " = " + value);
            }
        }
    }

    /** A published file's URL holds a token, a credential while the file is held: shown masked. */
    private static String withoutToken(String value) {
        return value == null ? null : value.replaceAll("(/whacenter/media/)[A-Za-z0-9_-]{43}\\b", "$1" + MASK);
    }

    private static String path(RecordedRequest request) {
        return request.path().startsWith("/") ? request.path() : "/api/" + request.path();
    }

    /** Plain values as they are; text with spaces or line breaks quoted, line breaks shown as \n. */
    private static String quoted(String value) {
        if (value == null) {
            return "";
        }
        if (value.chars().anyMatch(Character::isWhitespace) || value.isEmpty()) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n")
                   + "\"";
        }
        return value;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
