package io.github.camelwhacenter.simulator;

/**
 * The body shape of a webhook delivery. The real gateway has changed its payload over time, and
 * receivers must cope with both.
 */
public enum WebhookFormat {

    /**
     * The Postman collection's example, byte for byte in layout: pretty-printed with a blank first
     * line, only {@code from}, {@code to}, {@code message}, {@code media} and {@code timestamp}, and
     * the <em>trailing comma</em> plus blank line before the closing brace. Not strict JSON, on
     * purpose: receivers have to accept it.
     */
    COLLECTION,

    /**
     * The richer payload captured from the live gateway: one compact line with {@code pushName},
     * {@code from}, {@code to}, {@code message_type}, {@code message}, {@code media},
     * {@code is_group}, {@code id_group}, {@code timestamp}, {@code source} ({@code "WHACENTER"}) and
     * {@code ad_reply} ({@code null} unless the message came from an ad).
     */
    OBSERVED
}
