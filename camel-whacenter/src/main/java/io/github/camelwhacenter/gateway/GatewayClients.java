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
package io.github.camelwhacenter.gateway;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pools of one component, shared by its endpoints with equal settings and closed when the last of
 * them stops.
 */
public final class GatewayClients {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayClients.class);

    private final Map<GatewayClientSettings, Lease> leases = new HashMap<>();

    public synchronized GatewayClient acquire(GatewayClientSettings settings) {
        Lease lease = leases.computeIfAbsent(settings, s -> {
            LOG.debug("Opening gateway connection pool {}", s);
            return new Lease(GatewayClient.start(s));
        });
        lease.holders++;
        return lease.client;
    }

    /**
     * The pool for these settings, a new one if the one given has stopped running (an Error on an I/O thread shuts
     * the reactor down for good, and every request on it would fail): its holders move to the new one.
     */
    public synchronized GatewayClient replaceIfBroken(GatewayClientSettings settings, GatewayClient client) {
        Lease lease = leases.get(settings);
        if (lease == null || client.isRunning()) {
            return client;
        }
        if (lease.client == client) {
            LOG.warn("The gateway connection pool {} stopped running: replacing it", settings);
            close(settings, client);
            lease.client = GatewayClient.start(settings);
        }
        return lease.client;
    }

    public synchronized void release(GatewayClientSettings settings) {
        Lease lease = leases.get(settings);
        if (lease != null && --lease.holders == 0) {
            leases.remove(settings);
            close(settings, lease.client);
        }
    }

    public synchronized void closeAll() {
        leases.forEach((settings, lease) -> close(settings, lease.client));
        leases.clear();
    }

    private static void close(GatewayClientSettings settings, GatewayClient client) {
        try {
            LOG.debug("Closing gateway connection pool {}", settings);
            client.close();
        } catch (IOException e) {
            LOG.warn("Closing gateway connection pool {} failed: {}", settings, e.getMessage());
        }
    }

    private static final class Lease {
        private GatewayClient client;
        private int holders;

        private Lease(GatewayClient client) {
            this.client = client;
        }
    }
}
