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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.github.camelwhacenter.conversation.Conversation;
import io.github.camelwhacenter.conversation.Conversations;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.PatternHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A send that expects the contact's reply: its conversation is recorded before the question goes, so that no reply is
 * missed however fast it comes, given the gateway's message id when the send succeeded, and removed when it failed.
 */
final class ExpectedReply {

    private static final Logger LOG = LoggerFactory.getLogger(ExpectedReply.class);

    private final Conversations conversations;
    private final String deviceId;
    private final String number;
    private final String id;

    private ExpectedReply(Conversations conversations, String deviceId, String number, String id) {
        this.conversations = conversations;
        this.deviceId = deviceId;
        this.number = number;
        this.id = id;
    }

    /** Whether the send expects a reply: expectReply, or the header CamelWhacenterConversation. */
    static boolean isExpected(Message message, WhacenterConfiguration configuration) {
        String name = message.getHeader(WhacenterConstants.CONVERSATION, String.class);
        return name != null && !name.isBlank() || configuration.isExpectReply();
    }

    /**
     * Whether the contact's earlier conversation still waits for its reply, so that a send with
     * pendingConversationAction=WAIT waits behind it.
     *
     * @throws WhacenterNotSentException when the store cannot say
     */
    static boolean mustWait(Conversations conversations, String deviceId, String number) {
        if (conversations == null) {
            return false;
        }
        try {
            return conversations.isOpen(Conversations.key(deviceId, number));
        } catch (RuntimeException e) {
            throw new WhacenterNotSentException("send", "the conversationRepository could not say whether a "
                    + "conversation with the contact is pending, so the question is not sent: " + e.getMessage(), e);
        }
    }

    /**
     * Records the conversation of a send that expects a reply ({@link #isExpected}).
     *
     * @return the expectation to settle when the send completes
     * @throws WhacenterNotSentException when it cannot be recorded: the question is not sent
     */
    static ExpectedReply record(Exchange exchange, WhacenterConfiguration configuration, Conversations conversations,
                                String deviceId, String number, String question) {
        Message message = exchange.getMessage();
        String name = message.getHeader(WhacenterConstants.CONVERSATION, String.class);
        if (name == null || name.isBlank()) {
            name = exchange.getFromRouteId() != null ? exchange.getFromRouteId() : "reply";
        }
        if (conversations == null) {
            throw new WhacenterNotSentException("send", "the component is stopped, so no reply can be expected", null);
        }
        String id = UUID.randomUUID().toString();
        Conversation conversation = Conversation.pending(id, name.strip(), Conversations.device(deviceId), number,
                question == null || question.isEmpty() ? null : question,
                conversations.now() + configuration.getReplyTimeout(), kept(message, configuration.getConversationHeaders()));
        try {
            conversations.expect(deviceId, number, conversation);
        } catch (RuntimeException e) {
            throw new WhacenterNotSentException("send", "the conversation could not be recorded in the "
                    + "conversationRepository, so the question is not sent: " + e.getMessage(), e);
        }
        return new ExpectedReply(conversations, deviceId, number, id);
    }

    /** The headers the route keeps with the conversation, as text. */
    private static Map<String, String> kept(Message message, String patterns) {
        Map<String, String> kept = new LinkedHashMap<>();
        if (patterns == null || patterns.isBlank()) {
            return kept;
        }
        for (String name : message.getHeaders().keySet()) {
            for (String pattern : patterns.split(",")) {
                if (!pattern.isBlank() && PatternHelper.matchPattern(name, pattern.strip())) {
                    String value = message.getHeader(name, String.class);
                    if (value != null) {
                        kept.put(name, value);
                    }
                    break;
                }
            }
        }
        return kept;
    }

    /** The send completed: the conversation keeps the gateway's message id, or goes when the question was not sent. */
    void settle(Exchange exchange) {
        try {
            Message message = exchange.getMessage();
            if (exchange.getException() == null && Boolean.TRUE.equals(message.getHeader(WhacenterConstants.SUCCESS, Boolean.class))) {
                String messageId = message.getHeader(WhacenterConstants.MESSAGE_ID, String.class);
                if (messageId != null) {
                    conversations.sent(deviceId, number, id, messageId);
                }
            } else {
                conversations.notSent(deviceId, number, id);
            }
        } catch (RuntimeException e) {
            LOG.warn("The conversationRepository failed to record the outcome of a question's send: {}", e.getMessage());
        }
    }

    /** The send could not be made. */
    void notSent() {
        try {
            conversations.notSent(deviceId, number, id);
        } catch (RuntimeException e) {
            LOG.warn("The conversationRepository failed to forget a question that was not sent: {}", e.getMessage());
        }
    }
}
