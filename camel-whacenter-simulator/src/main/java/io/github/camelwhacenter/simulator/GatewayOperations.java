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

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;

/**
 * What each gateway operation does and answers, given a request's fields. This is the simulated
 * gateway itself; HTTP, faults and delays are handled around it.
 *
 * <p>Where neither the collection nor the captured traffic shows an answer, the choices are:
 * <ul>
 *   <li>Every operation takes any HTTP method, as clients are seen using form, multipart and query
 *       fields interchangeably.</li>
 *   <li>{@code send}, {@code sendGroup} need a known, connected device. {@code statusDevice},
 *       {@code qr}, {@code getWebhook}, {@code setWebhook}, {@code deleteMessage} and
 *       {@code relogDevice} only need a known device: relog is how a timed-out (hence disconnected)
 *       device gets a fresh QR.</li>
 *   <li>{@code sendButton} always answers the "no longer works" failure, whatever the device.</li>
 *   <li>Missing fields: {@code "number is required"}, {@code "group is required"},
 *       {@code "message is required"} (a {@code send} with a {@code file} may omit the caption).</li>
 *   <li>{@code setWebhook} without a {@code webhook} (or blank) clears it; {@code getWebhook} then
 *       answers {@code "webhook":""}.</li>
 *   <li>{@code deleteMessage} with an id that is not a pending scheduled message of that device
 *       answers {@code "message not found"}; success is {@code "success delete message"}.</li>
 *   <li>{@code schedule} must be a real {@code yyyy-MM-dd HH:mm:ss} date-time (past times
 *       accepted); otherwise {@code "invalid schedule format"}. Scheduled messages never fire.</li>
 * </ul>
 */
final class GatewayOperations {

    static final String SEND_BUTTON_GONE = "SEND BUTTON SUDAH TIDAK BISA DIGUNAKAN";
    static final String INVALID_SCHEDULE = "invalid schedule format";
    static final String MESSAGE_NOT_FOUND = "message not found";

    private static final DateTimeFormatter SCHEDULE_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private final DeviceRegistry devices;
    private final MessageStore messages;
    private final FileFetcher files;
    private final Customers customers;

    GatewayOperations(DeviceRegistry devices, MessageStore messages, FileFetcher files, Customers customers) {
        this.files = files;
        this.customers = customers;
        this.devices = devices;
        this.messages = messages;
    }

    /**
     * Performs one operation, with its side effects.
     *
     * @param operation  the path without {@code /api/}, e.g. {@code send}
     * @param fields     the request's fields
     * @param receivedAt when the request arrived
     * @return the answer; {@link Answer#NOT_FOUND} for an unknown operation
     */
    Answer perform(String operation, Map<String, String> fields, Instant receivedAt) {
        return switch (operation) {
            case "statusDevice" -> statusDevice(fields);
            case "qr" -> qr(fields);
            case "getWebhook" -> getWebhook(fields);
            case "setWebhook" -> setWebhook(fields);
            case "send" -> send(fields, receivedAt);
            case "sendGroup" -> sendGroup(fields, receivedAt);
            case "sendButton" -> Envelope.failure(SEND_BUTTON_GONE);
            case "relogDevice" -> relogDevice(fields);
            case "deleteMessage" -> deleteMessage(fields);
            default -> Answer.NOT_FOUND;
        };
    }

    private Answer statusDevice(Map<String, String> fields) {
        SimulatedDevice device = devices.find(fields.get("device_id"));
        if (device == null) {
            return Envelope.failure(Envelope.DEVICE_NOT_FOUND);
        }
        return Envelope.success("success get device status", Envelope.data()
                .add("status", device.isConnected() ? "CONNECTED" : "NOT CONNECTED")
                .add("nomor", device.number())
                .add("nama", device.name())
                .add("qr", device.qrState())
                .build());
    }

    private Answer qr(Map<String, String> fields) {
        SimulatedDevice device = devices.find(fields.get("device_id"));
        String pairing = device == null ? null : device.scannablePairingString();
        return new Answer.Png(pairing == null ? QrImages.unavailable() : QrImages.pairing(pairing));
    }

