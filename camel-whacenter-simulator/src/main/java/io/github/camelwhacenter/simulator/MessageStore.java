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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The messages the simulator accepted, per device, and the scheduled ones not yet deleted. Thread-safe. */
final class MessageStore {

    /** The first id handed out; the value seen in captured gateway answers, so ids look real. */
    static final long FIRST_ID = 110_864_596L;

    private final AtomicLong nextId = new AtomicLong(FIRST_ID);
    private final Map<String, DeviceMessages> byDevice = new ConcurrentHashMap<>();
    private volatile int historyLimit;

    MessageStore(int historyLimit) {
        this.historyLimit = BoundedHistory.requirePositive(historyLimit);
    }

    /**
     * Accepts a message and gives it the next id.
     *
     * @return the stored message
     */
    SentMessage accept(String deviceId, String number, String group, String message, String file, String schedule,
                       Instant receivedAt) {
        DeviceMessages messages = byDevice.computeIfAbsent(deviceId, id -> new DeviceMessages(historyLimit));
        // the id is taken under the device's lock so that a device's history is in id order
        synchronized (messages) {
            SentMessage sent = new SentMessage(nextId.getAndIncrement(), deviceId, number, group, message, file,
                    schedule, receivedAt);
            messages.sent.add(sent);
            if (schedule != null) {
                messages.scheduled.put(sent.id(), sent);
            }
            return sent;
        }
    }

    List<SentMessage> sent(String deviceId) {
        DeviceMessages messages = byDevice.get(deviceId);
        return messages == null ? List.of() : messages.sent.snapshot();
    }

    Map<Long, SentMessage> scheduled(String deviceId) {
        DeviceMessages messages = byDevice.get(deviceId);
        if (messages == null) {
            return Map.of();
        }
        synchronized (messages) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(messages.scheduled));
        }
    }

    /** @return whether {@code id} was a pending scheduled message of this device */
    boolean cancelScheduled(String deviceId, long id) {
        DeviceMessages messages = byDevice.get(deviceId);
        if (messages == null) {
            return false;
        }
        synchronized (messages) {
            return messages.scheduled.remove(id) != null;
        }
    }

    void clear() {
        byDevice.clear();
    }

    void setHistoryLimit(int limit) {
        historyLimit = BoundedHistory.requirePositive(limit);
        byDevice.values().forEach(messages -> messages.sent.setLimit(limit));
    }

    private static final class DeviceMessages {
        final BoundedHistory<SentMessage> sent;
        final Map<Long, SentMessage> scheduled = new LinkedHashMap<>();

        DeviceMessages(int limit) {
            sent = new BoundedHistory<>(limit);
        }
    }
}
