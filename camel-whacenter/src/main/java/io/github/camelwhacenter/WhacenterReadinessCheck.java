package io.github.camelwhacenter;

import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * A readiness check of the component, in the group whacenter, that reports what is at most maxAgeMillis old: a
 * disconnected device or an unreachable gateway is a reason to take a node out of the load balancer, not to restart it.
 */
abstract class WhacenterReadinessCheck extends AbstractHealthCheck {

    /** How old what the check reports may be: the component's deviceCheckInterval. */
    protected final long maxAgeMillis;

    WhacenterReadinessCheck(String id, long maxAgeMillis) {
        super("whacenter", id);
        this.maxAgeMillis = maxAgeMillis;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }
}