    private Answer getWebhook(Map<String, String> fields) {
        SimulatedDevice device = devices.find(fields.get("device_id"));
        if (device == null) {
            return Envelope.failure(Envelope.DEVICE_NOT_FOUND);
        }
        return webhookAnswer("success get webhook", device);
    }

    private Answer setWebhook(Map<String, String> fields) {
        SimulatedDevice device = devices.find(fields.get("device_id"));
        if (device == null) {
            return Envelope.failure(Envelope.DEVICE_NOT_FOUND);
        }
        device.setWebhookUrl(fields.get("webhook"));
        return webhookAnswer("success set webhook", device);
    }

    private static Answer webhookAnswer(String message, SimulatedDevice device) {
        String url = device.webhookUrl();
        return Envelope.success(message, Envelope.data().add("webhook", url == null ? "" : url).build());
    }

    private Answer send(Map<String, String> fields, Instant receivedAt) {
        SimulatedDevice device = connectedDevice(fields);
        if (device == null) {
            return Envelope.failure(Envelope.DEVICE_NOT_FOUND);
        }
        String number = present(fields, "number");
        String message = present(fields, "message");
        String file = present(fields, "file");
        String schedule = present(fields, "schedule");
        if (number == null) {
            return Envelope.failure("number is required");
        }
        if (message == null && file == null) {
            return Envelope.failure("message is required");
        }
        if (schedule != null && !isValidSchedule(schedule)) {
            return Envelope.failure(INVALID_SCHEDULE);
        }
        SentMessage sent = messages.accept(device.deviceId(), number, null, message == null ? "" : message, file,
                schedule, receivedAt);
        if (file != null) {
            // the gateway takes the file from its URL before it answers; a scheduled one is fetched now too
            files.fetch(sent.id(), file);
        }
        customers.sent(sent);
        return messageSent(sent);
    }

    private Answer sendGroup(Map<String, String> fields, Instant receivedAt) {
        SimulatedDevice device = connectedDevice(fields);
        if (device == null) {
            return Envelope.failure(Envelope.DEVICE_NOT_FOUND);
        }
        String group = present(fields, "group");
        String message = present(fields, "message");
        if (group == null) {
            return Envelope.failure("group is required");
        }
        if (message == null) {
            return Envelope.failure("message is required");
        }
        return messageSent(messages.accept(device.deviceId(), null, group, message, null, null, receivedAt));
    }

    private static Answer messageSent(SentMessage sent) {
        return Envelope.success("message sent", Envelope.data().add("id", sent.id()).build());
    }

    private Answer relogDevice(Map<String, String> fields) {
        SimulatedDevice device = devices.find(fields.get("device_id"));
        if (device == null) {
            return Envelope.failure(Envelope.DEVICE_NOT_FOUND);
        }
        device.relog();
        return Envelope.success("berhasil relog device", Envelope.EMPTY_DATA);
    }

    private Answer deleteMessage(Map<String, String> fields) {
        SimulatedDevice device = devices.find(fields.get("device_id"));
        if (device == null) {
            return Envelope.failure(Envelope.DEVICE_NOT_FOUND);
        }
        String id = present(fields, "id");
        try {
            if (id != null && messages.cancelScheduled(device.deviceId(), Long.parseLong(id.trim()))) {
                return Envelope.success("success delete message", Envelope.EMPTY_DATA);
            }
        } catch (NumberFormatException notAnId) {
            // falls through: an id that cannot exist is simply not found
        }
        return Envelope.failure(MESSAGE_NOT_FOUND);
    }

    private SimulatedDevice connectedDevice(Map<String, String> fields) {
        SimulatedDevice device = devices.find(fields.get("device_id"));
        return device != null && device.isConnected() ? device : null;
    }

    /** @return the field's value, or {@code null} when missing or blank (PHP's {@code empty()} view) */
    private static String present(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    static boolean isValidSchedule(String schedule) {
        try {
            LocalDateTime.parse(schedule, SCHEDULE_FORMAT);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
