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

/**
 * What the simulator got when it fetched the {@code file} URL a send carried, as the gateway fetches it before it
 * sends the file on: the answer's status, the body's size, content type and SHA-256 (hex), or why it fetched nothing.
 *
 * @param messageId   the id the send was answered with
 * @param url         the {@code file} field as sent
 * @param status      the HTTP status, or 0 when nothing was fetched
 * @param size        the body's length in bytes, or -1
 * @param contentType the answer's {@code Content-Type}, or null
 * @param sha256      the body's SHA-256 in lower-case hex, or null
 * @param failure     why nothing (or not all) was fetched, or null
 */
public record FetchedFile(long messageId, String url, int status, long size, String contentType, String sha256,
                          String failure) {

    /** Whether the whole body was fetched with a 200. */
    public boolean isFetched() {
        return failure == null && status == 200;
    }
}
