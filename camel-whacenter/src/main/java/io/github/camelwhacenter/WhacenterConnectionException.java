package io.github.camelwhacenter;

/**
 * The connection to the gateway was refused, reset or closed before an answer came.
 */
public class WhacenterConnectionException extends WhacenterTransportException {

    public WhacenterConnectionException(String operation, String message, Throwable cause) {
        super(operation, message, cause);
    }
}
