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

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelwhacenter.benchmarks.Senders.Sender;
import io.github.camelwhacenter.simulator.WhacenterSimulator;

/**
 * Measurements JMH does not make: the threads a number of in-flight sends occupy, the heap each in-flight send
 * holds, and the client-side CPU time and allocation of one send. The simulator runs in the same JVM; its threads
 * are left out of every count, its heap is the same for both clients.
 */
final class Probes {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private Probes() {
    }

    /** Opens a sender of one kind against the simulator, with the given pool size. */
    @FunctionalInterface
    interface SenderFactory {
        Sender open(WhacenterSimulator simulator, int maxConnections) throws Exception;
    }

    record ThreadProbe(int before, int during, Map<String, Integer> groupsBefore, Map<String, Integer> groupsDuring,
                       int maxInFlight, long completed) {
    }

    record HeapProbe(long inFlight, long bytesBefore, long bytesDuring) {
        long bytesPerRequest() {
            return (bytesDuring - bytesBefore) / inFlight;
        }
    }

    record CostProbe(long requests, long cpuNanos, long allocatedBytes, long wallNanos, long processCpuNanos,
                     Map<String, String> byThreads) {
        double cpuMicrosPerRequest() {
            return cpuNanos / 1_000.0 / requests;
        }

        long bytesPerRequest() {
            return allocatedBytes / requests;
        }

        double requestsPerSecond() {
            return requests * 1e9 / wallNanos;
        }

        /** The CPU time of the whole JVM, simulator, JIT and GC included, per request. */
        double processCpuMicrosPerRequest() {
            return processCpuNanos / 1_000.0 / requests;
        }

        /** Both measurements as one. */
        CostProbe plus(CostProbe other) {
            Map<String, String> threads = new TreeMap<>(byThreads);
            other.byThreads.forEach((group, cost) -> threads.merge(group, cost, (a, b) -> a + " | " + b));
            return new CostProbe(requests + other.requests, cpuNanos + other.cpuNanos,
                    allocatedBytes + other.allocatedBytes, wallNanos + other.wallNanos,
                    processCpuNanos + other.processCpuNanos, threads);
        }
    }

    /**
     * Keeps {@code inFlight} sends outstanding for {@code window} against a gateway that holds each answer for
     * {@code delay}, and counts the live threads, by name, before and (at the highest) during.
     */
    static ThreadProbe threads(SenderFactory factory, int inFlight, Duration delay, Duration window) throws Exception {
        try (WhacenterSimulator simulator = Gateway.start(); Sender sender = factory.open(simulator, inFlight)) {
            for (int i = 0; i < 200; i++) {
                sender.sendAndWait();
            }
            simulator.setResponseDelay(delay);
            Map<String, Integer> before = clientThreads();
            Pump pump = new Pump(sender);
            for (int i = 0; i < inFlight; i++) {
                pump.issue();
            }
            Map<String, Integer> during = before;
            long deadline = System.nanoTime() + window.toNanos();
            while (System.nanoTime() < deadline) {
                Map<String, Integer> now = clientThreads();
                if (total(now) > total(during) || during == before) {
                    during = now;
                }
                TimeUnit.MILLISECONDS.sleep(10);
            }
            pump.drain();
            return new ThreadProbe(total(before), total(during), before, during, pump.maxInFlight.get(),
                    pump.completed.get());
        }
    }

