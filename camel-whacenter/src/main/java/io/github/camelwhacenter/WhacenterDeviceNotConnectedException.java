package io.github.camelwhacenter;

/**
 * The device guard refused a send because the device is known not to be connected to WhatsApp. Nothing was sent, and
 * sending again before the device is reconnected would be refused again: final, no
 * {@link WhacenterTransportException}, so the redelivery clause the README recommends does not repeat it.
 */
public class WhacenterDeviceNotConnectedException extends WhacenterException {

    public WhacenterDeviceNotConnectedException(String operation, String message) {
        super(operation, message, null);
    }
}
