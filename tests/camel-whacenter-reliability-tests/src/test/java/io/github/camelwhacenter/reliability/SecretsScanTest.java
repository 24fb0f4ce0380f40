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
package io.github.camelwhacenter.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_IDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs after the rest of the suite, in a JVM of its own (the surefire execution "secrets-scan"), whatever order the
 * suite ran in: every log line the suite wrote (component, Camel, Vert.x, H2, every exception a test looked at, with
 * its stack trace and causes) and every test report (failure messages, standard output and error) is searched for
 * the device ids of the suite. One hit fails the build.
 */
class SecretsScanTest {

    private static final Path LOGS = Path.of(System.getProperty("reliability.logDirectory", "target/reliability-logs"));
    private static final Path REPORTS = Path.of(System.getProperty("reliability.reportsDirectory", "target/surefire-reports"));

    /** One line holding a device id, shown with the id replaced so that the report does not leak it either. */
    record Hit(String where, String line) {
        @Override
        public String toString() {
            return where + ": " + line;
        }
    }

    @Test
    void noDeviceIdInAnyLogLineOrExceptionTextOfTheSuite() throws IOException {
        List<Path> logs = files(LOGS, ".log");
        assertFalse(logs.isEmpty(), "no log of the suite in " + LOGS + ": the suite runs first, in the default-test execution");
        List<Path> texts = new ArrayList<>(logs);
        texts.addAll(files(REPORTS, ".txt", ".xml"));
        texts.removeIf(path -> path.getFileName().toString().contains(SecretsScanTest.class.getSimpleName()));

        List<Hit> hits = new ArrayList<>();
        long lines = 0;
        long componentLines = 0;
        long observedExceptions = 0;
        for (Path file : texts) {
            List<String> content = read(file);
            lines += content.size();
            for (int i = 0; i < content.size(); i++) {
                String line = content.get(i);
                componentLines += line.contains(" Whacenter") ? 1 : 0;
                observedExceptions += line.contains("Observed exception: ") ? 1 : 0;
                hits.addAll(scan(file.getFileName() + ":" + (i + 1), line));
            }
        }

        assertTrue(hits.isEmpty(), hits.size() + " lines of " + lines + " hold a device id:\n"
                                   + String.join("\n", hits.stream().limit(20).map(Hit::toString).toList()));
        assertTrue(componentLines > 0, "the scanned logs hold no line of the component, so prove nothing: " + texts);
        LoggerFactory.getLogger(SecretsScanTest.class).info("Scanned {} lines of {} files ({} exceptions observed by the "
                                                            + "tests): no device id", lines, texts.size(),
                observedExceptions);
    }

    @Test
    void theScanFindsADeviceIdInAnyCase() {
        String planted = "DEBUG x - POST device_id=" + DEVICE_ID.toUpperCase(Locale.ROOT) + "&number=1";

        List<Hit> hits = scan("planted", planted);

        assertEquals(1, hits.size());
        assertFalse(hits.get(0).line().toLowerCase(Locale.ROOT).contains(DEVICE_ID), hits.get(0).line());
        assertTrue(scan("clean", "device_id=xxxxxx").isEmpty());
    }

    static List<Hit> scan(String where, String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        List<Hit> hits = new ArrayList<>();
        for (String id : DEVICE_IDS) {
            if (lower.contains(id.toLowerCase(Locale.ROOT))) {
                String shown = line.replaceAll("(?i)" + Pattern.quote(id), "<device id>");
                hits.add(new Hit(where, shown.length() > 300 ? shown.substring(0, 300) + "..." : shown));
            }
        }
        return hits;
    }

    private static List<Path> files(Path directory, String... suffixes) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(path -> Stream.of(suffixes).anyMatch(path.getFileName().toString()::endsWith))
                    .sorted().toList();
        }
    }

    /** The file's lines; bytes that are not UTF-8 are replaced, not fatal. */
    private static List<String> read(Path file) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            return reader.lines().toList();
        }
    }
}
