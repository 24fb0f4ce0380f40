package io.github.camelwhacenter;

/**
 * What a message send does during quietHours.
 */
public enum WhacenterQuietHoursAction {
    /**
     * A send goes to the gateway now with schedule set to the end of the quiet hours, so the gateway holds it and
     * nothing waits in the JVM; a send that already has a schedule keeps it. sendGroup and sendButton, which the
     * gateway cannot schedule, wait.
     */
    SCHEDULE,
    /** Every message send waits in the device's send queue until the quiet hours end. */
    WAIT
}