    /**
     * The GC-settled heap with {@code requests} sends waiting on the gateway's answers, against the same with none,
     * connections already open in both.
     */
    static HeapProbe heap(SenderFactory factory, int requests, Duration delay) throws Exception {
        try (WhacenterSimulator simulator = Gateway.start(); Sender sender = factory.open(simulator, requests)) {
            // open as many connections as there will be requests in flight, and fill the simulator's history
            simulator.setResponseDelay(Duration.ofMillis(300));
            Pump opener = new Pump(sender);
            opener.stop();
            for (int i = 0; i < requests; i++) {
                opener.issue();
            }
            opener.drain();
            simulator.setResponseDelay(delay);
            simulator.clearRequests();
            long before = settledHeap();
            Pump pump = new Pump(sender);
            pump.stop();
            long started = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                pump.issue();
            }
            while (simulator.requests().size() < requests) {
                if (System.nanoTime() - started > delay.toNanos() / 2) {
                    throw new IllegalStateException("only " + simulator.requests().size() + " of " + requests
                                                    + " requests reached the gateway in time");
                }
                TimeUnit.MILLISECONDS.sleep(20);
            }
            long during = settledHeap();
            if (pump.completed.get() > 0 || System.nanoTime() - started > delay.toNanos()) {
                throw new IllegalStateException("answers arrived before the heap was measured: raise the delay");
            }
            pump.drain();
            return new HeapProbe(requests, before, during);
        }
    }

    /**
     * The CPU time and allocation of every thread but the simulator's, over {@code requests} sends made by
     * {@code callers} threads that each send and wait, after as many to warm up.
     */
    static CostProbe cost(SenderFactory factory, int maxConnections, int callers, int requests) throws Exception {
        try (WhacenterSimulator simulator = Gateway.start(); Sender sender = factory.open(simulator, maxConnections)) {
            CyclicBarrier barrier = new CyclicBarrier(callers + 1);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            int perCaller = requests / callers;
            for (int c = 0; c < callers; c++) {
                Thread caller = new Thread(() -> {
                    try {
                        for (int phase = 0; phase < 2; phase++) {
                            barrier.await();
                            for (int i = 0; i < perCaller; i++) {
                                sender.sendAndWait();
                            }
                            barrier.await();
                        }
                        barrier.await();
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                        barrier.reset();
                    }
                }, "probe-caller-" + c);
                caller.setDaemon(true);
                caller.start();
            }
            barrier.await(); // warm up
            barrier.await();
            Map<Long, long[]> before = clientThreadCosts();
            long processCpu = PROCESS.getProcessCpuTime();
            long started = System.nanoTime();
            barrier.await(); // measure
            barrier.await();
            long wall = System.nanoTime() - started;
            processCpu = PROCESS.getProcessCpuTime() - processCpu;
            Map<Long, long[]> after = clientThreadCosts();
            barrier.await();
            if (failure.get() != null) {
                throw new IllegalStateException("a send failed", failure.get());
            }
            long cpu = 0;
            long allocated = 0;
            long requestsMade = (long) perCaller * callers;
            Map<String, long[]> groups = new TreeMap<>();
            for (Map.Entry<Long, long[]> thread : after.entrySet()) {
                long[] now = thread.getValue();
                long[] then = before.getOrDefault(thread.getKey(), new long[4]);
                cpu += now[0] - then[0];
                allocated += now[1] - then[1];
                long[] group = groups.computeIfAbsent(NAMES.get(thread.getKey()), g -> new long[3]);
                group[0] += now[0] - then[0];
                group[1] += now[2] - then[2];
                group[2] += now[1] - then[1];
            }
            Map<String, String> byThreads = new TreeMap<>();
            groups.forEach((group, costs) -> {
                if (costs[0] > 0) {
                    byThreads.put(group, String.format(java.util.Locale.ROOT, "%.1f µs CPU (%.1f user), %,d B",
                            costs[0] / 1e3 / requestsMade, costs[1] / 1e3 / requestsMade, costs[2] / requestsMade));
                }
            });
            return new CostProbe(requestsMade, cpu, allocated, wall, processCpu, byThreads);
        }
    }

    /** Keeps sends going: each completion issues the next until stopped. */
    private static final class Pump {
        private final Sender sender;
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger maxInFlight = new AtomicInteger();
        private final AtomicLong completed = new AtomicLong();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private volatile boolean stopping;

        Pump(Sender sender) {
            this.sender = sender;
        }

        void issue() {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            sender.sendAsync(this::done);
        }

        private void done(Throwable error) {
            if (error != null) {
                failure.compareAndSet(null, error);
            } else {
                completed.incrementAndGet();
            }
            if (!stopping && error == null) {
                // the next send takes this one's place: the number in flight stays the same
                sender.sendAsync(this::done);
            } else {
                inFlight.decrementAndGet();
            }
        }

        void stop() {
            stopping = true;
        }

        void drain() throws InterruptedException {
            stopping = true;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(10);
            }
            if (failure.get() != null) {
                throw new IllegalStateException("a send failed", failure.get());
            }
            if (inFlight.get() > 0) {
                throw new IllegalStateException(inFlight.get() + " sends still in flight after 60 s");
            }
        }
    }

    /** Live threads but the simulator's, counted by name with the numbers taken out. */
    static Map<String, Integer> clientThreads() {
        Map<String, Integer> groups = new TreeMap<>();
        for (Thread thread : liveThreads()) {
            String name = thread.getName();
            if (!Gateway.isSimulatorThread(name)) {
                groups.merge(name.replaceAll("\\d+", "N"), 1, Integer::sum);
            }
        }
        return groups;
    }

    static int total(Map<String, Integer> groups) {
        return groups.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Thread id to its name with the numbers taken out, for every thread ever measured. */
    private static final Map<Long, String> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<Long, long[]> clientThreadCosts() {
        Map<Long, long[]> costs = new HashMap<>();
        for (Thread thread : liveThreads()) {
            if (!Gateway.isSimulatorThread(thread.getName())) {
                long id = thread.getId();
                NAMES.put(id, thread.getName().replaceAll("\\d+", "N"));
                costs.put(id, new long[] { THREADS.getThreadCpuTime(id), THREADS.getThreadAllocatedBytes(id),
                        THREADS.getThreadUserTime(id) });
            }
        }
        return costs;
    }

    private static Thread[] liveThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() * 2 + 16];
        int count = root.enumerate(threads, true);
        Thread[] live = new Thread[count];
        System.arraycopy(threads, 0, live, 0, count);
        return live;
    }

    static long settledHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
