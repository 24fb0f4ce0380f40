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

import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.github.camelwhacenter.WhacenterHttpMethod;
import io.github.camelwhacenter.WhacenterOperation;
import io.github.camelwhacenter.model.WhacenterResult;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;

/**
 * One endpoint's way to the gateway, with its settings: the request of each operation, the connection pool it leases
 * from the gateway service, and the reading of the answer. The producer, the device watchdog and webhook registration
 * use it alike.
 */
public final class GatewayChannel implements CallTarget {

    /**
     * The endpoint's settings of the way to the gateway.
     *
     * @param webhookToken a secret besides the device id that must not show in an exception; may be null
     */
    public record Settings(String baseUrl, WhacenterHttpMethod httpMethod, boolean multipart,
                           long connectionRequestTimeoutMillis, int maxResponseSize, String webhookToken,
                           GatewayClientSettings client) {
    }

    private final GatewayService service;
    private final Settings settings;
    private final BooleanSupplier running;
    private final Map<WhacenterOperation, URI> targets = new EnumMap<>(WhacenterOperation.class);
    private volatile GatewayClient client;

    /**
     * @param running whether the endpoint runs: a stopped one leases no connection pool
     */
    public GatewayChannel(GatewayService service, Settings settings, BooleanSupplier running) {
        this.service = service;
        this.settings = settings;
        this.running = running;
        // every operation, not only the endpoint's: the operation header may name another
        for (WhacenterOperation each : WhacenterOperation.values()) {
            if (each.isGatewayCall()) {
                targets.put(each, GatewayRequests.target(settings.baseUrl(), each.gatewayPath()));
            }
        }
    }

    public GatewayService service() {
        return service;
    }

    @Override
    public long leaseTimeoutMillis() {
        return settings.connectionRequestTimeoutMillis();
    }

    @Override
    public SimpleHttpRequest httpRequest(GatewayRequest request) {
        WhacenterOperation operation = request.operation();
        boolean post = operation.httpMethod(settings.httpMethod()) == WhacenterHttpMethod.POST;
        return GatewayRequests.build(targets.get(operation), post, settings.multipart(), request.fields());
    }

    /**
     * Reads the gateway's answer to the operation.
     *
     * @param deviceId the device asked, which must not show in an exception
     */
    public GatewayAnswer read(WhacenterOperation operation, String deviceId, SimpleHttpResponse response,
                              boolean throwOnFailure) {
        return GatewayAnswer.read(operation, new String[] { deviceId, settings.webhookToken() }, response,
                settings.maxResponseSize(), throwOnFailure);
    }

    /**
     * Calls one operation of the device outside any exchange (watchdog, registration) and waits for the answer.
     *
     * @param fields the operation's wire fields besides device_id
     * @throws io.github.camelwhacenter.WhacenterException as a producer would fail the exchange, a status:false
     *                                                       answer included
     */
    public WhacenterResult callAndWait(WhacenterOperation operation, String deviceId, Map<String, String> fields) {
        Map<String, String> wire = new LinkedHashMap<>();
        wire.put("device_id", deviceId);
        wire.putAll(fields);
        SimpleHttpResponse response = service.callAndWait(new GatewayRequest(operation, deviceId, wire), this);
        return read(operation, deviceId, response, true).result();
    }

    /**
     * The connection pool, opened at the first gateway call rather than at start: a route that never calls the
     * gateway (a webhook without registration) opens none, and a context starts without loading the HTTP client.
     *
     * @return null when the endpoint is not running
     */
    @Override
    public GatewayClient transport() {
        GatewayClient leased = client;
        if (leased == null || !leased.isRunning()) {
            synchronized (this) {
                if (client == null && running.getAsBoolean()) {
                    client = service.acquireClient(settings.client());
                } else if (client != null && !client.isRunning()) {
                    client = service.replaceIfBroken(settings.client(), client);
                }
                leased = client;
            }
        }
        return leased;
    }

    /** Hands the connection pool back, when the endpoint stops. */
    public synchronized void close() {
        if (client != null) {
            client = null;
            service.releaseClient(settings.client());
        }
    }
}
