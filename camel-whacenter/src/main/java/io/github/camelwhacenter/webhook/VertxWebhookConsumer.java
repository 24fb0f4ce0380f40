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

import java.util.List;

import io.github.camelwhacenter.webhook.InflightDeliveries.Delivery;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpConsumer;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.AsyncProcessorSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * camel-platform-http's Vert.x consumer for a webhook path, which takes a worker thread only for a whole body:
 * platform-http runs each exchange on Vert.x's worker pool, and a body read there would hold a worker for as long as
 * its sender takes, so that a few slow senders would stop every delivery. Here, on the event loop, the request's head
 * is checked ({@link WebhookHandler#refusalBeforeBody}), the delivery admitted within webhookMaxInflight, and the
 * body read within webhookMaxBodySize and webhookBodyTimeout ({@link VertxRequestBody}); whatever is refused on the
 * way is answered there too, so that refusals queue behind no route. Only then does platform-http make the exchange
 * and hand it to a worker thread, with the body read.
 * <p>
 * Only loaded when camel-platform-http-vertx is on the classpath.
 */
final class VertxWebhookConsumer extends VertxPlatformHttpConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(VertxWebhookConsumer.class);
    private static final String DELIVERY = VertxWebhookConsumer.class.getName() + ".delivery";
    private static final String BODY = VertxWebhookConsumer.class.getName() + ".body";

    private final WebhookHandler handler;
    private final VertxRequestBody body;
    private final InflightDeliveries inflight;

    VertxWebhookConsumer(PlatformHttpEndpoint endpoint, Processor processor, List<Handler<RoutingContext>> handlers,
                         String routerName, WebhookHandler handler, VertxRequestBody body, InflightDeliveries inflight) {
        super(endpoint, new Routing(processor), handlers, routerName);
        this.handler = handler;
        this.body = body;
        this.inflight = inflight;
    }

    /** On the event loop, with the request's head. */
    @Override
    protected void handleRequest(RoutingContext context) {
        if (isSuspended()) {
            // platform-http answers 503
            super.handleRequest(context);
            return;
        }
        HttpServerRequest request = context.request();
        WebhookRefusal refusal = handler.refusalBeforeBody(request.method().name(), request.uri(), request.query());
        if (refusal != null) {
            body.discard(context);
            answer(context, refusal);
            return;
        }
        Delivery delivery = inflight.admit();
        if (delivery == null) {
            body.discard(context);
            answer(context, new WebhookRefusal(503, inflight.report().max()
                                                    + " deliveries are in flight (webhookMaxInflight); retry later"));
            return;
        }
        context.addEndHandler(ended -> delivery.end());
        body.read(context, whole -> {
            context.put(DELIVERY, delivery);
            context.put(BODY, whole);
            delivery.waiting();
            try {
                super.handleRequest(context);
            } catch (RuntimeException e) {
                // nothing else would answer, and the sender would wait until its own timeout
                LOG.warn("A webhook delivery could not be handed to the route: {}", e.toString());
                if (!context.response().ended()) {
                    answer(context, new WebhookRefusal(503, "the delivery could not be handed to the route; retry later"));
                }
            }
        }, refused -> answer(context, refused));
    }

    /**
     * Still on the event loop, as platform-http makes the exchange: what the handler reads of the request, the body
     * read already, and the delivery to mark once a worker thread runs it. platform-http's own population would pause
     * the request, which HTTP/2 refuses once it has ended; the route gets an exchange of its own with the delivery's
     * headers, so nothing else of the request is copied.
     */
    @Override
    protected Future<Void> populateCamelMessage(RoutingContext context, Exchange exchange, Message message) {
        HttpServerRequest request = context.request();
        message.setHeader(Exchange.HTTP_METHOD, request.method().name());
        message.setHeader(Exchange.HTTP_URI, request.uri());
        message.setHeader(Exchange.HTTP_PATH, context.normalizedPath());
        message.setHeader(Exchange.HTTP_QUERY, request.query());
        message.setHeader(Exchange.CONTENT_TYPE, request.getHeader("Content-Type"));
        message.setBody(context.get(BODY));
        exchange.setProperty(DELIVERY, context.get(DELIVERY));
        return Future.succeededFuture();
    }

    private void answer(RoutingContext context, WebhookRefusal refusal) {
        handler.activity().refused();
        HttpServerResponse response = context.response();
        response.setStatusCode(refusal.status()).putHeader("Content-Type", "application/json; charset=UTF-8");
        refusal.headers().forEach(response::putHeader);
        response.end(WebhookHandler.answer(false, refusal.reason()));
    }

    /** The webhook's processor, marking the delivery as routed once a worker thread runs it. */
    private static final class Routing extends AsyncProcessorSupport {
        private final AsyncProcessor next;

        Routing(Processor next) {
            this.next = AsyncProcessorConverterHelper.convert(next);
        }

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            Delivery delivery = exchange.getProperty(DELIVERY, Delivery.class);
            if (delivery != null) {
                exchange.removeProperty(DELIVERY);
                delivery.routing();
            }
            return next.process(exchange, callback);
        }
    }
}
