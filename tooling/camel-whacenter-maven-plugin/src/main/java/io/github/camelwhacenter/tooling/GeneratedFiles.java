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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a generator produced: file contents by their path relative to an output directory. Written only where they
 * differ from what is there, so that an unchanged catalog leaves the files (and their timestamps) alone; compared
 * with what is there by the tests that keep the generated files up to date.
 */
public final class GeneratedFiles {

    private final Map<String, String> files = new LinkedHashMap<>();

    GeneratedFiles add(String relativePath, String content) {
        files.put(relativePath, content);
        return this;
    }

    /** Writes every file whose content differs from the one under the directory; answers the paths written. */
    public List<String> writeTo(Path directory) throws IOException {
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = directory.resolve(file.getKey());
            if (!file.getValue().equals(readOrNull(target))) {
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
                written.add(file.getKey());
            }
        }
        return written;
    }

    /** The paths of the files under the directory that are missing or differ from what the generator writes now. */
    public List<String> staleUnder(Path directory) {
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!file.getValue().equals(readOrNull(directory.resolve(file.getKey())))) {
                stale.add(file.getKey());
            }
        }
        return stale;
    }

    private static String readOrNull(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
