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

import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A WhatsApp message the gateway forwarded to the webhook: who sent it to which device, what, and when.
 */
public class WhacenterIncomingMessage {

    private final String from;
    private final String to;
    private final String pushName;
    private final String messageType;
    private final String message;
    private final String media;
    private final boolean group;
    private final String groupId;
    private final ZonedDateTime timestamp;
    private final String source;
    private final Map<String, Object> fields;
    private final String rawBody;

    public WhacenterIncomingMessage(String from, String to, String pushName, String messageType, String message,
                                    String media, boolean group, String groupId, ZonedDateTime timestamp, String source,
                                    Map<String, Object> fields, String rawBody) {
        this.from = from;
        this.to = to;
        this.pushName = pushName;
        this.messageType = messageType;
        this.message = message;
        this.media = media;
        this.group = group;
        this.groupId = groupId;
        this.timestamp = timestamp;
        this.source = source;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.rawBody = rawBody;
    }

    /** The sender's number as the gateway sent it (often local form, 0877...); whacenter:send takes it as is. */
    public String getFrom() {
        return from;
    }

    /** The receiving device's own number. */
    public String getTo() {
        return to;
    }

    /** The sender's WhatsApp display name, when the gateway sent one. */
    public String getPushName() {
        return pushName;
    }

    /** {@code text}, {@code media} or {@code live-location}; derived from {@code media} when the gateway omits it. */
    public String getMessageType() {
        return messageType;
    }

    /** The text, the caption of a media message, or {@code "lat,lng"} of a live location. */
    public String getMessage() {
        return message;
    }

    /** The URL of the attached media, or null. */
    public String getMedia() {
        return media;
    }

    /** Whether the message was written in a group. */
    public boolean isGroup() {
        return group;
    }

    /** The group's id for a group message, else null. */
    public String getGroupId() {
        return groupId;
    }

    /** When the message was received, in the gateway's time zone. */
    public ZonedDateTime getTimestamp() {
        return timestamp;
    }

    /** The gateway's {@code source} field (e.g. WHACENTER), or null. */
    public String getSource() {
        return source;
    }

    /** Every field of the body as received, including those this class has no getter for (e.g. ad_reply). */
    public Map<String, Object> getFields() {
        return fields;
    }

    /** The body exactly as posted. */
    public String getRawBody() {
        return rawBody;
    }

    @Override
    public String toString() {
        return "WhacenterIncomingMessage[from=" + from + ", to=" + to + ", type=" + messageType + ", group=" + group
               + ", timestamp=" + timestamp + "]";
    }
}
