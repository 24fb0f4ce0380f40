package io.github.camelwhacenter;

import org.apache.camel.RuntimeCamelException;

/**
 * Base of every error the Whacenter component raises. Messages never contain the device id.
 */
public class WhacenterException extends RuntimeCamelException {

    private final String operation;

    public WhacenterException(String operation, String message, Throwable cause) {
        super("Whacenter " + operation + ": " + message, cause);
        this.operation = operation;
    }

    /** The operation that failed, e.g. {@code send}. */
    public String getOperation() {
        return operation;
    }
}
