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
package io.github.camelwhacenter.builder.endpoint;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.camelwhacenter.builder.endpoint.WhacenterEndpointBuilderFactory.AdvancedWhacenterEndpointConsumerBuilder;
import io.github.camelwhacenter.builder.endpoint.WhacenterEndpointBuilderFactory.AdvancedWhacenterEndpointProducerBuilder;
import io.github.camelwhacenter.builder.endpoint.WhacenterEndpointBuilderFactory.WhacenterEndpointConsumerBuilder;
import io.github.camelwhacenter.builder.endpoint.WhacenterEndpointBuilderFactory.WhacenterEndpointProducerBuilder;
import io.github.camelwhacenter.builder.endpoint.WhacenterEndpointBuilderFactory.WhacenterHeaderNameBuilder;
import io.github.camelwhacenter.tooling.CatalogHeader;
import io.github.camelwhacenter.tooling.CatalogOption;
import io.github.camelwhacenter.tooling.ComponentCatalog;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.builder.endpoint.WhacenterEndpointBuilderFactory.whacenter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every option and header of the component's catalog has its method in the builder, on the side (consumer,
 * producer) and level (basic, advanced) its labels give; and the URI a builder writes is the one the component reads.
 */
class WhacenterEndpointDslCatalogTest {

    private static ComponentCatalog catalog;

    @BeforeAll
    static void readCatalog() throws IOException {
        catalog = ComponentCatalog.fromClasspath(WhacenterEndpointDslCatalogTest.class.getClassLoader(),
                "io.github.camelwhacenter", "whacenter").orElseThrow();
    }

    @Test
    void everyEndpointOptionHasABuilderMethodWhereItsLabelsSay() {
        List<CatalogOption> options = catalog.queryOptions();
        assertFalse(options.isEmpty());
        for (CatalogOption option : options) {
            Class<?> consumer = option.isAdvanced()
                    ? AdvancedWhacenterEndpointConsumerBuilder.class : WhacenterEndpointConsumerBuilder.class;
            Class<?> producer = option.isAdvanced()
                    ? AdvancedWhacenterEndpointProducerBuilder.class : WhacenterEndpointProducerBuilder.class;
            assertEquals(!option.isProducerOnly(), declares(consumer, option.name()),
                    option.name() + " on " + consumer.getSimpleName());
            assertEquals(!option.isConsumerOnly(), declares(producer, option.name()),
                    option.name() + " on " + producer.getSimpleName());
        }
    }

    @Test
    void everyOptionTakesItsTypeAndAStringToConvert() throws Exception {
        for (CatalogOption option : catalog.queryOptions()) {
            Class<?> builder = builderDeclaring(option.name());
            if (option.multiValue()) {
                builder.getMethod(option.name(), String.class, Object.class);
                continue;
            }
            builder.getMethod(option.name(), String.class);
            if (!"java.lang.String".equals(option.javaType())) {
                Class<?> type = typeOf(option.javaType());
                builder.getMethod(option.name(), type);
            }
        }
    }

    @Test
    void everyHeaderHasItsNameMethod() throws Exception {
        WhacenterHeaderNameBuilder names = new WhacenterEndpointBuilderFactory.WhacenterBuilders() {
        }.whacenter();
        Set<String> methods = Arrays.stream(WhacenterHeaderNameBuilder.class.getDeclaredMethods())
                .map(Method::getName).collect(Collectors.toSet());
        for (CatalogHeader header : catalog.headers()) {
            String method = "whacenter" + header.name().substring("CamelWhacenter".length());
            method = Character.toLowerCase(method.charAt(0)) + method.substring(1);
            assertTrue(methods.contains(method), header.name() + " has " + method + "()");
            assertEquals(header.name(), WhacenterHeaderNameBuilder.class.getMethod(method).invoke(names));
        }
        assertEquals(catalog.headers().size(), methods.size());
    }

    @Test
    void aBuilderWritesTheUriTheComponentReads() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            String uri = whacenter("send").number("6281234567890").sendRateLimit(2).sendRatePeriod("1m")
                    .advanced().connectTimeout(5000L).getRawUri();
            assertEquals("whacenter://send?connectTimeout=5000&number=6281234567890&sendRateLimit=2&sendRatePeriod=1m",
                    uri);
        }
    }

    private static boolean declares(Class<?> builder, String name) {
        return Arrays.stream(builder.getDeclaredMethods()).anyMatch(method -> method.getName().equals(name));
    }

    private static Class<?> builderDeclaring(String name) {
        for (Class<?> builder : List.of(WhacenterEndpointConsumerBuilder.class,
                AdvancedWhacenterEndpointConsumerBuilder.class, WhacenterEndpointProducerBuilder.class,
                AdvancedWhacenterEndpointProducerBuilder.class)) {
            if (declares(builder, name)) {
                return builder;
            }
        }
        throw new AssertionError("no builder declares " + name);
    }

    private static Class<?> typeOf(String javaType) throws ClassNotFoundException {
        return switch (javaType) {
            case "boolean" -> boolean.class;
            case "int" -> int.class;
            case "long" -> long.class;
            default -> Class.forName(javaType.replaceAll("<.*", ""));
        };
    }
}
