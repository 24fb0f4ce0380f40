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
