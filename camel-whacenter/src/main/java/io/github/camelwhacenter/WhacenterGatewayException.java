package io.github.camelwhacenter;

import io.github.camelwhacenter.model.WhacenterResult;

/**
 * The gateway refused the request: it answered {@code status:false} (on HTTP 200), for example
 * {@code device not connected or not found}.
 */
public class WhacenterGatewayException extends WhacenterException {

    private final String gatewayMessage;
    private final transient WhacenterResult result;

    public WhacenterGatewayException(String operation, String gatewayMessage, WhacenterResult result) {
        super(operation, "the gateway answered status:false: " + gatewayMessage, null);
        this.gatewayMessage = gatewayMessage;
        this.result = result;
    }

    /** The gateway's own message, as it sent it. */
    public String getGatewayMessage() {
        return gatewayMessage;
    }

    /** The parsed answer, the same object the route gets with {@code throwExceptionOnFailure=false}. */
    public WhacenterResult getResult() {
        return result;
    }
}
