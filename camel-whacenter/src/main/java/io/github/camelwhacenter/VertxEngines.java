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
package io.github.camelwhacenter;

import java.util.function.UnaryOperator;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.component.platform.http.spi.PlatformHttpEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook's and the media path's engines of their own, where the application's platform-http engine is
 * camel-platform-http-vertx's: the one place that tells, without loading a Vert.x class unless Vert.x is there.
 */
final class VertxEngines {

    private static final Logger LOG = LoggerFactory.getLogger(VertxEngines.class);
    private static final String VERTX_ENGINE = "org.apache.camel.component.platform.http.vertx.VertxPlatformHttpEngine";

    private VertxEngines() {
    }

    /**
     * @param  own makes the path's own engine from the application's Vert.x engine
     * @return     that engine; null when another engine serves, or Vert.x is visible to Camel but not to this bundle
     */
    static PlatformHttpEngine ownEngine(CamelContext context, Component platformHttp, UnaryOperator<PlatformHttpEngine> own) {
        Class<?> vertxEngine = context.getClassResolver().resolveClass(VERTX_ENGINE);
        if (vertxEngine == null || !(platformHttp instanceof PlatformHttpComponent component)
                || !vertxEngine.isInstance(component.getEngine())) {
            return null;
        }
        try {
            return own.apply(component.getEngine());
        } catch (LinkageError e) {
            // an OSGi optional import left unwired
            LOG.debug("Vert.x classes are not visible to camel-whacenter: {}", e.toString());
            return null;
        }
    }
}
