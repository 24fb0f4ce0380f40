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

import java.util.concurrent.Future;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * How a call's HTTP request travels to the gateway: a pool of connections of HttpClient ({@link GatewayClient}).
 */
public interface Transport {

    /**
     * Sends the request; the callback runs once, on a thread of the transport's.
     *
     * @param onWire run when the request is about to go on the wire, a connection leased (and opened if need be); may
     *               be null
     * @return the request's future, to cancel it
     */
    Future<SimpleHttpResponse> execute(SimpleHttpRequest request, Runnable onWire, FutureCallback<SimpleHttpResponse> callback);
}
