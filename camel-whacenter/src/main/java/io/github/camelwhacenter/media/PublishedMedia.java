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

/**
 * A file the store holds: its token (the unguessable part of its URL) and what a fetch answers.
 *
 * @param token       at least 128 random bits, URL-safe; a credential for as long as the file is held
 * @param size        in bytes
 * @param contentType as given
 * @param fileName    as given
 */
public record PublishedMedia(String token, long size, String contentType, String fileName) {

    /** Never the token. */
    @Override
    public String toString() {
        return "PublishedMedia[" + fileName + ", " + contentType + ", " + size + " bytes]";
    }
}
