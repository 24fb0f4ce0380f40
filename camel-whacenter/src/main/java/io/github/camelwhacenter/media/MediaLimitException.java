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
 * A file was not published because it would pass one of the store's bounds; nothing of it is kept. The root names
 * the option that sets the bound.
 */
public final class MediaLimitException extends Exception {

    /** Which bound the file would have passed. */
    public enum Limit {
        /** the largest file the store takes */
        FILE_SIZE,
        /** the bytes held in memory and spilled to disk together */
        STORE_SIZE,
        /** the number of files published at once */
        FILE_COUNT
    }

    private final Limit limit;

    MediaLimitException(Limit limit, String message) {
        super(message);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
