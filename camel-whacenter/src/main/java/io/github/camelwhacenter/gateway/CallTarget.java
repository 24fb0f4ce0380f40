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

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;

/**
 * Where the calls of one endpoint go: the gateway at its base URL, with its settings ({@link GatewayChannel}). The
 * device layer hands it on with each request, unopened.
 */
public interface CallTarget {

    /** The request's HTTP request, as this target's settings say (method, form encoding, base URL). */
    SimpleHttpRequest httpRequest(GatewayRequest request);

    /** The transport to send with; null when the target no longer takes calls (its endpoint stopped). */
    Transport transport();

    /** How long a call may wait for a connection of the transport's pool. */
    long leaseTimeoutMillis();
}
