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
package io.github.camelwhacenter.springboot;

import java.io.InputStream;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The suite runs on the Spring Boot, camel-spring-boot and Camel lines its build names: Spring Boot 3.5 with
 * camel-spring-boot 4.18 in the starter's own build, Spring Boot 4 with camel-spring-boot 4.22 where the same test jar
 * runs in tests/camel-whacenter-starter-boot4. If dependency management ever let another line through, every other
 * test would pass for the wrong line, and this one fails.
 */
@SpringBootTest(classes = WhacenterTestApplication.class)
class WhacenterStarterLineTest {

    @Autowired
    CamelContext camelContext;

    @Test
    void theApplicationRunsOnTheLinesTheBuildNames() {
        String springBoot = System.getProperty("whacenter.test.springBootVersion");
        String camel = System.getProperty("whacenter.test.camelVersion");
        assertNotNull(springBoot, "the build sets whacenter.test.springBootVersion to the Spring Boot it resolves");
        assertNotNull(camel, "the build sets whacenter.test.camelVersion to the Camel it resolves");
        assertEquals(springBoot, SpringBootVersion.getVersion());
        assertEquals(camel, camelContext.getVersion());
    }

    @Test
    void camelSpringBootIsTheReleaseTheBuildNames() throws Exception {
        String camelSpringBoot = System.getProperty("whacenter.test.camelSpringBootVersion");
        assertNotNull(camelSpringBoot,
                "the build sets whacenter.test.camelSpringBootVersion to the camel-spring-boot it resolves");
        assertEquals(camelSpringBoot, camelSpringBootOnTheClasspath());
        // camel-spring-boot x.y.z is built on and brings Camel x.y.z: the two are one release
        assertEquals(camelSpringBoot, camelContext.getVersion());
    }

    /** The version in the Maven metadata of the camel-spring-boot jar the application runs with. */
    private static String camelSpringBootOnTheClasspath() throws Exception {
        String resource = "META-INF/maven/org.apache.camel.springboot/camel-spring-boot/pom.properties";
        try (InputStream in = WhacenterStarterLineTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is on the classpath");
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }
}
