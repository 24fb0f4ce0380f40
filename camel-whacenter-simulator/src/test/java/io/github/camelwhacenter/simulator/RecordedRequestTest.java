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

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What requests() tells a test about the traffic it caused. */
class RecordedRequestTest extends SimulatorTestSupport {

    @Test
    void recordsMethodPathFieldsHeadersAndTime() {
        Instant before = Instant.now();
        client.send(HttpRequest.newBuilder(client.uri("send", "device_id", "dev-1"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Trace-Id", "abc")
                .POST(HttpRequest.BodyPublishers.ofString("number=0856&message=hai")));
        Instant after = Instant.now();

        RecordedRequest request = simulator.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals("send", request.path());
        assertEquals(List.of("device_id", "number", "message"), List.copyOf(request.fields().keySet()));
        assertEquals("hai", request.field("message"));
        assertEquals("application/x-www-form-urlencoded", request.contentType());
        assertEquals("abc", request.headers().get("x-trace-id"), "header names are lower-case");
        assertEquals("abc", request.header("X-Trace-Id"));
        assertFalse(request.receivedAt().isBefore(before));
        assertFalse(request.receivedAt().isAfter(after));
    }

    @Test
    void aGetHasNoContentType() {
        client.get("statusDevice", "device_id", "dev-1");

        assertNull(simulator.requests().get(0).contentType());
        assertEquals("GET", simulator.requests().get(0).method());
    }

    @Test
    void requestsAreListedInArrivalOrderAndFilterableByPath() {
        client.get("statusDevice", "device_id", "dev-1");
        client.postForm("send", "device_id", "dev-1", "number", "1", "message", "a");
        client.get("qr", "device_id", "dev-1");
        client.postForm("send", "device_id", "dev-1", "number", "1", "message", "b");

        assertEquals(List.of("statusDevice", "send", "qr", "send"), simulator.requests().stream().map(RecordedRequest::path).toList());
        assertEquals(List.of("a", "b"), simulator.requests("send").stream().map(r -> r.field("message")).toList());
        assertTrue(simulator.requests("deleteMessage").isEmpty());
    }

    @Test
    void clearRequestsForgetsThemButNotTheMessages() {
        client.postForm("send", "device_id", "dev-1", "number", "1", "message", "a");

        simulator.clearRequests();

        assertTrue(simulator.requests().isEmpty());
        assertEquals(1, simulator.sentMessages("dev-1").size());
    }

    @Test
    void snapshotsCannotBeChangedAndDoNotChange() {
        client.get("statusDevice", "device_id", "dev-1");
        List<RecordedRequest> snapshot = simulator.requests();

        client.get("statusDevice", "device_id", "dev-1");

        assertEquals(1, snapshot.size());
        assertThrows(UnsupportedOperationException.class, () -> snapshot.add(snapshot.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> snapshot.get(0).fields().put("x", "y"));
    }

    @Test
    void aMultipartFileUploadIsRecordedByItsFileName() {
        String boundary = "XyZ";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"device_id\"\r\n\r\ndev-1\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bird.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n\u00ff\u00d8\u00ff\u00e0binary\r\n"
                + "--" + boundary + "--\r\n";

        client.send(HttpRequest.newBuilder(client.uri("send"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.ISO_8859_1))));

        assertEquals("bird.jpg", simulator.requests().get(0).field("file"));
        assertEquals("dev-1", simulator.requests().get(0).field("device_id"));
    }

    @Test
    void controlApiTrafficIsNotRecorded() {
        client.send(HttpRequest.newBuilder(java.net.URI.create(simulator.controlUrl() + "/devices")));

        assertTrue(simulator.requests().isEmpty());
    }

    @Test
    void resetForgetsEverythingButDevices() {
        client.postForm("send", "device_id", "dev-1", "number", "1", "message", "a", "schedule", "2030-01-01 00:00:00");
        simulator.enqueueFault(Fault.emptyBody());
        simulator.setResponseDelay(java.time.Duration.ofSeconds(5));

        simulator.reset();

        assertTrue(simulator.requests().isEmpty());
        assertTrue(simulator.sentMessages("dev-1").isEmpty());
        assertTrue(simulator.scheduledMessages("dev-1").isEmpty());
        assertEquals(0, simulator.pendingFaults());
        assertEquals(java.time.Duration.ZERO, simulator.responseDelay());
        assertTrue(simulator.device("dev-1").isConnected());
    }
}
