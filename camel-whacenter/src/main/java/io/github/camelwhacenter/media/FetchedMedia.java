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
 * An incoming message's media, fetched.
 *
 * @param bytes       the body, whole
 * @param contentType as the server said, or {@code application/octet-stream}
 * @param fileName    from the server's {@code Content-Disposition}, else the URL's last path segment; may be empty
 */
public record FetchedMedia(byte[] bytes, String contentType, String fileName) {

    @Override
    public String toString() {
        return "FetchedMedia[" + fileName + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
