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
 * Builds one compact JSON object, field by field. The simulator's JSON is small and flat enough
 * that a builder beats a JSON library, which the zero-dependency rule excludes anyway.
 */
final class JsonObjectBuilder {

    private final StringBuilder out = new StringBuilder(96).append('{');
    private final JsonStyle style;
    private boolean empty = true;

    JsonObjectBuilder(JsonStyle style) {
        this.style = style;
    }

    JsonObjectBuilder add(String name, String value) {
        style.appendString(name(name), value);
        return this;
    }

    JsonObjectBuilder add(String name, long value) {
        name(name).append(value);
        return this;
    }

    JsonObjectBuilder add(String name, boolean value) {
        name(name).append(value);
        return this;
    }

    /** Adds an already rendered JSON value (object, array, {@code null}). */
    JsonObjectBuilder addRaw(String name, String json) {
        name(name).append(json);
        return this;
    }

    String build() {
        return out.append('}').toString();
    }

    private StringBuilder name(String name) {
        if (!empty) {
            out.append(',');
        }
        empty = false;
        style.appendString(out, name);
        return out.append(':');
    }
}
