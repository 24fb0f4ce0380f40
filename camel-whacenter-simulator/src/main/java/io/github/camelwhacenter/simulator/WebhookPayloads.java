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

import java.time.format.DateTimeFormatter;

/** Renders the bodies the gateway POSTs to a webhook, in either {@link WebhookFormat}. */
final class WebhookPayloads {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private WebhookPayloads() {
    }

    /**
     * @param message  the incoming message
     * @param deviceNumber the receiving device's number, sent as {@code to}
     * @return the body, to be sent as UTF-8
     */
    static String render(IncomingMessage message, String deviceNumber) {
        return switch (message.format()) {
            case COLLECTION -> collection(message, deviceNumber);
            case OBSERVED -> observed(message, deviceNumber);
        };
    }

    // Layout copied from the collection, blank lines and trailing comma included: receivers must cope.
    private static String collection(IncomingMessage message, String to) {
        JsonStyle json = JsonStyle.PLAIN;
        return "{\n  \n"
                + "  \"from\": " + json.quote(message.from()) + ",\n"
                + "  \"to\": " + json.quote(to) + ",\n"
                + "  \"message\": " + json.quote(message.message()) + ",\n"
                + "  \"media\": " + json.quote(message.media()) + ",\n"
                + "  \"timestamp\": " + json.quote(TIMESTAMP.format(message.timestamp())) + ",\n"
                + "\n}";
    }

    private static String observed(IncomingMessage message, String to) {
        IncomingMessage.AdReply ad = message.adReply();
        String adReply = ad == null ? "null" : new JsonObjectBuilder(JsonStyle.PLAIN)
                .add("source_type", ad.sourceType())
                .add("source_id", ad.sourceId())
                .add("source_url", ad.sourceUrl())
                .build();
        return new JsonObjectBuilder(JsonStyle.PLAIN)
                .add("pushName", message.pushName())
                .add("from", message.from())
                .add("to", to)
                .add("message_type", message.messageType())
                .add("message", message.message())
                .add("media", message.media())
                .add("is_group", message.isGroup())
                .add("id_group", message.groupId())
                .add("timestamp", TIMESTAMP.format(message.timestamp()))
                .add("source", "WHACENTER")
                .addRaw("ad_reply", adReply)
                .build();
    }
}
