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
 * One message header of a component's catalog.
 *
 * @param constantName where the component declares the name, e.g. io.github.camelwhacenter.WhacenterConstants#OPERATION
 */
public record CatalogHeader(
        String name,
        String group,
        String javaType,
        List<String> enums,
        boolean deprecated,
        boolean secret,
        String description,
        String constantName) {
}
