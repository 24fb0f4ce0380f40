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
 * The answer to {@code deviceStatus}: whether the device is connected, its number and name, and its QR pairing state.
 */
public class WhacenterDeviceStatus extends WhacenterResult {

    private final String status;
    private final String number;
    private final String name;
    private final String qr;

    public WhacenterDeviceStatus(String operation, boolean success, String gatewayMessage, String status,
                                 String number, String name, String qr) {
        super(operation, success, gatewayMessage);
        this.status = status;
        this.number = number;
        this.name = name;
        this.qr = qr;
    }

    /** The gateway's status text, {@code CONNECTED} or {@code NOT CONNECTED}. */
    public String getStatus() {
        return status;
    }

    /** Whether the device is connected to WhatsApp and can send. */
    public boolean isConnected() {
        return "CONNECTED".equalsIgnoreCase(status);
    }

    /** The device's own phone number ({@code nomor}). */
    public String getNumber() {
        return number;
    }

    /** The device's name ({@code nama}). */
    public String getName() {
        return name;
    }

    /** The raw {@code qr} field: {@code done}, {@code timeout} or a pairing string. */
    public String getQr() {
        return qr;
    }

    public WhacenterQrState getQrState() {
        return WhacenterQrState.of(qr);
    }

    /** The state the device watchdog reports: connected, QR waiting, QR timed out or disconnected. */
    public WhacenterDeviceState getState() {
        return WhacenterDeviceState.of(this);
    }

    @Override
    protected String describeData() {
        return ", status=" + status + ", number=" + number + ", name=" + name + ", qrState=" + getQrState();
    }
}
