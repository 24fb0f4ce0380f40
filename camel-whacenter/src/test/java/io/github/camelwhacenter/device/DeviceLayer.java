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
package io.github.camelwhacenter.device;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

import io.github.camelwhacenter.WhacenterCircuitBreaker;
import io.github.camelwhacenter.WhacenterException;
import io.github.camelwhacenter.WhacenterOperation;
import io.github.camelwhacenter.WhacenterQuietHoursAction;
import io.github.camelwhacenter.WhacenterQuotaAction;
import io.github.camelwhacenter.gateway.CallTarget;
import io.github.camelwhacenter.gateway.GatewayAnswer;
import io.github.camelwhacenter.gateway.GatewayRequest;
import io.github.camelwhacenter.gateway.GatewayService;
import io.github.camelwhacenter.gateway.PendingCalls;
import io.github.camelwhacenter.gateway.Transport;
import io.github.camelwhacenter.gateway.WhacenterMetrics;
import io.github.camelwhacenter.model.WhacenterDeviceStatus;
import io.github.camelwhacenter.model.WhacenterResult;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import io.github.camelwhacenter.testing.FakeScheduler;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;

/**
 * The device layer (registry and admission) on a fake clock, without HTTP: its calls go to a gateway of the test's
 * that records each request as it goes on the wire and answers when the test says, and everything runs on the test's
 * thread, so each timing rule is proven to the nanosecond. The answers are read as the producer reads them, and their
 * outcome told to admission as the producer tells it.
 */
final class DeviceLayer {

    /** The device most tests send for, and a second one. */
    static final String DEVICE = WhacenterSimulatorExtension.DEVICE_ID;
    static final String OTHER_DEVICE = WhacenterSimulatorExtension.SECOND_DEVICE_ID;
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    static final String ACCEPTED = "{\"status\":true,\"message\":\"message sent\",\"data\":{\"id\":\"1\"}}";
    static final String NOT_CONNECTED = "{\"status\":false,\"message\":\"device not connected or not found\",\"data\":[]}";

    /** The component's options of the device layer, with the component's defaults. */
    static final class Options {
        WhacenterCircuitBreaker circuitBreaker = WhacenterCircuitBreaker.OFF;
        int circuitBreakerThreshold = 3;
        int sendQueueCapacity = 1_000;
        long deviceCheckIntervalMillis = 60_000;
        long sendIntervalMillis;
        boolean paceFirstSend;
        long sendJitterMillis;
        int hourlyQuota;
        int dailyQuota;
        WhacenterQuotaAction quotaAction = WhacenterQuotaAction.FAIL;
        int warmUpDays;
        String warmUpStart;
        String quietHours;
        WhacenterQuietHoursAction quietHoursAction = WhacenterQuietHoursAction.SCHEDULE;
        RandomGenerator random = new java.util.SplittableRandom(42);
        int unansweredBudget;
        long unansweredWindowMillis = 86_400_000;

        DeviceRegistry.Settings settings() {
            return new DeviceRegistry.Settings(circuitBreaker, circuitBreakerThreshold, sendQueueCapacity,
                    deviceCheckIntervalMillis, TimeUnit.MILLISECONDS.toNanos(sendIntervalMillis), paceFirstSend,
                    new DeviceSendPolicy.Settings(sendJitterMillis, hourlyQuota, dailyQuota, quotaAction, warmUpDays,
                            warmUpStart, quietHours, quietHoursAction, ZONE, unansweredBudget, unansweredWindowMillis));
        }
    }

    /** One call as the test sees it: when it went on the wire, what it asked, and what became of it. */
    static final class Send {
        final WhacenterOperation operation;
        final String deviceId;
        GatewayRequest request;
        long wireNanos = -1;
        FutureCallback<SimpleHttpResponse> http;
        WhacenterResult result;
        WhacenterException failure;
        boolean completed;

        Send(WhacenterOperation operation, String deviceId) {
            this.operation = operation;
            this.deviceId = deviceId;
        }

        boolean onWire() {
            return wireNanos >= 0;
        }

        @Override
        public String toString() {
            return operation + (onWire() ? " on the wire at " + wireNanos : " not on the wire")
                   + (completed ? ", completed " + (failure == null ? "with " + result : "failing with " + failure) : "");
        }
    }

    final FakeScheduler time = new FakeScheduler(Instant.parse("2026-01-05T03:00:00Z"), ZONE);
    final GatewayService gateway = new GatewayService(() -> null);
    final DeviceRegistry registry;
    final SendAdmission admission;
    final PendingCalls pending = new PendingCalls();
    final List<Send> sends = new ArrayList<>();
    private final Map<SimpleHttpRequest, Send> byRequest = new IdentityHashMap<>();
    private final Target target = new Target();
    private final Map<String, DeviceMonitor> monitors = new LinkedHashMap<>();
    /** What the gateway says of each device when asked for its status. */
    final Map<String, String> deviceStatus = new LinkedHashMap<>();
    int statusPolls;

