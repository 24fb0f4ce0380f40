package io.github.camelwhacenter.model;

/**
 * What the gateway answered: its status and message. Operations with data answer a subclass.
 */
public class WhacenterResult {

    private final String operation;
    private final boolean success;
    private final String gatewayMessage;

    public WhacenterResult(String operation, boolean success, String gatewayMessage) {
        this.operation = operation;
        this.success = success;
        this.gatewayMessage = gatewayMessage;
    }

    /** The operation that was performed, e.g. {@code send}. */
    public String getOperation() {
        return operation;
    }

    /** The gateway's {@code status}: false only when {@code throwExceptionOnFailure} is off. */
    public boolean isSuccess() {
        return success;
    }

    /** The gateway's {@code message}, e.g. {@code message sent} or {@code device not connected or not found}. */
    public String getGatewayMessage() {
        return gatewayMessage;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[operation=" + operation + ", success=" + success + ", message="
               + gatewayMessage + describeData() + "]";
    }

    protected String describeData() {
        return "";
    }
}
