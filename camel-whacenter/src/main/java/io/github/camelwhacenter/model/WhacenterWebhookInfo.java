package io.github.camelwhacenter.model;

/**
 * The answer to {@code getWebhook} and {@code setWebhook}: the URL the gateway posts incoming messages to.
 */
public class WhacenterWebhookInfo extends WhacenterResult {

    private final String webhookUrl;

    public WhacenterWebhookInfo(String operation, boolean success, String gatewayMessage, String webhookUrl) {
        super(operation, success, gatewayMessage);
        this.webhookUrl = webhookUrl;
    }

    /** The registered URL; null when none is registered or the gateway did not say. */
    public String getWebhookUrl() {
        return webhookUrl;
    }

    @Override
    protected String describeData() {
        return ", webhookUrl=" + webhookUrl;
    }
}