    DeviceLayer(Options options) {
        registry = new DeviceRegistry(new Scheduling(() -> time, Runnable::run, time::nanoTime, time.clock(),
                options.random), () -> WhacenterMetrics.NONE);
        registry.configure(options.settings());
        admission = new SendAdmission(registry, gateway);
        registry.start();
    }

    /** An endpoint of the device starts: the registry makes its monitor (and circuit breaker). */
    DeviceMonitor startEndpoint(String deviceId) {
        DeviceMonitor monitor = registry.monitor(deviceId, this, "http://127.0.0.1:1/api", () -> poll(deviceId));
        monitors.put(deviceId, monitor);
        return monitor;
    }

    void stopEndpoint(String deviceId) {
        registry.release(deviceId, this, monitors.remove(deviceId));
    }

    /** The endpoint's poll: asks the gateway, tells the monitor. */
    private void poll(String deviceId) {
        statusPolls++;
        monitors.get(deviceId).observed(status(deviceStatus.getOrDefault(deviceId, "CONNECTED")));
    }

    static WhacenterDeviceStatus status(String state) {
        return new WhacenterDeviceStatus("deviceStatus", true, "ok", state, "6281200000001", "demo", null);
    }

    Send send(String deviceId) {
        return call(WhacenterOperation.send, deviceId, Map.of(), 0);
    }

    Send call(WhacenterOperation operation, String deviceId, Map<String, String> moreFields, long endpointIntervalMillis) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("device_id", deviceId);
        fields.put("number", "6281234567890");
        fields.put("message", "hello");
        fields.putAll(moreFields);
        Send send = new Send(operation, deviceId);
        sends.add(send);
        admission.call(new GatewayRequest(operation, deviceId, fields), target,
                TimeUnit.MILLISECONDS.toNanos(endpointIntervalMillis), pending, (response, failure) -> {
                    WhacenterResult result = null;
                    try {
                        if (failure != null) {
                            send.failure = failure;
                        } else {
                            result = GatewayAnswer.read(operation, new String[] { deviceId }, response, 1 << 20, true)
                                    .result();
                            send.result = result;
                        }
                    } catch (WhacenterException e) {
                        send.failure = e;
                    } finally {
                        send.completed = true;
                        admission.answered(deviceId, operation, result, send.failure);
                    }
                });
        // the scheduler's thread starts what is due at once
        time.runDue();
        return send;
    }

    /** The gateway answers the send with this JSON. */
    void answer(Send send, String json) {
        send.http.completed(SimpleHttpResponse.create(200, json, ContentType.APPLICATION_JSON));
        time.runDue();
    }

    /** Answers every send on the wire and not yet answered as accepted, until none is left, the clock standing. */
    void acceptAll() {
        for (Send send = unanswered(); send != null; send = unanswered()) {
            answer(send, ACCEPTED);
        }
    }

    private Send unanswered() {
        return sends.stream().filter(send -> send.onWire() && !send.completed).findFirst().orElse(null);
    }

    /** Moves the clock on, answering every send as it goes on the wire. */
    void advanceAccepting(Duration duration) {
        long until = time.nanoTime() + duration.toNanos();
        acceptAll();
        while (time.nanoTime() < until) {
            long step = Math.min(TimeUnit.MILLISECONDS.toNanos(1), until - time.nanoTime());
            time.advance(step, TimeUnit.NANOSECONDS);
            acceptAll();
        }
    }

    long now() {
        return time.nanoTime();
    }

    /** The gateway of the test: each request is recorded as it goes on the wire, and answered when the test says. */
    private final class Target implements CallTarget, Transport {
        @Override
        public SimpleHttpRequest httpRequest(GatewayRequest request) {
            SimpleHttpRequest http = SimpleRequestBuilder.post("http://127.0.0.1:1/api/" + request.operation().gatewayPath())
                    .build();
            Send send = sends.get(sends.size() - 1);
            send.request = request;
            byRequest.put(http, send);
            return http;
        }

        @Override
        public Transport transport() {
            return this;
        }

        @Override
        public long leaseTimeoutMillis() {
            return 1_000;
        }

        @Override
        public Future<SimpleHttpResponse> execute(SimpleHttpRequest request, Runnable onWire,
                                                  FutureCallback<SimpleHttpResponse> callback) {
            Send send = byRequest.get(request);
            send.wireNanos = time.nanoTime();
            send.http = callback;
            if (onWire != null) {
                onWire.run();
            }
            return new CompletableFuture<>();
        }
    }
}
