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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static io.github.camelwhacenter.tooling.JavaSource.text;

/**
 * Writes a starter's configuration properties class (camel.component.&lt;scheme&gt;.*) and its converter in the shape
 * camel-spring-boot generates for Camel's own starters: a field per component option, its description as javadoc and
 * its default as initializer, primitives boxed so that an unset option leaves the component's default alone; object
 * options take a bean reference (#name or #bean:name) through the converter. The auto-configuration that applies them
 * stays hand-written beside them.
 */
public final class SpringBootStarterGenerator {

    private final ComponentCatalog catalog;
    private final String packageName;
    private final String licenseHeader;

    public SpringBootStarterGenerator(ComponentCatalog catalog, String packageName, String licenseText) {
        this.catalog = catalog;
        this.packageName = packageName;
        this.licenseHeader = JavaSource.licenseComment(licenseText);
    }

    public GeneratedFiles generate() {
        String directory = packageName.replace('.', '/') + "/";
        return new GeneratedFiles()
                .add(directory + configurationName() + ".java", configuration())
                .add(directory + converterName() + ".java", converter());
    }

    public String configurationName() {
        return catalog.className() + "ComponentConfiguration";
    }

    public String converterName() {
        return catalog.className() + "ComponentConverter";
    }

    private String prefix() {
        return "camel.component." + catalog.scheme();
    }

    private String configuration() {
        Map<String, String> simpleNames = simpleNames();
        JavaSource java = header();
        List<String> imports = new ArrayList<>(simpleNames.entrySet().stream()
                .filter(name -> !name.getKey().equals(name.getValue()) && !name.getKey().startsWith("java.lang."))
                .map(Map.Entry::getKey).toList());
        imports.add("org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon");
        imports.add("org.springframework.boot.context.properties.ConfigurationProperties");
        if (catalog.componentOptions().stream().anyMatch(CatalogOption::deprecated)) {
            imports.add("org.springframework.boot.context.properties.DeprecatedConfigurationProperty");
        }
        imports(java, imports);
        java.javadoc(0, List.of(text(catalog.description()), text(EndpointDslGenerator.GENERATED_NOTICE)));
        java.line("@ConfigurationProperties(prefix = \"" + prefix() + "\")");
        java.line("public class " + configurationName());
        java.line(2, "extends");
        java.line(3, "ComponentConfigurationPropertiesCommon {").blank();
        java.javadoc(1, List.of("Whether to enable auto configuration of the " + catalog.scheme()
                + " component. This is enabled by default."));
        java.line(1, "private Boolean enabled;");
        for (CatalogOption option : catalog.componentOptions()) {
            java.javadoc(1, List.of(text(fieldDescription(option))));
            if (option.deprecated()) {
                java.line(1, "@Deprecated");
            }
            String initializer = initializer(option, simpleNames);
            java.line(1, "private " + fieldType(option, simpleNames) + " " + option.name()
                    + (initializer == null ? "" : " = " + initializer) + ";");
        }
        for (CatalogOption option : catalog.componentOptions()) {
            String type = fieldType(option, simpleNames);
            String property = Character.toUpperCase(option.name().charAt(0)) + option.name().substring(1);
            java.blank();
            if (option.deprecated()) {
                java.line(1, "@Deprecated");
                java.line(1, "@DeprecatedConfigurationProperty");
            }
            java.line(1, "public " + type + " get" + property + "() {");
            java.line(2, "return " + option.name() + ";");
            java.line(1, "}").blank();
            if (option.deprecated()) {
                java.line(1, "@Deprecated");
            }
            java.line(1, "public void set" + property + "(" + type + " " + option.name() + ") {");
            java.line(2, "this." + option.name() + " = " + option.name() + ";");
            java.line(1, "}");
        }
        java.line("}");
        return java.toString();
    }

    /** The description, and what Spring Boot's metadata would not otherwise tell: the type, and that it is secret. */
    private static String fieldDescription(CatalogOption option) {
        String description = option.description();
        if ("object".equals(option.type()) && !"java.lang.String".equals(option.javaType())) {
            description += " The option is a " + option.javaType() + " type.";
        }
        if (option.secret()) {
            description += " The option is a secret: the Actuator configprops and env endpoints show it masked.";
        }
        return description;
    }

