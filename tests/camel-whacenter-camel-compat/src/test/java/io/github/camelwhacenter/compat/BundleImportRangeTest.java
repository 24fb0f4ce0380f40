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
package io.github.camelwhacenter.compat;

import java.net.JarURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelwhacenter.WhacenterComponent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The released bundle's OSGi imports admit the Camel line this module proves the jar on: widening or narrowing the
 * range in camel-whacenter's pom without the matrix (or the other way round) fails here.
 */
class BundleImportRangeTest {

    /** bnd writes each import's version attribute first: {@code org.apache.camel.spi;version="[4.14,4.23)"}. */
    private static final Pattern CAMEL_IMPORT = Pattern.compile(
            "(org\\.apache\\.camel[\\w.]*);version=\"([\\[(][\\d.]+,[\\d.]+[\\])])\"");

    @Test
    void everyCamelImportAdmitsTheLineUnderTest() throws Exception {
        String camel = System.getProperty("whacenter.test.camelVersion");
        List<String> imports = camelImports();
        assertFalse(imports.isEmpty(), "the bundle imports Camel packages with a version range");
        for (String range : imports) {
            assertTrue(admits(range, camel), range + " admits Camel " + camel);
        }
    }

    private static List<String> camelImports() throws Exception {
        URL classFile = WhacenterComponent.class.getResource("WhacenterComponent.class");
        JarURLConnection jar = (JarURLConnection) classFile.openConnection();
        Manifest manifest = jar.getJarFile().getManifest();
        String importPackage = manifest.getMainAttributes().getValue("Import-Package");
        List<String> ranges = new ArrayList<>();
        Matcher m = CAMEL_IMPORT.matcher(importPackage);
        while (m.find()) {
            ranges.add(m.group(1) + " " + m.group(2));
        }
        return ranges;
    }

    private static boolean admits(String range, String version) {
        String bounds = range.substring(range.indexOf(' ') + 1);
        boolean floorIncluded = bounds.charAt(0) == '[';
        boolean ceilingIncluded = bounds.charAt(bounds.length() - 1) == ']';
        String[] parts = bounds.substring(1, bounds.length() - 1).split(",");
        int floor = compare(version, parts[0]);
        int ceiling = compare(version, parts[1]);
        return (floor > 0 || floorIncluded && floor == 0) && (ceiling < 0 || ceilingIncluded && ceiling == 0);
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
