package io.github.camelwhacenter;

/**
 * The gateway answered an HTTP status that the same request would get again: 4xx other than 408 and 429 (a wrong
 * {@code baseUrl}, a proxy refusing credentials), or 3xx (redirects are not followed). Final: it is no
 * {@link WhacenterTransportException}, so the redelivery clause the README recommends does not repeat it.
 */
public class WhacenterHttpRefusedException extends WhacenterException {

    private final int statusCode;
    private final String responseSnippet;

    public WhacenterHttpRefusedException(String operation, int statusCode, String responseSnippet) {
        super(operation, "the gateway refused the request with HTTP " + statusCode + hint(statusCode) + ": "
                         + responseSnippet, null);
        this.statusCode = statusCode;
        this.responseSnippet = responseSnippet;
    }

    private static String hint(int statusCode) {
        return switch (statusCode) {
            case 401, 403, 407 -> " (check deviceId and, behind a proxy, proxyAuthUsername and proxyAuthPassword)";
            case 404, 405 -> " (check baseUrl: the gateway's API root, e.g. https://app.whacenter.com/api)";
            case 301, 302, 303, 307, 308 -> " (redirects are not followed: set baseUrl to where it points)";
            default -> " (the same request would be refused again)";
        };
    }

    public int getStatusCode() {
        return statusCode;
    }

    /** The start of the answer's body, shortened and with secrets masked. */
    public String getResponseSnippet() {
        return responseSnippet;
    }
}
