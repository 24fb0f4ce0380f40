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

import java.util.function.Supplier;

import io.github.camelwhacenter.conversation.PendingReplies;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * Hands a contact's message to the whacenter:ask waiting for its reply in this JVM, if there is one: the ask's exchange
 * completes with it, and the webhook's route does not run for it (the gateway is answered 200). Any other message goes
 * to the route.
 */
final class WebhookReplies extends AsyncProcessorSupport {

    private final AsyncProcessor route;
    private final Supplier<PendingReplies> replies;
    private final String deviceId;
    private final String countryCode;

    WebhookReplies(AsyncProcessor route, Supplier<PendingReplies> replies, String deviceId, String countryCode) {
        this.route = route;
        this.replies = replies;
        this.deviceId = deviceId;
        this.countryCode = countryCode;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        WhacenterIncomingMessage incoming = exchange.getMessage().getBody(WhacenterIncomingMessage.class);
        PendingReplies waiting = replies.get();
        if (waiting != null && waiting.waiting() > 0) {
            String number = WebhookContacts.numberOf(incoming, countryCode);
            if (number != null && waiting.reply(deviceId, number, incoming)) {
                callback.done(true);
                return true;
            }
        }
        return route.process(exchange, callback);
    }
}
