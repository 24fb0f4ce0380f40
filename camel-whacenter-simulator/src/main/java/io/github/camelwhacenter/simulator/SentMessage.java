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
