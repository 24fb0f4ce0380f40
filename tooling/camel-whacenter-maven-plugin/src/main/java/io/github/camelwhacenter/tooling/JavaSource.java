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

import java.util.ArrayList;
import java.util.List;

/**
 * Writes Java source text: indented lines, and javadoc wrapped at the width Camel's generated sources use.
 */
final class JavaSource {

    private static final int WIDTH = 80;

    private final StringBuilder text = new StringBuilder();

    JavaSource line(int indent, String line) {
        text.append("    ".repeat(indent)).append(line).append('\n');
        return this;
    }

    JavaSource line(String line) {
        text.append(line).append('\n');
        return this;
    }

    JavaSource blank() {
        text.append('\n');
        return this;
    }

    /**
     * A javadoc comment of paragraphs (null ones left out), each wrapped, an empty line between them; a paragraph's
     * own line breaks are kept. The paragraphs are javadoc already: catalog text goes through {@link #text(String)}.
     */
    JavaSource javadoc(int indent, List<String> paragraphs) {
        String prefix = "    ".repeat(indent);
        text.append(prefix).append("/**\n");
        boolean first = true;
        for (String paragraph : paragraphs) {
            if (paragraph == null) {
                continue;
            }
            if (!first) {
                text.append(prefix).append(" * \n");
            }
            first = false;
            for (String line : paragraph.split("\n", -1)) {
                for (String wrapped : wrap(line, WIDTH - prefix.length() - 3)) {
                    text.append(prefix).append(" * ").append(wrapped).append('\n');
                }
            }
        }
        text.append(prefix).append(" */\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** Keeps catalog text from ending the comment early or being read as HTML or an inline tag. */
    static String text(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;");
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The license text as the block comment a source file starts with; nothing when there is none. */
    static String licenseComment(String licenseText) {
        if (licenseText == null || licenseText.isBlank()) {
            return "";
        }
        StringBuilder comment = new StringBuilder("/*\n");
        for (String line : licenseText.strip().split("\\R", -1)) {
            comment.append(line.isBlank() ? " *" : " * " + line.stripTrailing()).append('\n');
        }
        return comment.append(" */\n").toString();
    }

    /** A Java string literal of the text. */
    static String literal(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (c < 0x20) {
                        literal.append(String.format("\\u%04x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
    }
}
