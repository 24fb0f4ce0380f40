package io.github.camelwhacenter;

/**
 * The request never left for the gateway, so sending the exchange again cannot duplicate a message: the producer or
 * the component stopped before the send's turn came, or the device's send queue was full. It is final for Camel's
 * error handler (it is no {@link WhacenterTransportException}), so a dead letter channel receives the exchange.
 */
public class WhacenterNotSentException extends WhacenterException {

    public WhacenterNotSentException(String operation, String message, Throwable cause) {
        super(operation, "not sent: " + message, cause);
    }
}
