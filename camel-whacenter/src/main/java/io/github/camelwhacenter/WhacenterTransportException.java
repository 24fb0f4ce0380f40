package io.github.camelwhacenter;

/**
 * The request may not have reached the gateway, or its answer was unusable: a transient fault worth a redelivery by
 * Camel's error handler (HTTP error, garbage or empty answer, timeout, refused or dropped connection).
 */
public class WhacenterTransportException extends WhacenterException {

    public WhacenterTransportException(String operation, String message, Throwable cause) {
        super(operation, message, cause);
    }
}
