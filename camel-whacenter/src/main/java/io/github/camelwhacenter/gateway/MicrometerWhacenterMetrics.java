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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.camelwhacenter.WhacenterOperation;
import io.github.camelwhacenter.support.Secrets;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.CamelContext;
import org.apache.camel.support.LRUCacheFactory;

/**
 * The meters in Micrometer. Names and tags after its conventions (dot-separated names, base unit seconds); a device
 * is tagged by the fingerprint of its id, never the id.
 * <ul>
 * <li>{@code whacenter.calls}: exchanges of gateway operations, by {@code operation}, {@code outcome} and
 * {@code device};</li>
 * <li>{@code whacenter.gateway.latency}: from handing a request to the HTTP client to its answer, by
 * {@code operation};</li>
 * <li>{@code whacenter.send.wait}: how long paced sends waited for their turn (rate limit, jitter, quotas, quiet hours),
 * by {@code device};</li>
 * <li>{@code whacenter.send.queued}: the paced sends waiting now, by {@code device};</li>
 * <li>{@code whacenter.webhook.posts}: webhook posts answered, by {@code route} and {@code outcome} (delivered,
 * duplicate, failed, refused).</li>
 * </ul>
 */
public final class MicrometerWhacenterMetrics implements WhacenterMetrics {

    private final MeterRegistry registry;
    /** A cache only: a device's meters are found by its id, so that forgetting it never depends on what this holds. */
    private final Map<String, String> fingerprints = LRUCacheFactory.newLRUCache(10_000);
    /**
     * Every meter this component registered, by its name and tags, a device's by its id: built once, removed when the
     * device is evicted or the component stops.
     */
    private final Map<String, Meter> meters = new ConcurrentHashMap<>();

    private MicrometerWhacenterMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public static WhacenterMetrics of(CamelContext context) {
        MeterRegistry registry = context.getRegistry().findSingleByType(MeterRegistry.class);
        return registry == null ? NONE : new MicrometerWhacenterMetrics(registry);
    }

    private String device(String deviceId) {
        return fingerprints.computeIfAbsent(deviceId, Secrets::fingerprint);
    }

    @SuppressWarnings("unchecked")
    private <M extends Meter> M meter(String key, Supplier<M> register) {
        return (M) meters.computeIfAbsent(key, k -> register.get());
    }

    @Override
    public void callCompleted(WhacenterOperation operation, String deviceId, Throwable failure) {
        String outcome = WhacenterMetrics.outcome(failure);
        String device = device(deviceId);
        Counter calls = meter("calls|" + operation + "|" + outcome + "|" + deviceId, () -> Counter.builder("whacenter.calls")
                .description("Exchanges of Whacenter gateway operations")
                .tag("operation", operation.name()).tag("outcome", outcome).tag("device", device).register(registry));
        calls.increment();
    }

    @Override
    public void gatewayAnswered(WhacenterOperation operation, long nanos) {
        Timer latency = meter("latency|" + operation, () -> Timer.builder("whacenter.gateway.latency")
                .description("Time the Whacenter gateway took to answer").tag("operation", operation.name())
                .register(registry));
        latency.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void sendWaited(String deviceId, long nanos) {
        String device = device(deviceId);
        Timer wait = meter("wait|" + deviceId, () -> Timer.builder("whacenter.send.wait")
                .description("Time paced sends waited for their turn").tag("device", device).register(registry));
        wait.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void sendQueue(String deviceId, Supplier<Integer> waiting) {
        String device = device(deviceId);
        meter("queued|" + deviceId, () -> Gauge.builder("whacenter.send.queued", waiting, Supplier::get)
                .description("Paced sends waiting for their turn").tag("device", device)
                .strongReference(true).register(registry));
    }

    @Override
    public void webhookPost(String routeId, String outcome) {
        String route = routeId == null ? "none" : routeId;
        Counter posts = meter("webhook|" + route + "|" + outcome, () -> Counter.builder("whacenter.webhook.posts")
                .description("Webhook posts answered").tag("route", route).tag("outcome", outcome).register(registry));
        posts.increment();
    }

    /**
     * Removes the device's meters. A meter made meanwhile, by the answer of a call still completing, stays until the
     * device is evicted again: that answer marked the device used first.
     */
    @Override
    public void forgetDevice(String deviceId) {
        fingerprints.remove(deviceId);
        String key = "|" + deviceId;
        meters.entrySet().removeIf(meter -> {
            if (meter.getKey().endsWith(key) && !meter.getKey().startsWith("webhook|")) {
                registry.remove(meter.getValue());
                return true;
            }
            return false;
        });
    }

    @Override
    public void close() {
        meters.values().forEach(registry::remove);
        meters.clear();
    }
}
