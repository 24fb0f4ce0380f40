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

import java.util.List;

import static io.github.camelwhacenter.RequestField.BUTTONS;
import static io.github.camelwhacenter.RequestField.FILE;
import static io.github.camelwhacenter.RequestField.GROUP;
import static io.github.camelwhacenter.RequestField.MESSAGE;
import static io.github.camelwhacenter.RequestField.MESSAGE_ID;
import static io.github.camelwhacenter.RequestField.NUMBER;
import static io.github.camelwhacenter.RequestField.SCHEDULE;
import static io.github.camelwhacenter.RequestField.WEBHOOK_URL;

/**
 * The gateway operations, one table that drives the producer: the gateway path, the HTTP method, the fields each
 * request carries and the kind of result it answers.
 */
public enum WhacenterOperation {

    /**
     * Sends a text message; with a file URL the message is its caption, with a schedule the gateway sends it later.
     */
    send("send", WhacenterHttpMethod.POST, true,
         List.of(NUMBER, MESSAGE), List.of(FILE, SCHEDULE)),
    /** Sends a text message to a group, addressed by the group's name. */
    sendGroup("sendGroup", WhacenterHttpMethod.POST, false,
              List.of(GROUP, MESSAGE), List.of()),
    /**
     * Sends a message with buttons.
     *
     * @deprecated the gateway documents that sending buttons no longer works; kept so existing routes fail with the
     *             gateway's own answer.
     */
    @Deprecated
    sendButton("sendButton", WhacenterHttpMethod.POST, false,
               List.of(NUMBER, MESSAGE, BUTTONS), List.of()),
    /** Cancels a scheduled message, by the id the gateway gave when it was sent. */
    deleteMessage("deleteMessage", WhacenterHttpMethod.GET, false,
                  List.of(MESSAGE_ID), List.of()),
    /** Reads the device's state: connected or not, its number and name, the QR pairing state. */
    deviceStatus("statusDevice", WhacenterHttpMethod.GET, false, List.of(), List.of()),
    /** Fetches the pairing QR code as a PNG image. */
    qr("qr", WhacenterHttpMethod.GET, false, List.of(), List.of()),
    /** Reads the webhook URL registered for the device. */
    getWebhook("getWebhook", WhacenterHttpMethod.GET, false, List.of(), List.of()),
    /** Registers the URL the gateway posts incoming messages to. */
    setWebhook("setWebhook", WhacenterHttpMethod.GET, false, List.of(WEBHOOK_URL), List.of()),
    /** Logs the device out so that a fresh QR code can be scanned. */
    relogDevice("relogDevice", WhacenterHttpMethod.POST, true, List.of(), List.of()),
    /** Consumer only: receives the messages the gateway posts to the registered webhook URL. */
    webhook(null, WhacenterHttpMethod.POST, false, List.of(), List.of()),
    /**
     * Consumer only: emits the device's conversations that ended without a reply (expectReply past replyTimeout, or
     * replaced by a later question), each once across the nodes sharing the conversationRepository.
     */
    conversations(null, WhacenterHttpMethod.GET, false, List.of(), List.of()),
    /**
     * Producer, no gateway call: fetches an incoming message's media (the body's, or the CamelWhacenterMedia header's
     * URL) within mediaAllowedHosts, for a route that decides after the webhook whether to keep it.
     */
    fetchMedia(null, WhacenterHttpMethod.GET, false, List.of(), List.of()),
    /**
     * Sends a text message, as send does, and completes the exchange with the contact's reply (the next message it
     * writes to the device, a WhacenterIncomingMessage), or fails it after replyTimeout; within one JVM.
     */
    ask("send", WhacenterHttpMethod.POST, true, List.of(NUMBER, MESSAGE), List.of(FILE));

    private final String gatewayPath;
    private final WhacenterHttpMethod defaultMethod;
    private final boolean methodSelectable;
    private final List<RequestField> requiredFields;
    private final List<RequestField> optionalFields;

    WhacenterOperation(String gatewayPath, WhacenterHttpMethod defaultMethod, boolean methodSelectable,
                       List<RequestField> requiredFields, List<RequestField> optionalFields) {
        this.gatewayPath = gatewayPath;
        this.defaultMethod = defaultMethod;
        this.methodSelectable = methodSelectable;
        this.requiredFields = requiredFields;
        this.optionalFields = optionalFields;
    }

    /** Whether the operation sends a WhatsApp message, and so counts against the send rate limit. */
    @SuppressWarnings("deprecation")
    public boolean isMessageSend() {
        return this == send || this == sendGroup || this == sendButton || this == ask;
    }

    /** Whether the gateway has this operation: webhook is served by the consumer, not called. */
    public boolean isGatewayCall() {
        return gatewayPath != null;
    }

    /** The path below the gateway's base URL, e.g. {@code statusDevice}. */
    public String gatewayPath() {
        return gatewayPath;
    }

    /** The method used on the wire, given the endpoint's {@code httpMethod} option. */
    public WhacenterHttpMethod httpMethod(WhacenterHttpMethod configured) {
        return methodSelectable && configured != null ? configured : defaultMethod;
    }

    List<RequestField> requiredFields() {
        return requiredFields;
    }

    List<RequestField> optionalFields() {
        return optionalFields;
    }

    /** Whether the message may be empty: a file sent without a caption. */
    boolean allowsEmptyMessageWith(RequestField present) {
        return (this == send || this == ask) && present == FILE;
    }

    /**
     * Parses an operation name as used in endpoint URIs and the {@link WhacenterConstants#OPERATION} header.
     *
     * @throws IllegalArgumentException naming the valid operations when the name is unknown
     */
    public static WhacenterOperation fromName(String name) {
        for (WhacenterOperation operation : values()) {
            if (operation.name().equalsIgnoreCase(name)) {
                return operation;
            }
        }
        throw new IllegalArgumentException(
                "Unknown Whacenter operation '" + name + "': use one of " + List.of(values()));
    }
}
