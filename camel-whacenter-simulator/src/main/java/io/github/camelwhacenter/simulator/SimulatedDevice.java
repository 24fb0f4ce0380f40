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

import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One WhatsApp device registered at the simulated gateway, addressed by its {@code device_id}.
 * Tests flip its state to play the situations a real device goes through (QR expired, logged
 * out on the phone). Connection and QR state are independent on purpose, so that any combination
 * the real gateway reports can be set up; {@link #pair()} sets the usual "paired" pair.
 *
 * <p>Thread-safe: the simulator reads this state on its request threads while tests change it.
 */
public final class SimulatedDevice {

    /** {@link #qrState()} of a paired device. */
    public static final String QR_DONE = "done";

    /** {@link #qrState()} once a pairing QR expired; {@code relogDevice} produces a fresh one. */
    public static final String QR_TIMEOUT = "timeout";

    private final String deviceId;
    private final String number;
    private final String name;
    private volatile boolean connected;
    private volatile String qrState;
    private volatile String webhookUrl;

    SimulatedDevice(String deviceId, String number, String name) {
        this.deviceId = requireText(deviceId, "deviceId");
        this.number = Objects.requireNonNull(number, "number");
        this.name = Objects.requireNonNull(name, "name");
        this.connected = true;
        this.qrState = QR_DONE;
    }

    /** @return the {@code device_id} clients must send */
    public String deviceId() {
        return deviceId;
    }

    /** @return the device's own number, reported as {@code nomor} and used as the webhook's {@code to} */
    public String number() {
        return number;
    }

    /** @return the device's display name, reported as {@code nama} */
    public String name() {
        return name;
    }

    /** @return whether the device is connected; a disconnected device cannot send */
    public boolean isConnected() {
        return connected;
    }

    /**
     * Connects or disconnects the device. Leaves {@link #qrState()} alone.
     *
     * @param connected the new state
     */
    public void setConnected(boolean connected) {
        this.connected = connected;
    }

    /** @return {@code "done"}, {@code "timeout"} or a raw pairing string, as {@code statusDevice} reports it */
    public String qrState() {
        return qrState;
    }

    /**
     * Sets the QR state. A raw pairing string on a disconnected device makes {@code qr} answer a
     * scannable-looking image; anything else makes it answer "QR TIDAK TERSEDIA".
     *
     * @param qrState {@link #QR_DONE}, {@link #QR_TIMEOUT} or a raw pairing string
     */
    public void setQrState(String qrState) {
        this.qrState = requireText(qrState, "qrState");
    }

    /** Marks the device as freshly paired: connected, QR {@code "done"}. */
    public void pair() {
        this.qrState = QR_DONE;
        this.connected = true;
    }

    /**
     * Does what {@code relogDevice} does: disconnects the device and gives it a fresh pairing string
     * (shaped like the gateway's, {@code 2@...==,...=,...=,...=}), so that {@code qr} shows a code.
     *
     * @return the new pairing string
     */
    public String relog() {
        String pairing = "2@" + randomBase64(72) + "," + randomBase64(32) + "," + randomBase64(32) + "," + randomBase64(32);
        this.connected = false;
        this.qrState = pairing;
        return pairing;
    }

    /** @return the webhook URL set for this device, or {@code null} when none is set */
    public String webhookUrl() {
        return webhookUrl;
    }

    /**
     * Sets or clears the webhook URL, as {@code setWebhook} does.
     *
     * @param webhookUrl the URL; {@code null} or blank clears it
     */
    public void setWebhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl;
    }

    /** @return the pairing string {@code qr} should show, or {@code null} for "QR TIDAK TERSEDIA" */
    String scannablePairingString() {
        String qr = qrState;
        return !connected && !QR_DONE.equals(qr) && !QR_TIMEOUT.equals(qr) ? qr : null;
    }

    @Override
    public String toString() {
        return "SimulatedDevice[" + deviceId + ", number=" + number + ", name=" + name
                + ", connected=" + connected + ", qr=" + qrState + ", webhook=" + webhookUrl + "]";
    }

    private static String randomBase64(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }
}
