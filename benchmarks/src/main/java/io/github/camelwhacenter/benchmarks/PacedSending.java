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
package io.github.camelwhacenter.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.simulator.RecordedRequest;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ThrottleDefinition;
import org.apache.camel.spi.ThreadPoolProfile;

/**
 * Paced sending at scale: many devices, each with messages queued behind its pace, sent through one route. Two ways
 * of pacing are compared: the component's own ({@code minSendInterval}, one queue per device, one scheduler thread),
 * and what users would otherwise write, Camel's throttle EIP keyed by device (total-requests mode, one request per
 * interval, {@code asyncDelayed} so that waiting exchanges hold no thread) in front of a whacenter:send endpoint that
 * does not pace. The gaps are measured where they matter, at the simulator, from the arrival times of the requests.
 */
final class PacedSending {

    private static final String DEVICE_PREFIX = "paced-device-";
    private static final String ROUTE = "direct:paced";
    /** Camel's shutdown timeout for the stop with sends queued: the queued sends cannot go out in it. */
    private static final int STOP_TIMEOUT_SECONDS = 2;

    /** How a device's sends are paced. */
    enum Pacer {
        COMPONENT("the component: `minSendInterval` on whacenter:send"),
        THROTTLE("Camel's throttle EIP keyed by device, then whacenter:send without pacing"),
        /**
         * The throttle EIP on a scheduler whose queue is unbounded: Camel's default scheduler refuses more than 1,000
         * delayed exchanges, and the throttle then runs the refused one on the caller's thread, which waits there.
         */
        THROTTLE_UNBOUNDED("the throttle EIP as above, its scheduler's task queue unbounded (Camel's default: 1,000)");

        final String label;

        Pacer(String label) {
            this.label = label;
        }
    }

    /**
     * What the simulator saw of a paced run.
     *
     * @param errorsMillis    per device and consecutive pair of sends, the gap at the simulator minus the interval, sorted
     * @param outOfOrder      sends that arrived after a later message of their device
     * @param failed          the failures' simple names to their numbers
     * @param unfinished      sends neither sent nor failed when the measurement ended, at twice the time the pace needs
     * @param queueingMillis  how long the caller took to hand all the sends to the route
     * @param seconds         from the first send queued to the last one completed, or to the end of the measurement
     * @param threadsBefore   live threads but the simulator's, by name, idle
     * @param threadsDuring   the same at the highest while the sends were queued
     */
    record Pacing(int devices, int perDevice, Duration interval, double[] errorsMillis, int outOfOrder,
                  Map<String, Integer> failed, int unfinished, long queueingMillis,
                  double seconds, Map<String, Integer> threadsBefore, Map<String, Integer> threadsDuring) {

        double errorPercentile(double percentile) {
            int index = (int) Math.ceil(percentile / 100 * errorsMillis.length) - 1;
            return errorsMillis[Math.max(0, Math.min(errorsMillis.length - 1, index))];
        }
    }

    /**
     * The heap sends queued behind their pace hold, and what became of them at a stop.
     *
     * @param outcomes       at the stop: the exception's simple name (or "sent") to the number of exchanges
     * @param neverCompleted exchanges whose caller was never answered, 10 s after the stop returned
     */
    record Queued(int queued, long heapBefore, long heapDuring, Map<String, Integer> threadsBefore,
                  Map<String, Integer> threadsDuring, long stopMillis, Map<String, Integer> outcomes, int neverCompleted) {

        long bytesPerQueuedSend() {
            return (heapDuring - heapBefore) / queued;
        }
    }

    private PacedSending() {
    }

