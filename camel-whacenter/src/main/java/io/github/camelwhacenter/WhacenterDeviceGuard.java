package io.github.camelwhacenter;

/**
 * What sends to a device do while it is known to be disconnected: the gateway would only refuse them.
 */
public enum WhacenterDeviceGuard {
    /** Sends go to the gateway whatever is known of the device. */
    OFF,
    /** Sends fail at once with WhacenterDeviceNotConnectedException, final: nothing was sent. */
    FAIL_FAST,
    /**
     * Sends wait, at most sendQueueCapacity of them, until the device is seen connected again; paced sends then go in
     * the order they came.
     */
    PAUSE
}
