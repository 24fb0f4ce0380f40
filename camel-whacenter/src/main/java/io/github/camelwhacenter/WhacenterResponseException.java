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

/**
 * The gateway answered HTTP 2xx with a body that is not what the operation answers: not JSON, no {@code status}
 * field, empty, or not an image for {@code qr}.
 */
public class WhacenterResponseException extends WhacenterTransportException {

    private final String responseSnippet;

    public WhacenterResponseException(String operation, String problem, String responseSnippet, Throwable cause) {
        super(operation, problem + ": " + responseSnippet, cause);
        this.responseSnippet = responseSnippet;
    }

    /** The start of the answer's body, shortened and with secrets masked. */
    public String getResponseSnippet() {
        return responseSnippet;
    }
}