    /**
     * Sends one message per device, then queues {@code perDevice} more for each at once, devices interleaved, and
     * waits for all.
     */
    static Pacing pace(Pacer pacer, int devices, int perDevice, Duration interval) throws Exception {
        try (WhacenterSimulator simulator = start(devices, devices * (perDevice + 1));
             Sending sending = new Sending(pacer, simulator, devices, interval)) {
            sending.awaitAll(sending.oneEach(0), Duration.ofSeconds(60));
            Map<String, Integer> before = Probes.clientThreads();
            long started = System.nanoTime();
            List<CompletableFuture<Exchange>> sends = sending.queueEach(perDevice);
            long queueingMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            Map<String, Integer> during = before;
            CompletableFuture<Void> all = CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
            // twice the time the pace needs, and some: what is still waiting then is reported, not waited for
            long deadline = System.nanoTime() + interval.multipliedBy(perDevice * 2L).plusSeconds(10).toNanos();
            while (!all.isDone() && System.nanoTime() < deadline) {
                Map<String, Integer> now = Probes.clientThreads();
                if (Probes.total(now) > Probes.total(during)) {
                    during = now;
                }
                TimeUnit.MILLISECONDS.sleep(20);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            List<CompletableFuture<Exchange>> completed = sends.stream().filter(CompletableFuture::isDone).toList();
            Map<String, Integer> outcomes = outcomes(completed);
            outcomes.remove("sent");
            if (!outcomes.isEmpty()) {
                completed.stream().map(send -> send.join().getException()).filter(java.util.Objects::nonNull).limit(3)
                        .forEach(failure -> System.out.println("[detail] " + pacer + " send failed: " + failure));
            }
            return measure(simulator.requests("send"), devices, perDevice, interval, outcomes,
                    sends.size() - completed.size(), queueingMillis, seconds, before, during);
        }
    }

    /**
     * Sends one message per device, then queues {@code perDevice} more for each behind an interval far longer than
     * the measurement, so that none goes out: the GC-settled heap then, minus the same before they were queued, is
     * what the queued sends hold. Then stops the CamelContext with a short shutdown timeout and sorts what became of
     * them.
     */
    static Queued queue(Pacer pacer, int devices, int perDevice) throws Exception {
        Duration interval = Duration.ofMinutes(10);
        try (WhacenterSimulator simulator = start(devices, devices * 2);
             Sending sending = new Sending(pacer, simulator, devices, interval)) {
            sending.awaitAll(sending.oneEach(0), Duration.ofSeconds(60));
            Map<String, Integer> before = Probes.clientThreads();
            long heapBefore = Probes.settledHeap();
            List<CompletableFuture<Exchange>> sends = sending.queueEach(perDevice);
            long heapDuring = Probes.settledHeap();
            Map<String, Integer> during = Probes.clientThreads();
            List<CompletableFuture<Exchange>> done = sends.stream().filter(CompletableFuture::isDone).toList();
            if (simulator.requests("send").size() != devices || !done.isEmpty()) {
                throw new IllegalStateException((simulator.requests("send").size() - devices) + " queued sends went out, "
                                                + done.size() + " completed before the heap was measured: "
                                                + outcomes(done));
            }
            long stopping = System.nanoTime();
            sending.context.stop();
            long stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping);
            try {
                CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // counted below
            }
            List<CompletableFuture<Exchange>> answered = sends.stream().filter(CompletableFuture::isDone).toList();
            return new Queued(sends.size(), heapBefore, heapDuring, before, during, stopMillis, outcomes(answered),
                    sends.size() - answered.size());
        }
    }

    /** "sent", or the failure's simple name, to the number of exchanges. */
    static Map<String, Integer> outcomes(List<CompletableFuture<Exchange>> completed) {
        Map<String, Integer> outcomes = new TreeMap<>();
        for (CompletableFuture<Exchange> send : completed) {
            Exception failure = send.join().getException();
            outcomes.merge(failure == null ? "sent" : failure.getClass().getSimpleName(), 1, Integer::sum);
        }
        return outcomes;
    }

    private static WhacenterSimulator start(int devices, int sends) {
        WhacenterSimulator simulator = WhacenterSimulator.start();
        for (int device = 0; device < devices; device++) {
            simulator.addDevice(deviceId(device), String.valueOf(6281100000000L + device), "paced " + device);
        }
        simulator.setHistoryLimit(sends + devices);
        return simulator;
    }

    private static String deviceId(int device) {
        return String.format(java.util.Locale.ROOT, "%s%04d", DEVICE_PREFIX, device);
    }

