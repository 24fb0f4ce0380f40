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
package io.github.camelwhacenter.tooling;

import java.util.List;

/**
 * One option of a component's catalog (a component property, or an endpoint's path or query parameter).
 *
 * @param type         the catalog's kind of value: string, integer, boolean, duration, object, ...
 * @param javaType     the Java type of the field, e.g. int, java.lang.String, java.util.Map&lt;java.lang.String,
 *                     java.lang.Object&gt;
 * @param defaultValue null when the option has none
 */
public record CatalogOption(
        String name,
        String kind,
        String group,
        String label,
        boolean required,
        String type,
        String javaType,
        List<String> enums,
        boolean deprecated,
        String deprecationNote,
        boolean secret,
        String defaultValue,
        String description,
        boolean multiValue,
        String prefix) {

    public boolean isPath() {
        return "path".equals(kind);
    }

    public boolean isConsumerOnly() {
        return labels().contains("consumer") && !labels().contains("producer");
    }

    public boolean isProducerOnly() {
        return labels().contains("producer") && !labels().contains("consumer");
    }

    public boolean isAdvanced() {
        return labels().contains("advanced");
    }

    /** The type a property holder declares for it: primitives boxed, so that an unset option stays null. */
    public String boxedJavaType() {
        return switch (javaType) {
            case "boolean" -> "java.lang.Boolean";
            case "byte" -> "java.lang.Byte";
            case "char" -> "java.lang.Character";
            case "short" -> "java.lang.Short";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "float" -> "java.lang.Float";
            case "double" -> "java.lang.Double";
            default -> javaType;
        };
    }

    public boolean isEnum() {
        return !enums.isEmpty();
    }

    private List<String> labels() {
        return label.isEmpty() ? List.of() : List.of(label.split(","));
    }
}
