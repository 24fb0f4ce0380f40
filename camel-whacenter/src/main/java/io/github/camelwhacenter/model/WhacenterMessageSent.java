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
package io.github.camelwhacenter.model;

/**
 * The answer to {@code send} and {@code sendGroup}: the id the gateway gave the message, which
 * {@code deleteMessage} takes to cancel a scheduled one.
 */
public class WhacenterMessageSent extends WhacenterResult {

    private final String messageId;

    public WhacenterMessageSent(String operation, boolean success, String gatewayMessage, String messageId) {
        super(operation, success, gatewayMessage);
        this.messageId = messageId;
    }

    /** The gateway's message id (a JSON number on the wire, kept as text); null when the send failed. */
    public String getMessageId() {
        return messageId;
    }

    @Override
    protected String describeData() {
        return ", messageId=" + messageId;
    }
}