    private String converter() {
        List<CatalogOption> beans = beanOptions();
        JavaSource java = header();
        imports(java, List.of("java.util.LinkedHashSet", "java.util.Set",
                "org.springframework.beans.factory.annotation.Autowired",
                "org.springframework.boot.context.properties.ConfigurationPropertiesBinding",
                "org.springframework.context.ApplicationContext",
                "org.springframework.context.annotation.Configuration",
                "org.springframework.core.convert.TypeDescriptor",
                "org.springframework.core.convert.converter.GenericConverter",
                "org.springframework.stereotype.Component"));
        java.javadoc(0, List.of("Lets the object options of " + prefix() + ".* refer to a bean: "
                + String.join(", ", beans.stream().map(option -> prefix() + "." + kebab(option.name())
                        + "=#myBean").toList())
                + " (or #bean:myBean).", text(EndpointDslGenerator.GENERATED_NOTICE)));
        java.line("@Configuration(proxyBeanMethods = false)");
        java.line("@ConfigurationPropertiesBinding");
        java.line("@Component");
        java.line("public class " + converterName() + " implements GenericConverter {").blank();
        java.line(1, "@Autowired");
        java.line(1, "private ApplicationContext applicationContext;").blank();
        java.line(1, "@Override");
        java.line(1, "public Set<ConvertiblePair> getConvertibleTypes() {");
        java.line(2, "Set<ConvertiblePair> answer = new LinkedHashSet<>();");
        for (String type : beanTypes(beans)) {
            java.line(2, "answer.add(new ConvertiblePair(String.class, " + type + ".class));");
        }
        java.line(2, "return answer;");
        java.line(1, "}").blank();
        java.line(1, "@Override");
        java.line(1, "public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {");
        java.line(2, "if (source == null) {");
        java.line(3, "return null;");
        java.line(2, "}");
        java.line(2, "String ref = source.toString();");
        java.line(2, "if (!ref.startsWith(\"#\")) {");
        java.line(3, "return null;");
        java.line(2, "}");
        java.line(2, "ref = ref.startsWith(\"#bean:\") ? ref.substring(6) : ref.substring(1);");
        java.line(2, "switch (targetType.getName()) {");
        for (String type : beanTypes(beans)) {
            java.line(3, "case \"" + type + "\":");
            java.line(4, "return applicationContext.getBean(ref, " + type + ".class);");
        }
        java.line(3, "default:");
        java.line(4, "return null;");
        java.line(2, "}");
        java.line(1, "}");
        java.line("}");
        return java.toString();
    }

    private JavaSource header() {
        JavaSource java = new JavaSource();
        java.line("/* " + EndpointDslGenerator.GENERATED_NOTICE + " */");
        if (!licenseHeader.isEmpty()) {
            java.line(licenseHeader.stripTrailing());
        }
        java.line("package " + packageName + ";").blank();
        return java;
    }

    private static void imports(JavaSource java, List<String> imports) {
        TreeSet<String> jdk = new TreeSet<>();
        TreeSet<String> others = new TreeSet<>();
        for (String type : imports) {
            (type.startsWith("java.") || type.startsWith("javax.") ? jdk : others).add(type);
        }
        jdk.forEach(type -> java.line("import " + type + ";"));
        if (!jdk.isEmpty()) {
            java.blank();
        }
        others.forEach(type -> java.line("import " + type + ";"));
        if (!others.isEmpty()) {
            java.blank();
        }
    }

    /** The options set from a bean reference: objects that are neither enums nor values Spring converts itself. */
    private List<CatalogOption> beanOptions() {
        return catalog.componentOptions().stream()
                .filter(option -> "object".equals(option.type()) && !option.isEnum()
                        && !option.javaType().startsWith("java.lang.") && !option.javaType().contains("<"))
                .toList();
    }

    private static List<String> beanTypes(List<CatalogOption> beans) {
        return new ArrayList<>(new TreeSet<>(beans.stream().map(CatalogOption::javaType).toList()));
    }

    /** Each type the fields use, by the name the source writes it with: simple where unambiguous. */
    private Map<String, String> simpleNames() {
        Map<String, String> names = new HashMap<>();
        Map<String, String> taken = new HashMap<>();
        for (CatalogOption option : catalog.componentOptions()) {
            String type = starterType(option);
            if (names.containsKey(type)) {
                continue;
            }
            if (type.contains("<") || type.indexOf('.') < 0) {
                names.put(type, type);
                continue;
            }
            String simple = type.substring(type.lastIndexOf('.') + 1);
            if (taken.containsKey(simple)) {
                names.put(type, type);
            } else {
                taken.put(simple, type);
                names.put(type, simple);
            }
        }
        return names;
    }

    private static String fieldType(CatalogOption option, Map<String, String> simpleNames) {
        return simpleNames.get(starterType(option));
    }

    /**
     * The property's type in the starter: a duration option (a long of milliseconds in the component) is a
     * {@code java.time.Duration}, which Spring Boot binds from 30s, 500ms, PT1M or a number of milliseconds, and Camel
     * converts back to milliseconds when the customizer applies it; any other option its boxed Java type.
     */
    static String starterType(CatalogOption option) {
        return "duration".equals(option.type()) && !"java.lang.String".equals(option.javaType()) ? "java.time.Duration"
                : option.boxedJavaType();
    }

    private static String initializer(CatalogOption option, Map<String, String> simpleNames) {
        String value = option.defaultValue();
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (option.isEnum()) {
            return simpleNames.get(option.boxedJavaType()) + "." + value;
        }
        if ("java.time.Duration".equals(starterType(option))) {
            return simpleNames.get("java.time.Duration") + ".ofMillis(" + Durations.millis(option.name(), value) + ")";
        }
        return switch (option.boxedJavaType()) {
            case "java.lang.String" -> JavaSource.literal(value);
            case "java.lang.Boolean" -> Boolean.toString(Boolean.parseBoolean(value));
            case "java.lang.Integer", "java.lang.Short", "java.lang.Byte" -> Long.toString(Long.parseLong(value));
            case "java.lang.Long" -> ("duration".equals(option.type()) ? Durations.millis(option.name(), value)
                    : Long.parseLong(value)) + "L";
            case "java.lang.Double" -> Double.toString(Double.parseDouble(value));
            case "java.lang.Float" -> Float.parseFloat(value) + "F";
            default -> null;
        };
    }

    /** deviceCheckInterval becomes device-check-interval, as Spring Boot names properties. */
    static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
