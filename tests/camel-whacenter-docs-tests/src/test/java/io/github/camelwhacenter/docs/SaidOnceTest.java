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

import java.util.ArrayList;
import java.util.List;

import io.github.camelwhacenter.docs.Documents.Paragraph;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README is the front door and the reference says how the component behaves: each thing is said in one of them.
 * A paragraph of more than two lines, or a sentence of more than 100 characters, that stands in both fails the build:
 * copies drift apart.
 */
class SaidOnceTest {

    private static final int MOST_LINES = 2;
    private static final int LONGEST_SENTENCE = 100;

    @Test
    void noParagraphOrLongSentenceStandsInBothTheReadmeAndTheReference() {
        String readme = Documents.normalized(String.join(" ", texts(Documents.README)));
        String reference = Documents.normalized(String.join(" ", texts(Documents.REFERENCE)));
        List<String> copies = new ArrayList<>();
        copies.addAll(copies(Documents.paragraphs(Documents.README), reference));
        copies.addAll(copies(Documents.paragraphs(Documents.REFERENCE), readme));
        assertTrue(copies.isEmpty(), "said in both the README and the reference; say it in one, link from the other:\n"
                                     + String.join("\n", copies));
    }

    private static List<String> copies(List<Paragraph> paragraphs, String other) {
        List<String> copies = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            String text = Documents.normalized(paragraph.text());
            if (paragraph.lines() > MOST_LINES && other.contains(text)) {
                copies.add(paragraph.where() + ": " + paragraph.text());
                continue;
            }
            for (String sentence : text.split("(?<=[.:;])\\s+")) {
                if (sentence.length() > LONGEST_SENTENCE && other.contains(sentence)) {
                    copies.add(paragraph.where() + ": \"" + sentence + "\"");
                }
            }
        }
        return copies;
    }

    private static List<String> texts(java.nio.file.Path file) {
        return Documents.paragraphs(file).stream().map(Paragraph::text).toList();
    }
}
