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
package io.github.camelwhacenter.gateway;

import java.util.Map;

/**
 * The gateway's JSON answer: {@code {"status": .., "message": .., "data": ..}}, where {@code data} is an object or
 * an empty array.
 *
 * @param data the scalar fields of {@code data} as text (numbers included), nested values as empty text; empty when
 *             {@code data} is no object
 */
public record JsonAnswer(boolean status, String message, Map<String, String> data) {

    /** A field of {@code data} as text (numbers included); null when absent, null, or when data is not an object. */
    public String text(String field) {
        return data.get(field);
    }
}
