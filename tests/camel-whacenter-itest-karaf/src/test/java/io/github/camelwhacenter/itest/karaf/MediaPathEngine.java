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
package io.github.camelwhacenter.itest.karaf;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;

/**
 * Which engine serves a platform-http path in Karaf, read through this class so that the test class itself does not
 * name camel-platform-http's classes: the probe imports them only once a test has installed a feature that brings them.
 */
final class MediaPathEngine {

    private MediaPathEngine() {
    }

    /** @return the class name of the engine set on the context's platform-http endpoint of this path, or null */
    static String of(CamelContext context, String path) {
        return context.getEndpoints().stream()
                .filter(PlatformHttpEndpoint.class::isInstance)
                .map(PlatformHttpEndpoint.class::cast)
                .filter(endpoint -> path.equals(endpoint.getPath()) && endpoint.getPlatformHttpEngine() != null)
                .map(endpoint -> endpoint.getPlatformHttpEngine().getClass().getName())
                .findFirst().orElse(null);
    }
}
