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

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.github.camelwhacenter.model.WhacenterRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;
import org.apache.camel.util.FileUtil;
import org.apache.camel.util.MimeTypeHelper;

/**
 * Which bodies are a file to send: a {@code File}, {@code Path} or {@code WrappedFile} (what Camel's file and FTP
 * consumers produce) always; a {@code byte[]} or {@code InputStream} (what the S3 consumer produces) when the message
 * names it (CamelFileName) or gives a content type that is not text; a {@link WhacenterRequest} with file data. A
 * {@code byte[]} without either stays message text, as it always was.
 */
final class MediaBodies {

    private static final String OCTET_STREAM = "application/octet-stream";
    private static final String DEFAULT_NAME = "file";

    private MediaBodies() {
    }

    /** @return the file the message carries, or null when its body is not one */
    static WhacenterMediaFile fileOf(Message message) {
        Object body = message.getBody();
        if (body instanceof WhacenterRequest request) {
            if (request.getFileData() == null) {
                return null;
            }
            return file(new ByteArrayInputStream(request.getFileData()), request.getFileData().length,
                    request.getFileContentType(), request.getFileName());
        }
        String name = stripPath(message.getHeader(Exchange.FILE_NAME, String.class));
        String type = declaredType(message);
        if (body instanceof WrappedFile<?> wrapped) {
            Object content = wrapped.getBody() != null ? wrapped.getBody() : wrapped.getFile();
            if (content instanceof File file) {
                return fromPath(file.toPath(), type, name);
            }
            body = content;
            if (name == null && wrapped.getFile() instanceof File file) {
                name = file.getName();
            }
        }
        if (body instanceof File file) {
            return fromPath(file.toPath(), type, name);
        }
        if (body instanceof Path path) {
            return fromPath(path, type, name);
        }
        boolean named = name != null || type != null && !type.toLowerCase(Locale.ROOT).startsWith("text/");
        if (body instanceof byte[] bytes) {
            return named ? file(new ByteArrayInputStream(bytes), bytes.length, type, name) : null;
        }
        if (body instanceof InputStream stream && named) {
            long size = -1;
            if (stream instanceof StreamCache cache) {
                // read from its start, whatever read it before
                cache.reset();
                size = cache.length() > 0 ? cache.length() : -1;
            }
            return file(stream, size, type, name);
        }
        return null;
    }

    /** Whether the body is a file, as {@link #fileOf} would take it, without opening it. */
    static boolean isFile(Message message) {
        Object body = message.getBody();
        if (body instanceof WhacenterRequest request) {
            return request.getFileData() != null;
        }
        if (body instanceof WrappedFile<?> || body instanceof File || body instanceof Path) {
            return true;
        }
        String type = declaredType(message);
        boolean named = stripPath(message.getHeader(Exchange.FILE_NAME, String.class)) != null
                        || type != null && !type.toLowerCase(Locale.ROOT).startsWith("text/");
        return named && (body instanceof byte[] || body instanceof InputStream);
    }

    private static WhacenterMediaFile fromPath(Path path, String type, String name) {
        String fileName = name != null ? name : path.getFileName().toString();
        try {
            return file(Files.newInputStream(path), Files.size(path), type, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("the file " + path.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static WhacenterMediaFile file(InputStream stream, long size, String type, String name) {
        String fileName = name != null && !name.isBlank() ? name : DEFAULT_NAME;
        String contentType = type;
        if (contentType == null) {
            contentType = MimeTypeHelper.probeMimeType(fileName);
        }
        return new WhacenterMediaFile(stream, size, contentType != null ? contentType : OCTET_STREAM, fileName);
    }

    /** Content-Type, else CamelFileContentType (Camel's file consumer, when it probes types). */
    private static String declaredType(Message message) {
        String type = message.getHeader(Exchange.CONTENT_TYPE, String.class);
        if (type == null || type.isBlank()) {
            type = message.getHeader(Exchange.FILE_CONTENT_TYPE, String.class);
        }
        return type == null || type.isBlank() ? null : type.strip();
    }

    private static String stripPath(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String only = FileUtil.stripPath(name.replace('\\', '/'));
        return only == null || only.isBlank() ? null : only;
    }
}
