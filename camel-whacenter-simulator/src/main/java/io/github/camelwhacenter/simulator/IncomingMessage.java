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
package io.github.camelwhacenter.simulator;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A WhatsApp message arriving at a simulated device, to be delivered to the device's webhook with
 * {@link WhacenterSimulator#deliverIncoming(String, IncomingMessage)}. Immutable: each
 * {@code pushName(..)}, {@code group(..)}, etc. returns a changed copy, so instances can be shared.
 *
 * <pre>{@code
 * IncomingMessage.text("087754446580", "help").pushName("Budi").group("120363025@g.us")
 * }</pre>
 */
public final class IncomingMessage {

    /** The zone of the gateway's wall-clock timestamps. */
    public static final ZoneId GATEWAY_ZONE = ZoneId.of("Asia/Jakarta");

    /**
     * Where an ad-originated message came from, as in the observed {@code ad_reply} object.
     *
     * @param sourceType e.g. {@code "ad"}
     * @param sourceId   the ad's id
     * @param sourceUrl  the ad's URL
     */
    public record AdReply(String sourceType, String sourceId, String sourceUrl) {
    }

    private final String from;
    private final String messageType;
    private final String message;
    private final String media;
    private final String pushName;
    private final String groupId;
    private final LocalDateTime timestamp;
    private final WebhookFormat format;
    private final AdReply adReply;

    private IncomingMessage(String from, String messageType, String message, String media, String pushName,
                            String groupId, LocalDateTime timestamp, WebhookFormat format, AdReply adReply) {
        this.from = from;
        this.messageType = messageType;
        this.message = message;
        this.media = media;
        this.pushName = pushName;
        this.groupId = groupId;
        this.timestamp = timestamp;
        this.format = format;
        this.adReply = adReply;
    }

    /**
     * A text message.
     *
     * @param from    the sender's number, typically in local form ({@code 0877...})
     * @param message the text
     * @return the message, timestamped now in {@link #GATEWAY_ZONE}
     */
    public static IncomingMessage text(String from, String message) {
        return create(from, "text", Objects.requireNonNull(message, "message"), "");
    }

    /**
     * A media message (image, document, ...).
     *
     * @param from     the sender's number
     * @param caption  the caption; empty for none
     * @param mediaUrl where the gateway serves the media
     * @return the message, timestamped now in {@link #GATEWAY_ZONE}
     */
    public static IncomingMessage media(String from, String caption, String mediaUrl) {
        return create(from, "media", caption == null ? "" : caption, Objects.requireNonNull(mediaUrl, "mediaUrl"));
    }

    /**
     * A live-location message; the gateway puts {@code "lat,lng"} into {@code message}.
     *
     * @param from      the sender's number
     * @param latitude  degrees
     * @param longitude degrees
     * @return the message, timestamped now in {@link #GATEWAY_ZONE}
     */
    public static IncomingMessage liveLocation(String from, double latitude, double longitude) {
        return create(from, "live-location", decimal(latitude) + "," + decimal(longitude), "");
    }

    // Double.toString would write 1.0E-5; a receiver splitting "lat,lng" expects plain decimals
    private static String decimal(double degrees) {
        return BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
    }

    private static IncomingMessage create(String from, String type, String message, String media) {
        if (from == null || from.isEmpty()) {
            throw new IllegalArgumentException("from must not be empty");
        }
        LocalDateTime now = LocalDateTime.now(GATEWAY_ZONE).truncatedTo(ChronoUnit.SECONDS);
        return new IncomingMessage(from, type, message, media, "", "", now, WebhookFormat.OBSERVED, null);
    }

    /**
     * @param pushName the sender's WhatsApp display name
     * @return a copy with that name
     */
    public IncomingMessage pushName(String pushName) {
        return new IncomingMessage(from, messageType, message, media, Objects.requireNonNull(pushName, "pushName"),
                groupId, timestamp, format, adReply);
    }

    /**
     * Makes this a group message ({@code is_group: true}).
     *
     * @param idGroup the group's WhatsApp id, e.g. {@code 120363025246125244@g.us}
     * @return a copy in that group
     */
    public IncomingMessage group(String idGroup) {
        if (idGroup == null || idGroup.isEmpty()) {
            throw new IllegalArgumentException("idGroup must not be empty");
        }
        return new IncomingMessage(from, messageType, message, media, pushName, idGroup, timestamp, format, adReply);
    }

    /**
     * @param timestamp the gateway-local wall-clock time; sub-second parts are dropped
     * @return a copy with that timestamp
     */
    public IncomingMessage timestamp(LocalDateTime timestamp) {
        return new IncomingMessage(from, messageType, message, media, pushName, groupId,
                Objects.requireNonNull(timestamp, "timestamp").truncatedTo(ChronoUnit.SECONDS), format, adReply);
    }

    /**
     * @param format the body shape to deliver; {@link WebhookFormat#OBSERVED} by default
     * @return a copy delivered in that shape
     */
    public IncomingMessage format(WebhookFormat format) {
        return new IncomingMessage(from, messageType, message, media, pushName, groupId, timestamp,
                Objects.requireNonNull(format, "format"), adReply);
    }

    /**
     * Marks the message as a reply to an ad (only visible in {@link WebhookFormat#OBSERVED}).
     *
     * @param sourceType e.g. {@code "ad"}
     * @param sourceId   the ad's id
     * @param sourceUrl  the ad's URL
     * @return a copy with that {@code ad_reply}
     */
    public IncomingMessage adReply(String sourceType, String sourceId, String sourceUrl) {
        return new IncomingMessage(from, messageType, message, media, pushName, groupId, timestamp, format,
                new AdReply(sourceType, sourceId, sourceUrl));
    }

    /** @return the sender's number as given */
    public String from() {
        return from;
    }

    /** @return {@code text}, {@code media} or {@code live-location} */
    public String messageType() {
        return messageType;
    }

    /** @return the text, caption or {@code "lat,lng"} */
    public String message() {
        return message;
    }

    /** @return the media URL, empty when there is none */
    public String media() {
        return media;
    }

    /** @return the sender's display name, empty when unknown */
    public String pushName() {
        return pushName;
    }

    /** @return the group's id, empty for a direct message */
    public String groupId() {
        return groupId;
    }

    /** @return whether this is a group message */
    public boolean isGroup() {
        return !groupId.isEmpty();
    }

    /** @return the gateway-local time, second precision */
    public LocalDateTime timestamp() {
        return timestamp;
    }

    /** @return the body shape used for delivery */
    public WebhookFormat format() {
        return format;
    }

    /** @return the ad the message replies to, or {@code null} */
    public AdReply adReply() {
        return adReply;
    }

    @Override
    public String toString() {
        return "IncomingMessage[" + messageType + " from " + from + (isGroup() ? " in " + groupId : "")
                + " at " + timestamp + ": " + message + "]";
    }
}
