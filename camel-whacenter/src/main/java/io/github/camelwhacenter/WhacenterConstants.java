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

import org.apache.camel.spi.Metadata;

/**
 * Names of the Camel message headers the Whacenter component reads and writes.
 */
public final class WhacenterConstants {

    public static final String HEADER_PREFIX = "CamelWhacenter";

    @Metadata(label = "producer", description = "The operation to perform, overriding the one in the endpoint URI.",
              javaType = "io.github.camelwhacenter.WhacenterOperation")
    public static final String OPERATION = "CamelWhacenterOperation";
    @Metadata(label = "producer",
              description = "The device id (a credential) to send as, overriding the configured one, so one route can serve many devices.",
              javaType = "String", secret = true)
    public static final String DEVICE_ID = "CamelWhacenterDeviceId";
    @Metadata(description = "The recipient's phone number, international (6281234567890, +62 812-3456-7890) or local "
                            + "(081234567890). The webhook consumer sets it to the sender's number, so that a reply goes "
                            + "back to the sender; remove it before sending elsewhere.",
              javaType = "String")
    public static final String NUMBER = "CamelWhacenterNumber";
    @Metadata(label = "producer", description = "The name of the group to send to (operation sendGroup).", javaType = "String")
    public static final String GROUP = "CamelWhacenterGroup";
    @Metadata(label = "producer",
              description = "The caption of a file sent as the body (bytes, a stream or a file); the body is then the file, not the message text.",
              javaType = "String")
    public static final String CAPTION = "CamelWhacenterCaption";
    @Metadata(label = "producer",
              description = "A public http(s) URL of an image or file to send; the message becomes its caption.",
              javaType = "String")
    public static final String FILE = "CamelWhacenterFile";
    @Metadata(label = "producer",
              description = "When to send: a String (yyyy-MM-dd HH:mm:ss in the gateway's time zone, or ISO-8601), any java.time value or a java.util.Date. Must be in the future.",
              javaType = "Object")
    public static final String SCHEDULE = "CamelWhacenterSchedule";
    @Metadata(description = "The gateway's id of a message: read by deleteMessage, set after send and sendGroup.",
              javaType = "String")
    public static final String MESSAGE_ID = "CamelWhacenterMessageId";
    @Metadata(label = "producer", description = "The absolute http(s) URL to register as the device's webhook (operation setWebhook).",
              javaType = "String")
    public static final String WEBHOOK_URL = "CamelWhacenterWebhookUrl";
    /** @deprecated the gateway documents that sendButton no longer works */
    @Metadata(label = "producer", description = "The buttons of a sendButton message, comma separated or a List.",
              javaType = "String", deprecationNote = "The gateway documents that sendButton no longer works.")
    @Deprecated
    public static final String BUTTONS = "CamelWhacenterButtons";
    @Metadata(label = "producer", description = "The message text of the gateway's answer, e.g. message sent.",
              javaType = "String")
    public static final String GATEWAY_MESSAGE = "CamelWhacenterGatewayMessage";
    @Metadata(label = "producer",
              description = "Whether the gateway reported success (status true); false only with throwExceptionOnFailure=false.",
              javaType = "Boolean")
    public static final String SUCCESS = "CamelWhacenterSuccess";

    @Metadata(label = "consumer", description = "The sender's number of an incoming message, as the gateway sent it.",
              javaType = "String")
    public static final String FROM = "CamelWhacenterFrom";
    @Metadata(label = "consumer", description = "The number of the device that received the message.", javaType = "String")
    public static final String TO = "CamelWhacenterTo";
    @Metadata(label = "consumer", description = "The type of an incoming message: text, media or live-location.",
              javaType = "String")
    public static final String MESSAGE_TYPE = "CamelWhacenterMessageType";
    @Metadata(label = "consumer", description = "The URL of an incoming message's media, if any.", javaType = "String")
    public static final String MEDIA = "CamelWhacenterMedia";
    @Metadata(label = "consumer", description = "With fetchMedia: the bytes of an incoming message's media.",
              javaType = "byte[]")
    public static final String MEDIA_DATA = "CamelWhacenterMediaData";
    @Metadata(label = "consumer", description = "With fetchMedia: the content type of an incoming message's media, as "
                                                + "its server said.", javaType = "String")
    public static final String MEDIA_CONTENT_TYPE = "CamelWhacenterMediaContentType";
    @Metadata(label = "consumer", description = "With fetchMedia and mediaFetchFailure=FLAG: why the media was not "
                                                + "fetched.", javaType = "String")
    public static final String MEDIA_FETCH_ERROR = "CamelWhacenterMediaFetchError";
    @Metadata(label = "consumer", description = "OPT_OUT when the incoming message is an opt-out keyword, OPT_IN when it is an "
                                                + "opt-in keyword: the contact was recorded before the route runs.",
              javaType = "String")
    public static final String OPT_OUT = "CamelWhacenterOptOut";
    @Metadata(description = "The conversation's name. Set on a send, the send expects the contact's reply under this "
                            + "name (as expectReply does); on a message from the webhook or whacenter:conversations: the "
                            + "conversation it answers, or that ended without a reply.", javaType = "String")
    public static final String CONVERSATION = "CamelWhacenterConversation";
    @Metadata(label = "consumer", description = "REPLIED on the webhook's message that answers a conversation; on "
                                                + "whacenter:conversations TIMED_OUT (no reply within replyTimeout) or "
                                                + "REPLACED (a later question to the contact took its place).",
              javaType = "String")
    public static final String CONVERSATION_OUTCOME = "CamelWhacenterConversationOutcome";
    @Metadata(label = "consumer", description = "The gateway's id of the question a conversation's message answers (or "
                                                + "that ended without a reply); absent when the gateway gave none.",
              javaType = "String")
    public static final String IN_REPLY_TO = "CamelWhacenterInReplyTo";
    @Metadata(label = "consumer", description = "The group id of an incoming group message.", javaType = "String")
    public static final String GROUP_ID = "CamelWhacenterGroupId";
    @Metadata(label = "consumer", description = "When an incoming message was received, in the gateway's time zone.",
              javaType = "java.time.ZonedDateTime")
    public static final String TIMESTAMP = "CamelWhacenterTimestamp";
    @Metadata(label = "consumer", description = "The device's state reported by the deviceStatus consumer.",
              javaType = "io.github.camelwhacenter.model.WhacenterDeviceState")
    public static final String DEVICE_STATE = "CamelWhacenterDeviceState";
    @Metadata(label = "consumer",
              description = "The device's state at the previous poll of the deviceStatus consumer; null at the first.",
              javaType = "io.github.camelwhacenter.model.WhacenterDeviceState")
    public static final String PREVIOUS_DEVICE_STATE = "CamelWhacenterPreviousDeviceState";

    private WhacenterConstants() {
    }
}
