package io.github.camelwhacenter;

/**
 * The device used up its hourlyQuota or dailyQuota, and quotaAction is FAIL. Nothing was sent; the same send is
 * refused again until the rolling window has room: final, no {@link WhacenterTransportException}.
 */
public class WhacenterQuotaExceededException extends WhacenterException {

    public WhacenterQuotaExceededException(String operation, String message) {
        super(operation, message, null);
    }
}
