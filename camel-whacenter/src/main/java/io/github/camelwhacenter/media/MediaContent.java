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
package io.github.camelwhacenter.media;

import java.io.InputStream;
import java.util.Objects;

/**
 * What a route hands over to be published: the bytes, read once from {@code stream}, and what the gateway is told of
 * them. The store copies the bytes: a file consumer may move or delete the original once its exchange completes.
 *
 * @param stream       the bytes; the store reads it to its end (or to the size bound) and does not close it
 * @param knownLength  the length when known beforehand (a {@code byte[]}, a file), or -1
 * @param contentType  e.g. {@code application/pdf}
 * @param fileName     the name the recipient sees, without a directory
 */
public record MediaContent(InputStream stream, long knownLength, String contentType, String fileName) {

    public MediaContent {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(fileName, "fileName");
    }
}
