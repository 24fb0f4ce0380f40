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
package io.github.camelwhacenter.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.vertx.ext.web.Route;
import io.vertx.ext.web.handler.BodyHandler;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * Bounds the body Vert.x reads for the webhook's path, before platform-http's own body handler (whose limit is the
 * server's, for every route) reads it: a declared length over the bound is refused with 413 before a byte is read,
 * and a chunked body is cut off once it grows over it. Vert.x runs one body handler per request, the first.
 * <p>
 * Only loaded when camel-platform-http-vertx is on the classpath.
 */
public final class VertxBodyLimit implements AutoCloseable {

    private final List<Route> routes;

    private VertxBodyLimit(List<Route> routes) {
        this.routes = routes;
    }

    /**
     * @param  path     the served path, {@code {name}} segments included
     * @param  maxBytes the largest body accepted
     * @return          the limit, to close when the consumer stops; null when the context has no Vert.x router
     */
    public static VertxBodyLimit install(CamelContext context, String path, long maxBytes) {
        // every server's router (one per port): the path is refused alike on each
        Set<VertxPlatformHttpRouter> routers = context.getRegistry().findByType(VertxPlatformHttpRouter.class);
        if (routers.isEmpty()) {
            return null;
        }
        // the syntax Vert.x routes use for path parameters, as platform-http converts it
        String vertxPath = path.replaceAll("\\{([^}]+)}", ":$1");
        List<Route> routes = new ArrayList<>();
        for (VertxPlatformHttpRouter router : routers) {
            routes.add(router.route(vertxPath)
                    .order(Integer.MIN_VALUE)
                    .handler(BodyHandler.create(false).setBodyLimit(maxBytes)));
        }
        return new VertxBodyLimit(routes);
    }

    @Override
    public void close() {
        routes.forEach(Route::remove);
    }
}
