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

import io.github.camelwhacenter.conversation.Conversation;
import io.github.camelwhacenter.conversation.ConversationScan;
import io.github.camelwhacenter.conversation.Conversations;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Emits the device's conversations that ended without a reply: past their deadline (TIMED_OUT) or replaced by a later
 * question to the contact (REPLACED), each once across the nodes sharing the conversationRepository: a node claims one
 * before its route runs, removes it when the route succeeded, and gives it back when the route failed, so that a
 * later poll (of any node) emits it again. The claim of a node that died lapses after conversationClaimTimeout.
 */
public class WhacenterConversationsConsumer extends ScheduledPollConsumer {

    private final WhacenterEndpoint endpoint;
    private final ConversationScan scan = new ConversationScan();
    private String device;

    public WhacenterConversationsConsumer(WhacenterEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        String deviceId = endpoint.getConfiguration().getDeviceId();
        if (deviceId == null || deviceId.isBlank()) {
            throw new IllegalArgumentException("whacenter:conversations emits a device's conversations, and deviceId is "
                                               + "missing: set the option deviceId on the component or the endpoint");
        }
        device = Conversations.device(deviceId.strip());
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        Conversations conversations = endpoint.getComponent().getConversations();
        if (conversations == null) {
            return 0;
        }
        int emitted = 0;
        for (String key : scan.due(conversations.keys(), conversations.now())) {
            if (!isRunAllowed()) {
                break;
            }
            Conversations.Claim claim = conversations.claimEnded(key, device, scan);
            if (claim != null) {
                emit(conversations, claim);
                emitted++;
            }
        }
        return emitted;
    }

    /** One claimed conversation to the route; the claim is settled whatever the route did. */
    private void emit(Conversations conversations, Conversations.Claim claim) {
        Conversation conversation = claim.conversation();
        Exchange exchange = createExchange(false);
        boolean failed = true;
        try {
            Message message = exchange.getMessage();
            message.setBody(conversation.question());
            conversation.context().forEach(message::setHeader);
            message.setHeader(WhacenterConstants.CONVERSATION, conversation.name());
            message.setHeader(WhacenterConstants.CONVERSATION_OUTCOME, conversation.replaced() ? "REPLACED" : "TIMED_OUT");
            message.setHeader(WhacenterConstants.NUMBER, conversation.number());
            if (conversation.messageId() != null) {
                message.setHeader(WhacenterConstants.IN_REPLY_TO, conversation.messageId());
            }
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            failed = exchange.getException() != null;
            if (failed) {
                getExceptionHandler().handleException("Error processing an ended conversation; it is emitted again",
                        exchange, exchange.getException());
            }
        } finally {
            try {
                if (failed) {
                    conversations.giveBack(claim);
                } else {
                    conversations.emitted(claim);
                }
            } catch (RuntimeException e) {
                // the claim lapses after conversationClaimTimeout, and the conversation is emitted again
                getExceptionHandler().handleException("The conversationRepository failed to record an ended "
                                                      + "conversation's emission", exchange, e);
            } finally {
                releaseExchange(exchange, false);
            }
        }
    }
}
