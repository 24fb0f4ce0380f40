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
package io.github.camelwhacenter.simulator;

/** What the simulator answers to one request, before it is put on the wire by {@link AnswerWriter}. */
sealed interface Answer permits Answer.Json, Answer.Png, Answer.Html, Answer.Empty, Answer.Drop, Answer.Large {

    /** A gateway envelope: HTTP 200, {@code text/html; charset=UTF-8}, gzip when accepted. */
    record Json(String body) implements Answer {
    }

    /** Raw image bytes: HTTP 200, {@code image/png}, never gzipped (nginx only compresses text by default). */
    record Png(byte[] bytes) implements Answer {
    }

    /**
     * An HTML page with any status, gzip when accepted.
     *
     * @param retryAfter the {@code Retry-After} header's value, or null for none
     */
    record Html(int status, String body, String retryAfter) implements Answer {
        Html(int status, String body) {
            this(status, body, null);
        }
    }

    /** HTTP 200, chunked, no body bytes at all. */
    record Empty() implements Answer {
    }

    /** No answer: the connection is closed. */
    record Drop() implements Answer {
    }

    /** HTTP 200, {@code text/html}, a body of {@code bytes} zeros streamed in chunks, gzip when accepted or forced. */
    record Large(int bytes) implements Answer {
    }

    /** The page nginx serves for an unknown path. */
    Answer NOT_FOUND = new Html(404, NginxPages.page("404 Not Found"));
}
