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
package io.github.camelwhacenter.model;

/**
 * A device's state as the device watchdog reports it.
 */
public enum WhacenterDeviceState {
    /** Connected to WhatsApp: it can send. */
    CONNECTED,
    /** A QR code waits to be scanned. */
    QR_WAITING,
    /** The QR code expired unscanned; {@code relogDevice} gives a fresh one. */
    QR_TIMEOUT,
    /** Not connected, with no QR code waiting (e.g. logged out on the phone). */
    DISCONNECTED;

    public static WhacenterDeviceState of(WhacenterDeviceStatus status) {
        if (status.isConnected()) {
            return CONNECTED;
        }
        return switch (status.getQrState()) {
            case WAITING -> QR_WAITING;
            case TIMEOUT -> QR_TIMEOUT;
            default -> DISCONNECTED;
        };
    }
}
