package io.github.camelwhacenter;

/**
 * The gateway answered HTTP 2xx with a body that is not what the operation answers: not JSON, no {@code status}
 * field, empty, or not an image for {@code qr}.
 */
public class WhacenterResponseException extends WhacenterTransportException {

    private final String responseSnippet;

    public WhacenterResponseException(String operation, String problem, String responseSnippet, Throwable cause) {
        super(operation, problem + ": " + responseSnippet, cause);
        this.responseSnippet = responseSnippet;
    }

    /** The start of the answer's body, shortened and with secrets masked. */
    public String getResponseSnippet() {
        return responseSnippet;
    }
}
