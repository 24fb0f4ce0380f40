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
 * Writes the option and header tables of a component's AsciiDoc page as partials the page includes, as Camel's own
 * pages include theirs: the component options, the endpoint options (the URI syntax, then the path parameters and
 * the query parameters, each in a table of its own) and the message headers. The type column shows the Java type as
 * Camel's pages do (String, long, IdempotentRepository), not the catalog's kind of value.
 */
public final class DocTablesGenerator {

    private final ComponentCatalog catalog;

    public DocTablesGenerator(ComponentCatalog catalog) {
        this.catalog = catalog;
    }

    public GeneratedFiles generate() {
        return new GeneratedFiles()
                .add(componentOptionsFile(), optionsTable(catalog.componentOptions(), "component"))
                .add(endpointOptionsFile(), endpointOptions())
                .add(headersFile(), headersTable());
    }

    private String componentOptionsFile() {
        return catalog.scheme() + "-component-options.adoc";
    }

    private String endpointOptionsFile() {
        return catalog.scheme() + "-endpoint-options.adoc";
    }

    private String headersFile() {
        return catalog.scheme() + "-endpoint-headers.adoc";
    }

    private String endpointOptions() {
        List<CatalogOption> path = catalog.pathOptions();
        List<CatalogOption> query = catalog.queryOptions();
        StringBuilder text = new StringBuilder(notice());
        text.append("The ").append(catalog.title()).append(" endpoint is configured using URI syntax:\n\n----\n")
                .append(catalog.syntax()).append("\n----\n\nwith the following path and query parameters.\n\n");
        text.append("==== Path parameters (").append(path.size()).append(")\n\n");
        table(text, path);
        text.append("\n==== Query parameters (").append(query.size()).append(")\n\n");
        table(text, query);
        return text.toString();
    }

    private String optionsTable(List<CatalogOption> options, String whose) {
        StringBuilder table = new StringBuilder(notice());
        table.append("The ").append(catalog.title()).append(' ').append(whose).append(" supports ")
                .append(options.size()).append(" options, which are listed below.\n\n");
        table(table, options);
        return table.toString();
    }

    private static void table(StringBuilder table, List<CatalogOption> options) {
        table.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n");
        table.append("| Name | Description | Default | Type\n");
        for (CatalogOption option : options) {
            StringBuilder description = new StringBuilder(option.description());
            if (option.isEnum()) {
                description.append(" Values: ").append(String.join(", ", option.enums())).append('.');
            }
            table.append("| *").append(option.name()).append("* (").append(option.group()).append(") | ")
                    .append(cell(description.toString()))
                    .append(option.required() ? " *Required.*" : "")
                    .append(option.secret() ? " *Secret.*" : "")
                    .append(option.deprecated() ? " *Deprecated.*" : "")
                    .append(" | ").append(option.defaultValue() == null ? "" : cell(option.defaultValue()))
                    .append(" | ").append(cell(javaType(option.javaType()))).append('\n');
        }
        table.append("|===\n");
    }

    /**
     * A Java type as Camel's pages write it: without its package or type arguments (String, long,
     * IdempotentRepository, Map).
     */
    static String javaType(String javaType) {
        String raw = javaType.contains("<") ? javaType.substring(0, javaType.indexOf('<')) : javaType;
        return raw.substring(raw.lastIndexOf('.') + 1).replace('$', '.');
    }

    private String headersTable() {
        StringBuilder table = new StringBuilder(notice());
        table.append("The ").append(catalog.title()).append(" component supports ").append(catalog.headers().size())
                .append(" message headers, which are listed below.\n\n");
        table.append("[width=\"100%\",cols=\"2,5,2\",options=\"header\"]\n|===\n");
        table.append("| Name | Description | Type\n");
        for (CatalogHeader header : catalog.headers()) {
            table.append("| *").append(header.name()).append("* (").append(header.group()).append(") | ")
                    .append(cell(header.description()))
                    .append(header.enums().isEmpty() ? "" : " Values: " + cell(String.join(", ", header.enums())) + ".")
                    .append(header.secret() ? " *Secret.*" : "")
                    .append(header.deprecated() ? " *Deprecated.*" : "")
                    .append(" | ").append(cell(javaType(header.javaType()))).append('\n');
        }
        return table.append("|===\n").toString();
    }

    private static String notice() {
        return "// " + EndpointDslGenerator.GENERATED_NOTICE + "\n";
    }

    /** A table cell's text: a | would end the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }
}
