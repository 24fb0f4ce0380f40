package io.github.camelwhacenter.model;

/**
 * The answer to {@code send} and {@code sendGroup}: the id the gateway gave the message, which
 * {@code deleteMessage} takes to cancel a scheduled one.
 */
public class WhacenterMessageSent extends WhacenterResult {

    private final String messageId;

    public WhacenterMessageSent(String operation, boolean success, String gatewayMessage, String messageId) {
        super(operation, success, gatewayMessage);
        this.messageId = messageId;
    }

    /** The gateway's message id (a JSON number on the wire, kept as text); null when the send failed. */
    public String getMessageId() {
        return messageId;
    }

    @Override
    protected String describeData() {
        return ", messageId=" + messageId;
    }
}
