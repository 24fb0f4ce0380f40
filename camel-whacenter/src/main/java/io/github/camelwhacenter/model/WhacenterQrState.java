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