    private static Pacing measure(List<RecordedRequest> requests, int devices, int perDevice, Duration interval,
                                  Map<String, Integer> failed, int unfinished, long queueingMillis, double seconds, Map<String, Integer> before, Map<String, Integer> during) {
        Map<String, List<RecordedRequest>> byDevice = new HashMap<>();
        for (RecordedRequest request : requests) {
            byDevice.computeIfAbsent(request.field("device_id"), id -> new ArrayList<>()).add(request);
        }
        if (byDevice.size() != devices) {
            throw new IllegalStateException(byDevice.size() + " devices sent, not " + devices);
        }
        double intervalMillis = interval.toNanos() / 1e6;
        List<Double> errors = new ArrayList<>();
        int outOfOrder = 0;
        for (List<RecordedRequest> sent : byDevice.values()) {
            sent.sort(Comparator.comparing(RecordedRequest::receivedAt));
            int highest = -1;
            for (int i = 0; i < sent.size(); i++) {
                int number = Integer.parseInt(sent.get(i).field("message").substring("message ".length()));
                if (number < highest) {
                    outOfOrder++;
                }
                highest = Math.max(highest, number);
                if (i > 0) {
                    double gap = Duration.between(sent.get(i - 1).receivedAt(), sent.get(i).receivedAt()).toNanos() / 1e6;
                    errors.add(gap - intervalMillis);
                }
            }
        }
        double[] sorted = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalStateException("no pair of sends to measure");
        }
        return new Pacing(devices, perDevice, interval, sorted, outOfOrder, failed, unfinished, queueingMillis, seconds,
                before, during);
    }

    /** A CamelContext whose route paces the sends of many devices one way or the other. */
    private static final class Sending implements AutoCloseable {
        private final CamelContext context = new DefaultCamelContext();
        private final ProducerTemplate template;
        private final int devices;

        Sending(Pacer pacer, WhacenterSimulator simulator, int devices, Duration interval) throws Exception {
            this.devices = devices;
            context.getShutdownStrategy().setTimeout(STOP_TIMEOUT_SECONDS);
            // one endpoint for all devices, each send naming its device in the header, as a route serving many does
            String send = "whacenter:send?deviceId=" + deviceId(0) + "&baseUrl=" + simulator.baseUrl();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    if (pacer == Pacer.COMPONENT) {
                        from(ROUTE).routeId("paced").to(send + "&minSendInterval=" + interval.toMillis());
                    } else {
                        ThrottleDefinition throttle = from(ROUTE).routeId("paced")
                                .throttle(1).totalRequestsMode().timePeriodMillis(interval.toMillis())
                                .correlationExpression(header(WhacenterConstants.DEVICE_ID)).asyncDelayed();
                        if (pacer == Pacer.THROTTLE_UNBOUNDED) {
                            throttle.executorService(unboundedScheduler(context));
                        }
                        throttle.to(send);
                    }
                }
            });
            context.start();
            template = context.createProducerTemplate();
            // the caller hands each exchange to the route itself and does not wait
            template.setThreadedAsyncMode(false);
        }

        /** Camel's default scheduled pool for the throttle (10 threads), without the limit on its task queue. */
        private static ScheduledExecutorService unboundedScheduler(CamelContext context) {
            ThreadPoolProfile profile = new ThreadPoolProfile("Throttle");
            profile.setPoolSize(10);
            profile.setMaxPoolSize(10);
            profile.setMaxQueueSize(-1);
            return context.getExecutorServiceManager().newScheduledThreadPool(PacedSending.class, "Throttle", profile);
        }

        /** Queues messages 1 to {@code perDevice} for every device, devices interleaved, without waiting. */
        List<CompletableFuture<Exchange>> queueEach(int perDevice) {
            List<CompletableFuture<Exchange>> sends = new ArrayList<>(devices * perDevice);
            for (int message = 1; message <= perDevice; message++) {
                sends.addAll(oneEach(message));
            }
            return sends;
        }

        /** Queues message {@code number} for every device, without waiting. */
        List<CompletableFuture<Exchange>> oneEach(int number) {
            List<CompletableFuture<Exchange>> sends = new ArrayList<>(devices);
            for (int device = 0; device < devices; device++) {
                String deviceId = deviceId(device);
                sends.add(template.asyncSend(ROUTE, exchange -> {
                    exchange.getMessage().setBody("message " + number);
                    exchange.getMessage().setHeader(WhacenterConstants.DEVICE_ID, deviceId);
                    exchange.getMessage().setHeader(WhacenterConstants.NUMBER, Gateway.RECIPIENT);
                }));
            }
            return sends;
        }

        void awaitAll(List<CompletableFuture<Exchange>> sends, Duration timeout) throws Exception {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            for (CompletableFuture<Exchange> send : sends) {
                if (send.join().getException() != null) {
                    throw new IllegalStateException("a send failed", send.join().getException());
                }
            }
        }

        @Override
        public void close() {
            context.stop();
        }
    }
}
