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

/**
 * A {@code send} or {@code sendGroup} that the simulator accepted, i.e. answered with
 * {@code "status":true}. Optional fields the request did not carry (or carried empty) are
 * {@code null}.
 *
 * @param id         the id returned in {@code data.id}
 * @param deviceId   the sending device
 * @param number     the recipient number as given, or {@code null} for a group message
 * @param group      the group name as given, or {@code null} for a direct message
 * @param message    the text, or the caption of a file
 * @param file       the file URL, or {@code null}
 * @param schedule   the requested {@code yyyy-MM-dd HH:mm:ss} local time, or {@code null} when sent at once
 * @param receivedAt when the simulator received the request
 */
public record SentMessage(long id,
                          String deviceId,
                          String number,
                          String group,
                          String message,
                          String file,
                          String schedule,
                          Instant receivedAt) {

    /** @return whether this message went to a group (via {@code sendGroup}) */
    public boolean isGroupMessage() {
        return group != null;
    }

    /** @return whether this message was scheduled for later */
    public boolean isScheduled() {
        return schedule != null;
    }
}
