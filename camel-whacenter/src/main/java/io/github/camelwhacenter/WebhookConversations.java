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

import io.github.camelwhacenter.conversation.Conversation;
import io.github.camelwhacenter.conversation.Conversations;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import io.github.camelwhacenter.webhook.IncomingMessages;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.AsyncProcessorSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a contact's message that answers a conversation to the route with the conversation's name, the id of the
 * question it answers and the headers the send kept, once across the nodes sharing the conversationRepository: the
 * node the message reaches claims the conversation first, and gives it back when the route fails, so that the message
 * delivered again finds it.
 */
final class WebhookConversations extends AsyncProcessorSupport {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookConversations.class);

    private final AsyncProcessor route;
    private final Supplier<Conversations> conversations;
    private final String deviceId;
    private final String countryCode;

    WebhookConversations(AsyncProcessor route, Supplier<Conversations> conversations, String deviceId, String countryCode) {
        this.route = route;
        this.conversations = conversations;
        this.deviceId = deviceId;
        this.countryCode = countryCode;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Conversations current = conversations.get();
        WhacenterIncomingMessage incoming = exchange.getMessage().getBody(WhacenterIncomingMessage.class);
        String number = current == null ? null : WebhookContacts.numberOf(incoming, countryCode);
        if (number == null) {
            return route.process(exchange, callback);
        }
        Conversations.Claim claim;
        try {
            claim = current.claimReply(deviceId, number, IncomingMessages.deduplicationKey(incoming));
        } catch (RuntimeException e) {
            return fail(exchange, callback, "the conversationRepository could not be read, so the delivery fails and "
                                            + "the gateway delivers it again: " + e.getMessage(), e);
        }
        switch (claim.outcome()) {
            case NONE:
                return route.process(exchange, callback);
            case REPEATED:
                // this very message answered the conversation already: handed to a route once
                callback.done(true);
                return true;
            case IN_FLIGHT:
                return fail(exchange, callback, "another node is handling this reply now (or did within "
                                                + "conversationClaimTimeout): the gateway delivers it again", null);
            default:
                break;
        }
        Conversation conversation = claim.conversation();
        Message message = exchange.getMessage();
        conversation.context().forEach(message::setHeader);
        message.setHeader(WhacenterConstants.CONVERSATION, conversation.name());
        message.setHeader(WhacenterConstants.CONVERSATION_OUTCOME, "REPLIED");
        if (conversation.messageId() != null) {
            message.setHeader(WhacenterConstants.IN_REPLY_TO, conversation.messageId());
        }
        return route.process(exchange, doneSync -> {
            try {
                settle(current, claim, exchange.getException() != null);
            } finally {
                callback.done(doneSync);
            }
        });
    }

    private static void settle(Conversations conversations, Conversations.Claim claim, boolean failed) {
        try {
            boolean settled = failed ? conversations.giveBack(claim) : conversations.answered(claim);
            if (!settled) {
                // most often the reply's own route asked the contact the next question, which took this one's place
                LOG.debug("The conversation '{}' changed while its reply was handled (a new question replaced it, or "
                          + "its claim lapsed after conversationClaimTimeout)", claim.conversation().name());
            }
        } catch (RuntimeException e) {
            // the claim lapses after conversationClaimTimeout: a redelivery, or whacenter:conversations, then takes it
            LOG.warn("The conversationRepository failed to record the outcome of the reply to '{}': {}",
                    claim.conversation().name(), e.getMessage());
        }
    }

    private static boolean fail(Exchange exchange, AsyncCallback callback, String why, Exception cause) {
        exchange.setException(new WhacenterException("webhook", why, cause));
        callback.done(true);
        return true;
    }
}
