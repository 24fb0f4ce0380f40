package io.github.camelwhacenter;

/**
 * What a message send does when its device used up hourlyQuota or dailyQuota.
 */
public enum WhacenterQuotaAction {
    /** Fails at once with WhacenterQuotaExceededException, final: nothing was sent. */
    FAIL,
    /** Waits in the device's send queue until the rolling window has room. */
    WAIT
}
