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
package io.github.camelwhacenter.kamelets;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.model.WhacenterDeviceState;
import io.github.camelwhacenter.model.WhacenterDeviceStatus;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import org.apache.camel.Header;

/**
 * The JSON the source Kamelets emit, as maps that the Kamelets marshal: a deliberate, stable shape rather than every
 * property of the component's model classes (no raw webhook body twice over, no pairing string of a QR code).
 */
public class WhacenterKameletBodies {

    /**
     * What {@code whacenter-source} emits for a message the webhook received.
     *
     * @param  message the webhook consumer's body
     * @return         from, to, pushName, messageType, message, media, group, groupId, timestamp (ISO-8601 with the
     *                 gateway's offset), source, and fields (every field of the gateway's body as received)
     */
    public Map<String, Object> incomingMessage(WhacenterIncomingMessage message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", message.getFrom());
        body.put("to", message.getTo());
        body.put("pushName", message.getPushName());
        body.put("messageType", message.getMessageType());
        body.put("message", message.getMessage());
        body.put("media", message.getMedia());
        body.put("group", message.isGroup());
        body.put("groupId", message.getGroupId());
        body.put("timestamp", message.getTimestamp() == null
                ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(message.getTimestamp()));
        body.put("source", message.getSource());
        body.put("fields", message.getFields());
        return body;
    }

    /**
     * What {@code whacenter-device-status-source} emits when the device watchdog saw the device's state change.
     *
     * @param  status   the watchdog's body
     * @param  previous the state at the poll before, null at the first poll after a start
     * @return          state, previousState, connected, status (the gateway's text), number, name, qrState
     */
    public Map<String, Object> deviceStateChange(WhacenterDeviceStatus status,
                                                 @Header(WhacenterConstants.PREVIOUS_DEVICE_STATE) WhacenterDeviceState previous) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", status.getState().name());
        body.put("previousState", previous == null ? null : previous.name());
        body.put("connected", status.isConnected());
        body.put("status", status.getStatus());
        body.put("number", status.getNumber());
        body.put("name", status.getName());
        body.put("qrState", status.getQrState().name());
        return body;
    }
}
