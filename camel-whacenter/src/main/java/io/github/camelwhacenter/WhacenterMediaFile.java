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
package io.github.camelwhacenter;

import java.io.InputStream;
import java.util.Objects;

/**
 * A file a route sends as bytes, as handed to a {@link WhacenterMediaPublisher}.
 */
public final class WhacenterMediaFile {

    private final InputStream stream;
    private final long size;
    private final String contentType;
    private final String fileName;

    /**
     * @param stream      the bytes, read once
     * @param size        in bytes, or -1 when not known before the stream is read
     * @param contentType e.g. {@code application/pdf}
     * @param fileName    the name the recipient sees, without a directory
     */
    public WhacenterMediaFile(InputStream stream, long size, String contentType, String fileName) {
        this.stream = Objects.requireNonNull(stream, "stream");
        this.size = size;
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
    }

    /** The bytes: read once, to the end; the component closes it. */
    public InputStream getStream() {
        return stream;
    }

    /** The size in bytes, or -1 when not known before the stream is read. */
    public long getSize() {
        return size;
    }

    public String getContentType() {
        return contentType;
    }

    public String getFileName() {
        return fileName;
    }

    @Override
    public String toString() {
        return "WhacenterMediaFile[" + fileName + ", " + contentType + (size < 0 ? "" : ", " + size + " bytes") + "]";
    }
}
