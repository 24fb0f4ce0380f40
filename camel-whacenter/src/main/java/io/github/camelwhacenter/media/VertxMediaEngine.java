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
package io.github.camelwhacenter.media;

import org.apache.camel.Processor;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.apache.camel.component.platform.http.spi.PlatformHttpConsumer;
import org.apache.camel.component.platform.http.spi.PlatformHttpEngine;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpEngine;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * The platform-http engine of the media path where the application's engine is Vert.x: the same server and router, with
 * a consumer that answers from the store on the event loop, a spilled file sent as a file, with its Content-Length
 * (camel-platform-http-vertx would send a stream chunked, without one). Set on the media path's endpoint only.
 * <p>
 * Only loaded when camel-platform-http-vertx is on the classpath.
 */
public final class VertxMediaEngine implements PlatformHttpEngine {

    private final VertxPlatformHttpEngine engine;
    private final MediaRequests requests;

    /**
     * @param engine   the application's Vert.x engine, a {@link VertxPlatformHttpEngine}
     * @param requests answers every request of the path
     */
    public VertxMediaEngine(PlatformHttpEngine engine, MediaRequests requests) {
        this.engine = (VertxPlatformHttpEngine) engine;
        this.requests = requests;
    }

    @Override
    public PlatformHttpConsumer createConsumer(PlatformHttpEndpoint endpoint, Processor processor) {
        return new VertxMediaConsumer(endpoint, processor, engine.getHandlers(),
                VertxPlatformHttpRouter.getRouterNameFromPort(engine.getServerPort()), requests);
    }

    @Override
    public int getServerPort() {
        return engine.getServerPort();
    }
}
