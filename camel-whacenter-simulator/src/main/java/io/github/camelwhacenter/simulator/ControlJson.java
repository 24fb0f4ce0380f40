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

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Renders the simulator's own state as JSON for the control API. */
final class ControlJson {

    private ControlJson() {
    }

    static <T> String array(List<T> items, Function<T, String> render) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : ",").append(render.apply(items.get(i)));
        }
        return out.append(']').toString();
    }

    static String object(Map<String, String> map) {
        JsonObjectBuilder object = new JsonObjectBuilder(JsonStyle.PLAIN);
        map.forEach(object::add);
        return object.build();
    }

    static String request(RecordedRequest request) {
        return new JsonObjectBuilder(JsonStyle.PLAIN)
                .add("method", request.method())
                .add("path", request.path())
                .addRaw("fields", object(request.fields()))
                .addRaw("headers", object(request.headers()))
                .add("contentType", request.contentType())
                .add("receivedAt", request.receivedAt().toString())
                .build();
    }

    static String device(SimulatedDevice device) {
        return new JsonObjectBuilder(JsonStyle.PLAIN)
                .add("deviceId", device.deviceId())
                .add("number", device.number())
                .add("name", device.name())
                .add("connected", device.isConnected())
                .add("qr", device.qrState())
                .add("webhook", device.webhookUrl())
                .build();
    }

    static String message(SentMessage message) {
        return new JsonObjectBuilder(JsonStyle.PLAIN)
                .add("id", message.id())
                .add("deviceId", message.deviceId())
                .add("number", message.number())
                .add("group", message.group())
                .add("message", message.message())
                .add("file", message.file())
                .add("schedule", message.schedule())
                .add("receivedAt", message.receivedAt().toString())
                .build();
    }

    static String delivery(String webhook, WebhookDelivery delivery) {
        return new JsonObjectBuilder(JsonStyle.PLAIN)
                .add("delivered", delivery.isSuccessful())
                .add("webhook", webhook)
                .add("statusCode", delivery.statusCode())
                .add("responseBody", delivery.responseBody())
                .build();
    }

    static String fetchedFile(FetchedFile file) {
        return new JsonObjectBuilder(JsonStyle.PLAIN)
                .add("messageId", file.messageId())
                .add("url", file.url())
                .add("status", file.status())
                .add("size", file.size())
                .add("contentType", file.contentType())
                .add("sha256", file.sha256())
                .add("failure", file.failure())
                .build();
    }

    static String media(String url, int fetches) {
        return new JsonObjectBuilder(JsonStyle.PLAIN).add("url", url).add("fetches", fetches).build();
    }

    static String error(String message) {
        return new JsonObjectBuilder(JsonStyle.PLAIN).add("error", message).build();
    }

    static String ok() {
        return "{\"ok\":true}";
    }
}
