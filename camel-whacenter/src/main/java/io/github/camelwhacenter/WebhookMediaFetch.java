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

import java.util.concurrent.Executor;

import io.github.camelwhacenter.media.FetchedMedia;
import io.github.camelwhacenter.media.MediaFetcher;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * Fetches an incoming message's media before the route runs (fetchMedia): no thread waits for it, and the route goes
 * on on the component's workers, never on the fetcher's I/O threads.
 */
final class WebhookMediaFetch extends AsyncProcessorSupport {

    private final AsyncProcessor route;
    private final MediaFetcher fetcher;
    private final WhacenterMediaFetchFailure onFailure;
    private final Executor continuation;

    WebhookMediaFetch(AsyncProcessor route, MediaFetcher fetcher, WhacenterMediaFetchFailure onFailure, Executor continuation) {
        this.route = route;
        this.fetcher = fetcher;
        this.onFailure = onFailure;
        this.continuation = continuation;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        WhacenterIncomingMessage incoming = exchange.getMessage().getBody(WhacenterIncomingMessage.class);
        String url = incoming == null ? null : incoming.getMedia();
        if (url == null || url.isBlank()) {
            return route.process(exchange, callback);
        }
        fetcher.fetch(url).whenComplete((media, failure) -> continuation.execute(() -> {
            if (!prepare(exchange, media, failure)) {
                callback.done(false);
                return;
            }
            try {
                route.process(exchange, doneSync -> callback.done(false));
            } catch (RuntimeException e) {
                // an AsyncProcessor does not throw; should one, the delivery still completes
                exchange.setException(e);
                callback.done(false);
            }
        }));
        return false;
    }

    /** Puts the media, or why there is none, on the exchange; false when the delivery fails instead. */
    private boolean prepare(Exchange exchange, FetchedMedia media, Throwable failure) {
        if (failure == null) {
            exchange.getMessage().setHeader(WhacenterConstants.MEDIA_DATA, media.bytes());
            exchange.getMessage().setHeader(WhacenterConstants.MEDIA_CONTENT_TYPE, media.contentType());
            exchange.getMessage().setHeader(Exchange.FILE_NAME, media.fileName());
            return true;
        }
        WhacenterMediaFetchException exception = MediaFetching.asException("webhook", failure);
        if (onFailure == WhacenterMediaFetchFailure.FAIL) {
            exchange.setException(exception);
            return false;
        }
        exchange.getMessage().setHeader(WhacenterConstants.MEDIA_FETCH_ERROR, exception.getReason() + ": " + exception.getDetail());
        return true;
    }
}
