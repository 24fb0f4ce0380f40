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
 * The request was refused before anything was sent: a field is missing or malformed. Retrying cannot help; the
 * message names the field and how to fix it.
 */
public class WhacenterValidationException extends WhacenterException {

    private final String field;

    public WhacenterValidationException(String operation, String field, String message) {
        super(operation, message, null);
        this.field = field;
    }

    /** The request field at fault, e.g. {@code number} or {@code schedule}. */
    public String getField() {
        return field;
    }
}
