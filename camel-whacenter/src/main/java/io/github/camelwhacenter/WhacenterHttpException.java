package io.github.camelwhacenter;

/**
 * The gateway answered with an HTTP status outside 2xx.
 */
public class WhacenterHttpException extends WhacenterTransportException {

    private final int statusCode;
    private final String responseSnippet;

    public WhacenterHttpException(String operation, int statusCode, String responseSnippet) {
        super(operation, "the gateway answered HTTP " + statusCode + ": " + responseSnippet, null);
        this.statusCode = statusCode;
        this.responseSnippet = responseSnippet;
    }

    public int getStatusCode() {
        return statusCode;
    }

    /** The start of the answer's body, shortened and with secrets masked. */
    public String getResponseSnippet() {
        return responseSnippet;
    }
}
