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
package io.github.camelwhacenter.webhook;

import org.apache.camel.Processor;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.apache.camel.component.platform.http.spi.PlatformHttpConsumer;
import org.apache.camel.component.platform.http.spi.PlatformHttpEngine;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpEngine;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * The platform-http engine of one webhook path where the application's engine is Vert.x: the same server, router and
 * handlers as camel-platform-http-vertx's own engine, with a consumer that reads the body on the event loop
 * ({@link VertxWebhookConsumer}). Set on the webhook's platform-http endpoint only; every other path keeps the
 * application's engine.
 * <p>
 * Only loaded when camel-platform-http-vertx is on the classpath.
 */
public final class VertxWebhookEngine implements PlatformHttpEngine {

    private final VertxPlatformHttpEngine engine;
    private final WebhookHandler handler;
    private final VertxRequestBody body;
    private final InflightDeliveries inflight;

    /**
     * @param engine   the application's Vert.x engine, a {@link VertxPlatformHttpEngine}
     * @param handler  answers every request of the path
     * @param body     reads the bodies
     * @param inflight the deliveries the path holds, and their bound
     */
    public VertxWebhookEngine(PlatformHttpEngine engine, WebhookHandler handler, VertxRequestBody body,
                              InflightDeliveries inflight) {
        this.engine = (VertxPlatformHttpEngine) engine;
        this.handler = handler;
        this.body = body;
        this.inflight = inflight;
    }

    /** As camel-platform-http-vertx's engine makes its consumers: on the router of the server's port. */
    @Override
    public PlatformHttpConsumer createConsumer(PlatformHttpEndpoint endpoint, Processor processor) {
        return new VertxWebhookConsumer(endpoint, processor, engine.getHandlers(),
                VertxPlatformHttpRouter.getRouterNameFromPort(engine.getServerPort()), handler, body, inflight);
    }

    @Override
    public int getServerPort() {
        return engine.getServerPort();
    }
}
