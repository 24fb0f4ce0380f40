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
 * The pairing state the gateway reports in {@code statusDevice}'s {@code qr} field.
 */
public enum WhacenterQrState {
    /** {@code "done"}: the device is paired. */
    PAIRED,
    /** {@code "timeout"}: the QR code expired; {@code relogDevice} gives a fresh one. */
    TIMEOUT,
    /** A raw pairing string: a QR code is waiting to be scanned. */
    WAITING,
    /** The gateway said nothing about the QR code. */
    UNKNOWN;

    public static WhacenterQrState of(String qr) {
        if (qr == null || qr.isBlank()) {
            return UNKNOWN;
        }
        if ("done".equalsIgnoreCase(qr)) {
            return PAIRED;
        }
        if ("timeout".equalsIgnoreCase(qr)) {
            return TIMEOUT;
        }
        return WAITING;
    }
}
