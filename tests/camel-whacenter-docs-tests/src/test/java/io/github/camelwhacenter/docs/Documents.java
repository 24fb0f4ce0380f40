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
package io.github.camelwhacenter.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents users read first, the README and the component's reference, as their snippets and paragraphs.
 */
final class Documents {

    /** A code block: its language as the document names it, its text, and where it starts. */
    record Snippet(String language, String code, String where) {
    }

    /** A block of text between blank lines, outside code blocks, and where it starts. */
    record Paragraph(String text, int lines, String where) {
    }

    static final Path ROOT = Path.of(System.getProperty("whacenter.docs.root", "../.."));
    static final Path README = ROOT.resolve("README.md");
    static final Path REFERENCE = ROOT.resolve("camel-whacenter/src/main/docs/whacenter-component.adoc");

    private static final Pattern MARKDOWN_FENCE = Pattern.compile("^(\\s*)```(\\w*)\\s*$");

    private Documents() {
    }

    static List<Snippet> snippets() {
        List<Snippet> snippets = new ArrayList<>(markdownSnippets(README));
        snippets.addAll(asciidocSnippets(REFERENCE));
        return snippets;
    }

    static List<Snippet> snippets(String language) {
        return snippets().stream().filter(s -> s.language().equals(language)).toList();
    }

    static List<Snippet> markdownSnippets(Path file) {
        List<String> lines = lines(file);
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = MARKDOWN_FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String indent = open.group(1);
            StringBuilder code = new StringBuilder();
            int start = i + 1;
            for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                String line = lines.get(i);
                code.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip()).append('\n');
            }
            snippets.add(new Snippet(open.group(2).toLowerCase(Locale.ROOT), code.toString(), where(file, start)));
        }
        return snippets;
    }

    static List<Snippet> asciidocSnippets(Path file) {
        List<String> lines = lines(file);
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("[source,") || !lines.get(i + 1).strip().equals("----")) {
                continue;
            }
            String language = line.substring("[source,".length(), line.indexOf(']')).split(",")[0].strip();
            StringBuilder code = new StringBuilder();
            int start = i + 2;
            for (i += 2; i < lines.size() && !lines.get(i).strip().equals("----"); i++) {
                code.append(lines.get(i)).append('\n');
            }
            snippets.add(new Snippet(language.toLowerCase(Locale.ROOT), code.toString(), where(file, start)));
        }
        return snippets;
    }

    /** The paragraphs of a document, code blocks and tables left out. */
    static List<Paragraph> paragraphs(Path file) {
        List<String> lines = lines(file);
        List<Paragraph> paragraphs = new ArrayList<>();
        boolean inCode = false;
        StringBuilder text = new StringBuilder();
        int count = 0;
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            String stripped = line.strip();
            if (stripped.startsWith("```") || stripped.equals("----")) {
                inCode = !inCode;
                continue;
            }
            boolean prose = !inCode && !stripped.isEmpty() && !stripped.startsWith("|") && !stripped.startsWith("[")
                            && !stripped.startsWith("#") && !stripped.startsWith("=") && !stripped.startsWith("//");
            if (prose) {
                if (count == 0) {
                    start = i + 1;
                }
                text.append(stripped).append(' ');
                count++;
            } else if (count > 0) {
                paragraphs.add(new Paragraph(text.toString().strip(), count, where(file, start)));
                text.setLength(0);
                count = 0;
            }
        }
        return paragraphs;
    }

    /** Text with markup and spacing taken out, to compare what the two documents say. */
    static String normalized(String text) {
        return text.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")      // Markdown links: their text
                .replaceAll("(https?://\\S+)\\[([^\\]]*)]", "$2")        // AsciiDoc links
                .replaceAll("[`*_]", "")
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        return List.of(read(file).split("\n", -1));
    }

    private static String where(Path file, int line) {
        return ROOT.relativize(file) + ":" + line;
    }
}
