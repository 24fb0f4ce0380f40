package io.github.camelwhacenter;

/**
 * No connection or no answer within the configured {@code connectTimeout} or {@code responseTimeout}. The gateway may
 * still have acted on the request.
 */
public class WhacenterTimeoutException extends WhacenterTransportException {

    public WhacenterTimeoutException(String operation, String message, Throwable cause) {
        super(operation, message, cause);
    }
}
