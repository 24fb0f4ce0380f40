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

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * The control API under {@code /_simulator/}: lets a developer without test code inspect and steer
 * a standalone simulator with curl. Fields come as query parameters or form bodies. Answers are
 * {@code application/json}; errors are HTTP 400 or 404 with {@code {"error":..}}.
 */
final class ControlApiHandler implements HttpHandler {

    static final String PREFIX = "/_simulator/";

    private final WhacenterSimulator simulator;

    ControlApiHandler(WhacenterSimulator simulator) {
        this.simulator = simulator;
    }

    /** Carries a client mistake to a 400 answer. */
    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String route = exchange.getRequestURI().getPath().substring(PREFIX.length());
            RecordedRequest request = RequestReader.read(exchange, route, Instant.now());
            int status = 200;
            String body;
            try {
                body = route(exchange.getRequestMethod().toUpperCase(Locale.ROOT) + " " + route, request.fields());
                if (body == null) {
                    status = 404;
                    body = ControlJson.error("no such control endpoint: " + exchange.getRequestMethod() + " " + PREFIX + route);
                }
            } catch (BadRequest | IllegalArgumentException | IllegalStateException e) {
                status = 400;
                body = ControlJson.error(e.getMessage());
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private String route(String route, Map<String, String> fields) {
        return switch (route) {
            case "GET requests" -> ControlJson.array(fields.containsKey("path")
                    ? simulator.requests(fields.get("path")) : simulator.requests(), ControlJson::request);
            case "DELETE requests" -> {
                simulator.clearRequests();
                yield ControlJson.ok();
            }
            case "GET devices" -> ControlJson.array(simulator.devices(), ControlJson::device);
            case "POST devices" -> {
                String deviceId = required(fields, "device_id");
                yield ControlJson.device(simulator.addDevice(deviceId,
                        fields.getOrDefault("number", SimulatorOptions.DEFAULT_NUMBER), fields.getOrDefault("name", deviceId)));
            }
            case "POST devices/state" -> ControlJson.device(changeState(fields));
            case "GET messages" -> ControlJson.array(simulator.sentMessages(required(fields, "device_id")), ControlJson::message);
            case "POST incoming" -> deliver(fields);
            case "POST customers" -> {
                simulator.customerReplies(required(fields, "device_id"), required(fields, "number"),
                        required(fields, "reply"), Duration.ofMillis(fields.containsKey("delayMillis")
                                ? number(fields, "delayMillis") : 0));
                yield ControlJson.ok();
            }
            case "GET files" -> ControlJson.array(simulator.fetchedFiles(), ControlJson::fetchedFile);
            case "POST media" -> {
                byte[] bytes;
                try {
                    bytes = java.util.Base64.getDecoder().decode(required(fields, "data"));
                } catch (IllegalArgumentException e) {
                    throw new BadRequest("data must be the file's bytes in base64: " + e.getMessage());
                }
                String url = simulator.serveMedia(bytes, fields.getOrDefault("contentType", "application/octet-stream"),
                        fields.getOrDefault("fileName", "file"));
                yield ControlJson.media(url, 0);
            }
            case "GET media" -> {
                String url = required(fields, "url");
                yield ControlJson.media(url, simulator.mediaFetches(url));
            }
            case "POST faults" -> {
                Fault fault = fault(fields);
                if (fields.containsKey("path")) {
                    simulator.enqueueFault(fields.get("path"), fault);
                } else {
                    simulator.enqueueFault(fault);
                }
                yield ControlJson.ok();
            }
            case "POST delay" -> {
                simulator.setResponseDelay(Duration.ofMillis(number(fields, "millis")));
                yield ControlJson.ok();
            }
            case "POST gzip" -> {
                simulator.setGzipUnasked(Boolean.parseBoolean(required(fields, "unasked")));
                yield ControlJson.ok();
            }
            case "POST reset" -> {
                simulator.reset();
                yield ControlJson.ok();
            }
            default -> null;
        };
    }

    private SimulatedDevice changeState(Map<String, String> fields) {
        SimulatedDevice device = knownDevice(fields);
        if (Boolean.parseBoolean(fields.get("relog"))) {
            device.relog();
        }
        if (fields.containsKey("connected")) {
            device.setConnected(Boolean.parseBoolean(fields.get("connected")));
        }
        if (fields.containsKey("qr")) {
            device.setQrState(fields.get("qr"));
        }
        if (fields.containsKey("webhook")) {
            device.setWebhookUrl(fields.get("webhook"));
        }
        return device;
    }

    private String deliver(Map<String, String> fields) {
        SimulatedDevice device = knownDevice(fields);
        String from = required(fields, "from");
        String message = fields.getOrDefault("message", "");
        IncomingMessage incoming = fields.containsKey("media")
                ? IncomingMessage.media(from, message, fields.get("media"))
                : IncomingMessage.text(from, message);
        if (fields.containsKey("pushName")) {
            incoming = incoming.pushName(fields.get("pushName"));
        }
        if (fields.containsKey("group")) {
            incoming = incoming.group(fields.get("group"));
        }
        if (fields.containsKey("timestamp")) {
            try {
                incoming = incoming.timestamp(LocalDateTime.parse(fields.get("timestamp"), WebhookPayloads.TIMESTAMP));
            } catch (DateTimeParseException e) {
                throw new BadRequest("timestamp must be yyyy-MM-dd HH:mm:ss");
            }
        }
        if (fields.containsKey("format")) {
            incoming = incoming.format(WebhookFormat.valueOf(fields.get("format").toUpperCase(Locale.ROOT)));
        }
        WebhookDelivery delivery = simulator.deliverIncoming(device.deviceId(), incoming);
        return ControlJson.delivery(device.webhookUrl(), delivery);
    }

    private static Fault fault(Map<String, String> fields) {
        String type = required(fields, "type");
        return switch (type) {
            case "statusFalse" -> Fault.statusFalse(fields.getOrDefault("message", Envelope.DEVICE_NOT_FOUND));
            case "httpStatus" -> fields.containsKey("retryAfter")
                    ? Fault.httpStatus((int) number(fields, "status"), fields.getOrDefault("body", ""),
                            Duration.ofSeconds(number(fields, "retryAfter")))
                    : Fault.httpStatus((int) number(fields, "status"), fields.getOrDefault("body", ""));
            case "delay" -> Fault.delay(Duration.ofMillis(number(fields, "millis")));
            case "malformedBody" -> Fault.malformedBody();
            case "emptyBody" -> Fault.emptyBody();
            case "dropConnection" -> Fault.dropConnection();
            case "largeBody" -> Fault.largeBody((int) number(fields, "bytes"));
            default -> throw new BadRequest("unknown fault type: " + type
                    + " (statusFalse, httpStatus, delay, malformedBody, emptyBody, dropConnection, largeBody)");
        };
    }

    private SimulatedDevice knownDevice(Map<String, String> fields) {
        String deviceId = required(fields, "device_id");
        SimulatedDevice device = simulator.device(deviceId);
        if (device == null) {
            throw new BadRequest("unknown device: " + deviceId);
        }
        return device;
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new BadRequest(name + " is required");
        }
        return value;
    }

    private static long number(Map<String, String> fields, String name) {
        try {
            return Long.parseLong(required(fields, name).trim());
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a number");
        }
    }
}
