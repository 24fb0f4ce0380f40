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

import org.apache.camel.RuntimeCamelException;

/**
 * Base of every error the Whacenter component raises. Messages never contain the device id.
 */
public class WhacenterException extends RuntimeCamelException {

    private final String operation;

    public WhacenterException(String operation, String message, Throwable cause) {
        super("Whacenter " + operation + ": " + message, cause);
        this.operation = operation;
    }

    /** The operation that failed, e.g. {@code send}. */
    public String getOperation() {
        return operation;
    }
}
