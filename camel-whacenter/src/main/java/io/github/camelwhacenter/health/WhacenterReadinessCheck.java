/*
 * Copyright 2026 the camel-whacenter authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelwhacenter.health;

import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * A readiness check of the component, in the group whacenter, that reports what is at most maxAgeMillis old: a
 * disconnected device or an unreachable gateway is a reason to take a node out of the load balancer, not to restart it.
 */
public abstract class WhacenterReadinessCheck extends AbstractHealthCheck {

    /** How old what the check reports may be: the component's deviceCheckInterval. */
    protected final long maxAgeMillis;

    public WhacenterReadinessCheck(String id, long maxAgeMillis) {
        super("whacenter", id);
        this.maxAgeMillis = maxAgeMillis;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }
}
