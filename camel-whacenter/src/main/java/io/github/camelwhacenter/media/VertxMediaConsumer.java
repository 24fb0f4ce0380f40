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

import java.io.IOException;
import java.util.List;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.apache.camel.Processor;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers the media path on the event loop, without an exchange: nothing of a fetch reaches a route. */
final class VertxMediaConsumer extends VertxPlatformHttpConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(VertxMediaConsumer.class);

    private final MediaRequests requests;

    VertxMediaConsumer(PlatformHttpEndpoint endpoint, Processor processor, List<Handler<RoutingContext>> handlers,
                       String routerName, MediaRequests requests) {
        super(endpoint, processor, handlers, routerName);
        this.requests = requests;
    }

    @Override
    protected void handleRequest(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (isSuspended() || !isRunAllowed()) {
            response.setStatusCode(503).putHeader("Cache-Control", "no-store").end();
            return;
        }
        MediaRequests.Answer answer;
        try {
            answer = requests.answer(context.request().method().name(), context.normalizedPath());
        } catch (IOException | RuntimeException e) {
            LOG.warn("A published file could not be opened: {}", e.toString());
            response.setStatusCode(500).putHeader("Cache-Control", "no-store").end();
            return;
        }
        response.setStatusCode(answer.status());
        answer.headers().forEach(response::putHeader);
        MediaStore.Fetch fetch = answer.fetch();
        if (fetch == null) {
            response.end(answer.text());
            return;
        }
        // once the answer was sent, or the connection closed before
        context.addEndHandler(ended -> closeQuietly(fetch));
        if (fetch.memory() != null) {
            response.end(Buffer.buffer(fetch.memory()));
        } else if (fetch.file() != null) {
            response.sendFile(fetch.file().toString());
        } else {
            // HEAD: the headers only
            response.end();
        }
    }

    private static void closeQuietly(MediaStore.Fetch fetch) {
        try {
            fetch.close();
        } catch (IOException e) {
            LOG.debug("Closing a published file's reader failed: {}", e.toString());
        }
    }
}
