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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.MultisetStatistics;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs every measurement of BENCHMARKS.md in one go and prints the tables, ratios included.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--only send,cost,steps,threads,heap,start,webhook,camelhttp,paced] [--quick]
 * </pre>
 *
 * {@code --quick} shortens every measurement to check that everything runs; its figures mean nothing. The JMH
 * benchmarks can also be run on their own: {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main -h}.
 */
public final class BenchmarkMain {

    static final int[] CALLERS = { 1, 16, 64 };
    static final int POOL_SIZE = 20;

    private final boolean quick;
    private final StringBuilder report = new StringBuilder();
    private final StringBuilder summary = new StringBuilder();

    private BenchmarkMain(boolean quick) {
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        Set<String> parts = new LinkedHashSet<>(List.of("send", "cost", "steps", "threads", "heap", "start", "webhook",
                "camelhttp", "paced"));
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--only" -> parts = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
                default -> {
                    System.err.println("usage: java -jar benchmarks.jar [--only send,cost,steps,threads,heap,start,webhook,camelhttp,paced] [--quick]");
                    System.exit(2);
                }
            }
        }
        BenchmarkMain main = new BenchmarkMain(quick);
        long started = System.nanoTime();
        main.machine();
        for (String part : parts) {
            switch (part) {
                case "threads" -> main.threads();
                case "heap" -> main.heap();
                case "cost" -> main.cost();
                case "send" -> main.send();
                case "steps" -> main.steps();
                case "start" -> main.start();
                case "webhook" -> main.webhook();
                case "camelhttp" -> main.camelHttp();
                case "paced" -> main.paced();
                default -> throw new IllegalArgumentException("unknown part: " + part);
            }
        }
        main.line("");
        main.line("Total run time: %d s.", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        System.out.println();
        System.out.println("==================== RESULTS ====================");
        System.out.println("### Targets");
        System.out.println();
        System.out.println("| measure | result | target |");
        System.out.println("|---|---|---|");
        System.out.print(main.summary);
        System.out.println();
        System.out.println(main.report);
        // the simulators' and HTTP clients' threads are daemons, but JMH's runner may leave others behind
        System.exit(0);
    }

    private void machine() {
        Runtime runtime = Runtime.getRuntime();
        line("Machine: %d cores, %s %s (%s), max heap %d MiB; %s %s.", runtime.availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.vendor"), runtime.maxMemory() >> 20, System.getProperty("os.name"),
                System.getProperty("os.arch"));
        line("Load average when the run started: %.2f.", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (quick) {
            line("QUICK RUN: shortened measurements, the figures mean nothing.");
        }
    }

    // ---------------------------------------------------------------- threads

    private void threads() throws Exception {
        int inFlight = 64;
        Duration delay = Duration.ofMillis(200);
        Duration window = Duration.ofSeconds(quick ? 1 : 2);
        section("Threads with %d sends in flight (simulator answers after %d ms, %d s of sends, maxConnections=%d)",
                inFlight, delay.toMillis(), window.toSeconds(), inFlight);
        line("Live threads of the JVM but the in-process simulator's, idle (client started, warmed up) and at the");
        line("highest during the run; HTTP I/O = the client's I/O reactor threads (whacenter-gateway-io-*, raw-http-io-*);");
        line("grown = thread names (numbers as N) whose count grew.");
        line("");
        line("| client | all threads idle → during | HTTP I/O threads idle → during | in flight (max) | sends completed | grown |");
        line("|---|---:|---:|---:|---:|---|");
        Probes.ThreadProbe producerThreaded =
                Probes.threads((sim, pool) -> Senders.producer(sim, pool, true), inFlight, delay, window);
        threadRow("producer, ProducerTemplate.asyncSend (Camel default: threaded async mode)", producerThreaded);
        Probes.ThreadProbe producerDirect =
                Probes.threads((sim, pool) -> Senders.producer(sim, pool, false), inFlight, delay, window);
        threadRow("producer, ProducerTemplate.asyncSend, threadedAsyncMode=false", producerDirect);
        threadRow("raw HttpClient 5 async", Probes.threads(Senders::raw, inFlight, delay, window));
        summary("threads busy with 64 sends in flight", String.format(Locale.ROOT,
                "%d HTTP I/O threads, %d threads grown (%d with Camel's default threaded asyncSend: its pool)",
                ioThreads(producerDirect.groupsDuring()), producerDirect.during() - producerDirect.before(),
                producerThreaded.during() - producerThreaded.before()), "a handful " + verdict(
                        producerDirect.during() - producerDirect.before() + ioThreads(producerDirect.groupsDuring()) <= 8));
    }

    private void threadRow(String client, Probes.ThreadProbe probe) {
        line("| %s | %d → %d | %d → %d | %d | %d | %s |", client, probe.before(), probe.during(),
                ioThreads(probe.groupsBefore()), ioThreads(probe.groupsDuring()), probe.maxInFlight(), probe.completed(),
                grown(probe.groupsBefore(), probe.groupsDuring()));
        detail("threads idle for " + client + ": " + probe.groupsBefore());
    }

    /** The thread names (numbers as N) whose count grew, with the counts, or "none". */
    private static String grown(Map<String, Integer> groupsBefore, Map<String, Integer> groupsDuring) {
        List<String> grown = new ArrayList<>();
        for (String name : new TreeSet<>(groupsDuring.keySet())) {
            int before = groupsBefore.getOrDefault(name, 0);
            int during = groupsDuring.get(name);
            if (during > before) {
                grown.add("`" + name + "` " + before + "→" + during);
            }
        }
        return grown.isEmpty() ? "none" : String.join(", ", grown);
    }

    private static int ioThreads(Map<String, Integer> groups) {
        return groups.entrySet().stream()
                .filter(group -> group.getKey().startsWith("whacenter-gateway-io-")
                                 || group.getKey().startsWith(RawGatewayClient.THREAD_PREFIX))
                .mapToInt(Map.Entry::getValue).sum();
    }

    // ---------------------------------------------------------------- heap and cost

    private void heap() throws Exception {
        int inFlight = quick ? 200 : 1_000;
        Duration delay = Duration.ofSeconds(quick ? 3 : 5);
        section("Heap per in-flight send (%d in flight, simulator answers after %d s, maxConnections=%d)", inFlight,
                delay.toSeconds(), inFlight);
        line("GC-settled heap (3 × System.gc()) with the sends waiting on the answers, minus the same with none; the");
        line("connections are open in both, so this is the state of a request, not of its connection. The in-process");
        line("simulator's share of each request is in both rows: the difference is the component's. Three runs of each,");
        line("taking turns; the median shown.");
        line("");
        line("| client | heap idle (MiB) | heap with %d in flight (MiB) | bytes per in-flight send |", inFlight);
        line("|---|---:|---:|---:|");
        List<Probes.HeapProbe> producerRuns = new ArrayList<>();
        List<Probes.HeapProbe> rawRuns = new ArrayList<>();
        for (int round = 0; round < (quick ? 1 : 3); round++) {
            producerRuns.add(Probes.heap((sim, pool) -> Senders.producer(sim, pool, false), inFlight, delay));
            rawRuns.add(Probes.heap(Senders::raw, inFlight, delay));
        }
        Probes.HeapProbe producer = medianHeap(producerRuns);
        Probes.HeapProbe raw = medianHeap(rawRuns);
        heapRow("producer (ProducerTemplate.asyncSend)", producer, producerRuns);
        heapRow("raw HttpClient 5 async", raw, rawRuns);
        line("| **producer − raw** | | | **%,d** |", producer.bytesPerRequest() - raw.bytesPerRequest());
        summary("heap per in-flight send, producer − raw", String.format(Locale.ROOT, "%,d bytes (%,d with the "
                + "in-process simulator's share)", producer.bytesPerRequest() - raw.bytesPerRequest(),
                producer.bytesPerRequest()), "");
    }

    private void cost() throws Exception {
        int callers = 16;
        int requests = quick ? 2_000 : 20_000;
        section("Client-side cost per send (%d callers each sending and waiting, %,d sends, maxConnections=%d)", callers,
                requests, POOL_SIZE);
        line("CPU time and allocated bytes of every thread but the simulator's (com.sun.management.ThreadMXBean), each");
        line("kind measured after every kind has run once unmeasured (JIT) and after as many sends to warm up, half in");
        line("order and half in reverse order. These move less than wall-clock figures when other processes share the");
        line("cores.");
        line("");
        line("| client | CPU µs per send | bytes allocated per send | sends/s (wall clock) | whole JVM's CPU µs per send |");
        line("|---|---:|---:|---:|---:|");
        Probes.SenderFactory template = (sim, pool) -> Senders.producer(sim, pool, false);
        List<Probes.CostProbe> costs = costs(List.of(template, Senders::raw, Senders::rawWithComponentSteps,
                Senders::producerWithoutTemplate), POOL_SIZE, callers, requests);
        Probes.CostProbe producerCost = costs.get(0);
        Probes.CostProbe rawCost = costs.get(1);
        costRow("producer (ProducerTemplate.requestBodyAndHeader)", producerCost);
        costRow("raw HttpClient 5 async", rawCost);
        costRow("(breakdown) raw + the component's GatewayRequests.build, AnswerParser.body and .json",
                costs.get(2));
        costRow("(breakdown) producer without ProducerTemplate: AsyncProducer.process, caller waits on the callback",
                costs.get(3));
        summary("client CPU and allocation per send, producer − raw", String.format(Locale.ROOT,
                "+%.1f µs (%.1f vs %.1f), +%,d bytes; whole JVM %+.0f %%",
                producerCost.cpuMicrosPerRequest() - rawCost.cpuMicrosPerRequest(), producerCost.cpuMicrosPerRequest(),
                rawCost.cpuMicrosPerRequest(), producerCost.bytesPerRequest() - rawCost.bytesPerRequest(),
                100 * (producerCost.processCpuMicrosPerRequest() / rawCost.processCpuMicrosPerRequest() - 1)), "");
        line("| **producer − raw** | **%.1f** | **%,d** | %.2f × | %.1f (%+.0f %%) |",
                producerCost.cpuMicrosPerRequest() - rawCost.cpuMicrosPerRequest(),
                producerCost.bytesPerRequest() - rawCost.bytesPerRequest(),
                producerCost.requestsPerSecond() / rawCost.requestsPerSecond(),
                producerCost.processCpuMicrosPerRequest() - rawCost.processCpuMicrosPerRequest(),
                100 * (producerCost.processCpuMicrosPerRequest() / rawCost.processCpuMicrosPerRequest() - 1));
    }

    /**
     * Measures each kind of sender, after running every kind once unmeasured: none is measured while the JIT still
     * compiles the code they share (HttpClient, the simulator, Vert.x), which would make the first look the slowest.
     * Then half the requests in the given order and half in the reverse order (A B C, C B A), so that a steady change
     * of load from other processes hits all kinds alike.
     */
    private static List<Probes.CostProbe> costs(List<Probes.SenderFactory> kinds, int pool, int callers, int requests)
            throws Exception {
        for (Probes.SenderFactory kind : kinds) {
            Probes.cost(kind, pool, callers, requests / 2);
        }
        Probes.CostProbe[] costs = new Probes.CostProbe[kinds.size()];
        for (int i = 0; i < kinds.size(); i++) {
            costs[i] = Probes.cost(kinds.get(i), pool, callers, requests / 2);
        }
        for (int i = kinds.size() - 1; i >= 0; i--) {
            costs[i] = costs[i].plus(Probes.cost(kinds.get(i), pool, callers, requests / 2));
        }
        return List.of(costs);
    }

    private void heapRow(String client, Probes.HeapProbe probe, List<Probes.HeapProbe> runs) {
        line("| %s | %.1f | %.1f | %,d (runs: %s) |", client, probe.bytesBefore() / 1048576.0,
                probe.bytesDuring() / 1048576.0, probe.bytesPerRequest(), String.join(", ",
                        runs.stream().map(run -> String.format(Locale.ROOT, "%,d", run.bytesPerRequest())).toList()));
    }

    private static Probes.HeapProbe medianHeap(List<Probes.HeapProbe> runs) {
        List<Probes.HeapProbe> sorted = new ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingLong(Probes.HeapProbe::bytesPerRequest));
        return sorted.get(sorted.size() / 2);
    }

    private void costRow(String client, Probes.CostProbe probe) {
        detail("per send/post, by thread, for " + client + ": " + probe.byThreads());
        line("| %s | %.1f | %,d | %,.0f | %.1f |", client, probe.cpuMicrosPerRequest(), probe.bytesPerRequest(),
                probe.requestsPerSecond(), probe.processCpuMicrosPerRequest());
    }

    // ---------------------------------------------------------------- steps

    private void steps() throws Exception {
        section("Where the component's time per message goes: its CPU-only steps in isolation");
        line("One thread, JMH Mode.AverageTime with the GC profiler (allocation per call), warm. Real answers and bodies,");
        line("taken from the simulator once.");
        line("");
        line("| step | µs per call | bytes allocated per call |");
        line("|---|---:|---:|");
        Map<String, RunResult> results = run(new OptionsBuilder().include(StepsBenchmark.class.getName())
                .forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 1 : 2).measurementTime(TimeValue.seconds(1))
                .addProfiler(GCProfiler.class));
        stepRow(results, "requestComponent", "send request: `GatewayRequests.build` (the component)");
        stepRow(results, "requestRaw", "send request: the same built directly, URI parsed once (the raw client)");
        stepRow(results, "answerBodyGzip", "answer: `AnswerParser.body` inflating a gzip answer (no longer asked for)");
        stepRow(results, "answerBodyPlain", "answer: `AnswerParser.body`, answer not compressed");
        stepRow(results, "answerJson", "answer: `AnswerParser.json` (Jackson streaming parser)");
        stepRow(results, "webhookParse", "webhook: `IncomingMessages.parse` (Jackson streaming parser, fields, timestamp)");
    }

    private void stepRow(Map<String, RunResult> results, String benchmark, String label) {
        RunResult result = results.get(benchmark);
        Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
        line("| %s | %.2f | %,.0f |", label, result.getPrimaryResult().getScore() / 1_000.0,
                allocation == null ? Double.NaN : allocation.getScore());
    }

    // ---------------------------------------------------------------- send

    private void send() throws Exception {
        section("Send: producer vs raw HttpClient 5 async (maxConnections=%d for both)", POOL_SIZE);
        line("Each caller is a JMH thread that sends and waits for the answer. Raw and producer run in the same JVM,");
        line("iteration about (raw, producer, producer, raw, …), so that other processes' load hits both alike.");
        line("One Mode.SampleTime fork per row, %s. JMH times and counts", describeAlternation());
        line("every send: the same iterations give the latency percentiles and the throughput (sends ÷ iteration time).");
        line("");
        line("| callers | raw sends/s | producer sends/s | **ratio** (≥ 0.90) | raw p50 / p99 (µs) | producer p50 / p99 (µs) |");
        line("|---:|---:|---:|---:|---:|---:|");
        List<String> ratios = new ArrayList<>();
        boolean met = true;
        for (int callers : CALLERS) {
            Comparison comparison = compare(SendBenchmark.class, callers, "maxConnections", String.valueOf(POOL_SIZE));
            line("| %d | %,.0f | %,.0f | **%.2f** %s | %s | %s |", callers, comparison.baselineThroughput(),
                    comparison.subjectThroughput(), comparison.ratio(), verdict(comparison.ratio() >= 0.90),
                    percentiles(comparison.baselineLatency()), percentiles(comparison.subjectLatency()));
            ratios.add(String.format(Locale.ROOT, "%.2f at %d", comparison.ratio(), callers));
            met &= comparison.ratio() >= 0.90;
        }
        summary("send throughput, producer ÷ raw (1, 16, 64 callers)", String.join(", ", ratios),
                "≥ 0.90 " + verdict(met));
    }

    /**
     * Throughput and latency of the baseline and the subject of {@code benchmark}'s alternating method, from one
     * Mode.SampleTime fork: JMH times every operation at these rates, and counts them all, so each iteration gives
     * both its latencies and its throughput (operations ÷ iteration time).
     */
    private Comparison compare(Class<?> benchmark, int callers, String... params) throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.getName() + "\\.alternating$")
                .forks(1).threads(callers)
                .warmupIterations(warmupIterations()).warmupTime(iterationTime())
                .measurementIterations(measurementIterations()).measurementTime(iterationTime())
                .mode(Mode.SampleTime).timeUnit(TimeUnit.MICROSECONDS);
        for (int i = 0; i < params.length; i += 2) {
            options.param(params[i], params[i + 1]);
        }
        RunResult result = single(run(options));
        double seconds = iterationTime().convertTo(TimeUnit.MILLISECONDS) / 1_000.0;
        double[] throughput = new double[2];
        int[] iterations = new int[2];
        MultisetStatistics[] latencies = { new MultisetStatistics(), new MultisetStatistics() };
        int iteration = warmupIterations();
        for (IterationResult measured : result.getBenchmarkResults().iterator().next().getIterationResults()) {
            int turn = Turns.isSubjectTurn(iteration++) ? 1 : 0;
            throughput[turn] += measured.getMetadata().getMeasuredOps() / seconds;
            iterations[turn]++;
            for (Iterator<Map.Entry<Double, Long>> samples = measured.getPrimaryResult().getStatistics().getRawData();
                 samples.hasNext();) {
                Map.Entry<Double, Long> sample = samples.next();
                latencies[turn].addValue(sample.getKey(), sample.getValue());
            }
            detail(String.format(Locale.ROOT, "%s, %d callers, iteration %d (%s): %.0f/s", benchmark.getSimpleName(),
                    callers, iteration, turn == 1 ? "subject" : "baseline", measured.getMetadata().getMeasuredOps() / seconds));
        }
        return new Comparison(throughput[0] / iterations[0], throughput[1] / iterations[1], latencies[0], latencies[1]);
    }

    record Comparison(double baselineThroughput, double subjectThroughput, Statistics baselineLatency,
                      Statistics subjectLatency) {
        double ratio() {
            return subjectThroughput / baselineThroughput;
        }
    }

    private int warmupIterations() {
        return quick ? 4 : 8;
    }

    private int measurementIterations() {
        return quick ? 4 : 12;
    }

    private TimeValue iterationTime() {
        return TimeValue.milliseconds(quick ? 500 : 1500);
    }

    private String describeAlternation() {
        return String.format(Locale.ROOT, "%d warm-up then %d measured iterations of %s, half each", warmupIterations(),
                measurementIterations(), iterationTime());
    }

    // ---------------------------------------------------------------- start

    private void start() throws Exception {
        section("CamelContext start: one whacenter:send route vs one log route");
        line("Create a DefaultCamelContext, add the route (from direct:in), start it. Cold: the first start of a fresh");
        line("JVM, the four kinds of start taking turns. Warm: repeated starts in one JVM, after 20 warm-up starts. The last");
        line("two columns start the log route and then an HttpClient 5 async client configured like the component's, with");
        line("HttpClient's default TLS set-up and with a lazy one (as the component's): what opening the pool costs, at");
        line("start or at the first send.");
        line("");
        line("| | direct → log (ms) | direct → whacenter:send (ms) | **added by the component** (< 50 ms) "
             + "| HttpClient 5 pool opened, added (ms) | same, TLS set up lazily, added (ms) |");
        line("|---|---:|---:|---:|---:|---:|");
        // cold: one fresh JVM per start, the four kinds taking turns so that a change of load hits them alike
        int rounds = quick ? 2 : 10;
        Map<String, List<Double>> cold = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < START_BENCHMARKS.size(); i++) {
                String benchmark = START_BENCHMARKS.get((i + round) % START_BENCHMARKS.size());
                System.out.printf("[progress] cold start %d/%d: %s%n", round + 1, rounds, benchmark);
                Map<String, RunResult> result = run(new OptionsBuilder()
                        .include(ContextStartBenchmark.class.getName() + "\\." + benchmark + "$")
                        .forks(1).warmupIterations(0).measurementIterations(1).verbosity(VerboseMode.SILENT));
                cold.computeIfAbsent(benchmark, b -> new ArrayList<>()).add(score(result, benchmark));
            }
        }
        Map<String, Double> coldMedians = new TreeMap<>();
        Map<String, Double> coldMinima = new TreeMap<>();
        cold.forEach((benchmark, scores) -> {
            coldMedians.put(benchmark, median(scores));
            coldMinima.put(benchmark, scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        });
        detail("cold starts (ms): " + cold);
        startRow("cold, median of " + rounds + " fresh JVMs", coldMedians);
        summary("CamelContext start, added by one whacenter route: cold (median of fresh JVMs)", String.format(
                Locale.ROOT, "%.0f ms", coldMedians.get("whacenterRoute") - coldMedians.get("directLogRoute")),
                "< 50 ms " + verdict(coldMedians.get("whacenterRoute") - coldMedians.get("directLogRoute") < 50));
        startRow("cold, fastest of " + rounds + " fresh JVMs", coldMinima);
        Map<String, RunResult> warm = run(new OptionsBuilder().include(ContextStartBenchmark.class.getName())
                .forks(1).warmupIterations(quick ? 3 : 20).measurementIterations(quick ? 5 : 40));
        Map<String, Double> warmMedians = new TreeMap<>();
        warm.forEach((benchmark, result) -> warmMedians.put(benchmark,
                result.getPrimaryResult().getStatistics().getPercentile(50)));
        startRow("warm (median of " + (quick ? 5 : 40) + " starts in one JVM)", warmMedians);
        summary("CamelContext start, added by one whacenter route: warm (JVM already started one)", String.format(
                Locale.ROOT, "%.1f ms", warmMedians.get("whacenterRoute") - warmMedians.get("directLogRoute")),
                "< 50 ms " + verdict(warmMedians.get("whacenterRoute") - warmMedians.get("directLogRoute") < 50));
    }

    private static final List<String> START_BENCHMARKS = List.of("directLogRoute", "whacenterRoute",
            "directLogRouteAndRawClient", "directLogRouteAndRawClientLazyTls");

    private void startRow(String label, Map<String, Double> medians) {
        double log = medians.get("directLogRoute");
        double whacenter = medians.get("whacenterRoute");
        double client = medians.get("directLogRouteAndRawClient");
        double lazyClient = medians.get("directLogRouteAndRawClientLazyTls");
        line("| %s | %.1f | %.1f | **%.1f** %s | %.1f | %.1f |", label, log, whacenter, whacenter - log,
                verdict(whacenter - log < 50), client - log, lazyClient - log);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    // ---------------------------------------------------------------- webhook

    private void webhook() throws Exception {
        section("Webhook: whacenter:webhook consumer vs a raw platform-http route, same Vert.x server");
        line("Each caller is a JMH thread that POSTs the gateway's webhook JSON and waits for the answer; both routes");
        line("end in an empty processor. Raw route and consumer take turns as for send, and are measured the same way:");
        line("one Mode.SampleTime fork per row, %s.", describeAlternation());
        line("");
        line("| callers | raw route posts/s | consumer posts/s | **ratio** (≥ 0.80) | raw p50 / p99 (µs) | consumer p50 / p99 (µs) |");
        line("|---:|---:|---:|---:|---:|---:|");
        List<String> ratios = new ArrayList<>();
        boolean met = true;
        for (int callers : CALLERS) {
            Comparison comparison = compare(WebhookBenchmark.class, callers);
            line("| %d | %,.0f | %,.0f | **%.2f** %s | %s | %s |", callers, comparison.baselineThroughput(),
                    comparison.subjectThroughput(), comparison.ratio(), verdict(comparison.ratio() >= 0.80),
                    percentiles(comparison.baselineLatency()), percentiles(comparison.subjectLatency()));
            ratios.add(String.format(Locale.ROOT, "%.2f at %d", comparison.ratio(), callers));
            met &= comparison.ratio() >= 0.80;
        }
        summary("webhook throughput, consumer ÷ raw route (1, 16, 64 callers)", String.join(", ", ratios),
                "≥ 0.80 " + verdict(met));
        int callers = 16;
        int requests = quick ? 2_000 : 20_000;
        line("");
        line("CPU time and allocation per post of every thread of the JVM (HTTP client and server alike: the client's");
        line("share is the same for both), %d callers, %,d posts, warmed up as for send:", callers, requests);
        line("");
        line("| route | CPU µs per post | bytes allocated per post | posts/s (wall clock) | whole JVM's CPU µs per post |");
        line("|---|---:|---:|---:|---:|");
        List<Probes.CostProbe> costs = costs(List.of((sim, pool) -> Senders.webhook(true),
                (sim, pool) -> Senders.webhook(false)), 0, callers, requests);
        Probes.CostProbe consumer = costs.get(0);
        Probes.CostProbe raw = costs.get(1);
        costRow("whacenter:webhook consumer", consumer);
        costRow("raw platform-http route", raw);
        line("| **consumer − raw** | **%.1f** | **%,d** | %.2f × | %.1f (%+.0f %%) |",
                consumer.cpuMicrosPerRequest() - raw.cpuMicrosPerRequest(),
                consumer.bytesPerRequest() - raw.bytesPerRequest(), consumer.requestsPerSecond() / raw.requestsPerSecond(),
                consumer.processCpuMicrosPerRequest() - raw.processCpuMicrosPerRequest(),
                100 * (consumer.processCpuMicrosPerRequest() / raw.processCpuMicrosPerRequest() - 1));
    }

    // ---------------------------------------------------------------- camel-http

    private void camelHttp() throws Exception {
        section("Send: the component vs camel-http posting the form (maxConnections=%d for both)", POOL_SIZE);
        line("What users would otherwise write: a route that builds the URL-encoded form, posts it with camel-http to the");
        line("gateway's send URL (`connectionsPerRoute` and `maxTotalConnections` %d), reads the answer with camel-jackson", POOL_SIZE);
        line("(`unmarshal().json()`) and fails unless `status` is true; against `ProducerTemplate.requestBodyAndHeader` on");
        line("whacenter:send, which does the same and returns the parsed answer. With `formEncoding=URLENCODED` the component");
        line("puts the same request on the wire as the camel-http route; MULTIPART is its default, as in the gateway's");
        line("collection. Each caller is a JMH thread that sends and waits; camel-http and the component take turns as for");
        line("the raw client: one Mode.SampleTime fork per row, %s.", describeAlternation());
        line("");
        line("| callers | component's form | camel-http sends/s | component sends/s | **ratio** | camel-http p50 / p99 (µs) "
             + "| component p50 / p99 (µs) |");
        line("|---:|---|---:|---:|---:|---:|---:|");
        List<String> ratios = new ArrayList<>();
        for (String encoding : List.of("URLENCODED", "MULTIPART")) {
            List<String> byCallers = new ArrayList<>();
            for (int callers : CALLERS) {
                Comparison comparison = compare(CamelHttpBenchmark.class, callers, "formEncoding", encoding);
                line("| %d | %s | %,.0f | %,.0f | **%.2f** | %s | %s |", callers, encoding,
                        comparison.baselineThroughput(), comparison.subjectThroughput(), comparison.ratio(),
                        percentiles(comparison.baselineLatency()), percentiles(comparison.subjectLatency()));
                byCallers.add(String.format(Locale.ROOT, "%.2f", comparison.ratio()));
            }
            ratios.add(encoding + " " + String.join(", ", byCallers));
        }
        summary("send throughput, component ÷ camel-http route (1, 16, 64 callers)", String.join("; ", ratios), "");

        int callers = 16;
        int requests = quick ? 2_000 : 20_000;
        line("");
        line("CPU time and allocation per send of every thread but the simulator's, %d callers, %,d sends,", callers, requests);
        line("warmed up and taking turns as for “Client-side cost per send”:");
        line("");
        line("| client | CPU µs per send | bytes allocated per send | sends/s (wall clock) | whole JVM's CPU µs per send |");
        line("|---|---:|---:|---:|---:|");
        Probes.SenderFactory urlEncoded = (sim, pool) -> Senders.producer(sim, pool, false, "&formEncoding=URLENCODED");
        Probes.SenderFactory multipart = (sim, pool) -> Senders.producer(sim, pool, false, "");
        List<Probes.CostProbe> costs = costs(List.of(urlEncoded, multipart, Senders::camelHttp), POOL_SIZE, callers,
                requests);
        costRow("component, formEncoding=URLENCODED", costs.get(0));
        costRow("component, MULTIPART (default)", costs.get(1));
        costRow("camel-http route (URL-encoded form, camel-jackson)", costs.get(2));
        line("| **component (URLENCODED) − camel-http** | **%.1f** | **%,d** | %.2f × | %.1f (%+.0f %%) |",
                costs.get(0).cpuMicrosPerRequest() - costs.get(2).cpuMicrosPerRequest(),
                costs.get(0).bytesPerRequest() - costs.get(2).bytesPerRequest(),
                costs.get(0).requestsPerSecond() / costs.get(2).requestsPerSecond(),
                costs.get(0).processCpuMicrosPerRequest() - costs.get(2).processCpuMicrosPerRequest(),
                100 * (costs.get(0).processCpuMicrosPerRequest() / costs.get(2).processCpuMicrosPerRequest() - 1));
        summary("client CPU per send, component (URLENCODED) − camel-http route", String.format(Locale.ROOT,
                "%+.1f µs (%.1f vs %.1f), %+,d bytes", costs.get(0).cpuMicrosPerRequest()
                - costs.get(2).cpuMicrosPerRequest(), costs.get(0).cpuMicrosPerRequest(),
                costs.get(2).cpuMicrosPerRequest(), costs.get(0).bytesPerRequest() - costs.get(2).bytesPerRequest()), "");

        int inFlight = 64;
        Duration delay = Duration.ofMillis(200);
        Duration window = Duration.ofSeconds(quick ? 1 : 2);
        line("");
        line("Threads with %d sends in flight (simulator answers after %d ms, %d s of sends, pool of %d connections),", inFlight,
                delay.toMillis(), window.toSeconds(), inFlight);
        line("counted as in “Threads with 64 sends in flight”. camel-http blocks a thread per send, so the route hands each");
        line("exchange to a `threads(%d, %d)` pool first; the component's exchanges are handed to it by the caller", inFlight, inFlight);
        line("(`ProducerTemplate.asyncSend`, threadedAsyncMode=false).");
        line("");
        line("| client | all threads idle → during | HTTP I/O threads idle → during | in flight (max) | sends completed | grown |");
        line("|---|---:|---:|---:|---:|---|");
        Probes.ThreadProbe component = Probes.threads((sim, pool) -> Senders.producer(sim, pool, false,
                "&formEncoding=URLENCODED"), inFlight, delay, window);
        threadRow("component, asyncSend", component);
        Probes.ThreadProbe http = Probes.threads(Senders::camelHttp, inFlight, delay, window);
        threadRow("camel-http route behind threads(64, 64)", http);
        summary("threads grown with 64 sends in flight, component vs camel-http route", String.format(Locale.ROOT,
                "%d vs %d", component.during() - component.before(), http.during() - http.before()), "");
    }

    // ---------------------------------------------------------------- paced sending at scale

    private void paced() throws Exception {
        int devices = quick ? 100 : 1_000;
        int perDevice = quick ? 2 : 5;
        int queuedPerDevice = quick ? 3 : 10;
        Duration interval = Duration.ofMillis(quick ? 300 : 1_000);
        section("Paced sending at scale: %,d devices, minSendInterval %d ms", devices, interval.toMillis());
        line("One route, one whacenter:send endpoint, each exchange naming its device in `CamelWhacenterDeviceId`; the");
        line("caller hands every exchange to the route and does not wait (`ProducerTemplate.asyncSend`, threadedAsyncMode=false).");
        line("Paced by the component (`minSendInterval`: one queue per device, started from one scheduler) or, as users");
        line("would otherwise write it, by Camel's throttle EIP in front of an endpoint that does not pace: `throttle(1)");
        line(".totalRequestsMode().timePeriodMillis(%d).correlationExpression(header(\"CamelWhacenterDeviceId\"))", interval.toMillis());
        line(".asyncDelayed()`, on Camel's default scheduler (its task queue holds 1,000) or on one whose queue is unbounded.");
        line("maxConnections 20 (the default) for all. Each pacer runs once unmeasured (100 devices) before any is measured.");
        line("");
        line("**Pacing**: one message sent for every device, then %d more queued for each at once (%,d sends), devices",
                perDevice, devices * perDevice);
        line("interleaved. Pacing error = the gap between two consecutive sends of a device at the simulator (arrival");
        line("times) minus the interval; negative means closer than asked. Out of order: sends that arrived after a later");
        line("message of their device. Still waiting: sends neither sent nor failed at twice the time the pace needs, when");
        line("the measurement ends. Threads: live threads but the simulator's, idle and at the highest while sending.");
        line("");
        line("| pacing | sends | handing them over took (ms) | all done after (s) | error p50 / p99 / max (ms) "
             + "| shortest gap − interval (ms) | out of order | failed | still waiting at the end | threads idle → during | grown |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        List<PacedSending.Pacer> pacers = List.of(PacedSending.Pacer.values());
        for (PacedSending.Pacer pacer : pacers) {
            PacedSending.pace(pacer, 100, 2, Duration.ofMillis(200));
        }
        List<String> errors = new ArrayList<>();
        for (PacedSending.Pacer pacer : pacers) {
            System.out.printf("[progress] paced sending: %s%n", pacer);
            PacedSending.Pacing pacing = PacedSending.pace(pacer, devices, perDevice, interval);
            line("| %s | %,d | %,d | %s | %.1f / %.1f / %.1f | %.1f | %d | %s | %,d | %d → %d | %s |", pacer.label,
                    devices * perDevice, pacing.queueingMillis(), pacing.unfinished() > 0 ? "not all in "
                    + String.format(Locale.ROOT, "%.0f", pacing.seconds()) : String.format(Locale.ROOT, "%.1f",
                    pacing.seconds()), pacing.errorPercentile(50), pacing.errorPercentile(99),
                    pacing.errorsMillis()[pacing.errorsMillis().length - 1], pacing.errorsMillis()[0],
                    pacing.outOfOrder(), pacing.failed().isEmpty() ? "0" : pacing.failed(), pacing.unfinished(),
                    Probes.total(pacing.threadsBefore()),
                    Probes.total(pacing.threadsDuring()), grown(pacing.threadsBefore(), pacing.threadsDuring()));
            errors.add(String.format(Locale.ROOT, "%s %.1f / %.1f (shortest %+.1f), %d out of order, %d still waiting",
                    pacer.name().toLowerCase(Locale.ROOT), pacing.errorPercentile(50), pacing.errorPercentile(99),
                    pacing.errorsMillis()[0], pacing.outOfOrder(), pacing.unfinished()));
        }
        summary(String.format(Locale.ROOT, "paced sending, %,d devices: pacing error p50 / p99 (ms)", devices),
                String.join("; ", errors), "");

        line("");
        line("**Queued**: one message sent for every device, then %d more queued for each (%,d sends) behind an interval", queuedPerDevice,
                devices * queuedPerDevice);
        line("of 10 minutes, so that none goes out while measured. Heap: GC-settled (3 × System.gc()) with the sends queued,");
        line("minus the same before they were queued (the simulator's share is the same in both). Then the CamelContext is");
        line("stopped with a shutdown timeout of 2 s: what became of the queued sends, and whether every caller was answered");
        line("(10 s after the stop returned).");
        line("");
        line("| pacing | queued | heap idle → queued (MiB) | **bytes per queued send** | threads idle → queued | grown "
             + "| stop took (ms) | the queued sends at the stop | callers never answered |");
        line("|---|---:|---:|---:|---:|---|---:|---|---:|");
        List<String> heaps = new ArrayList<>();
        for (PacedSending.Pacer pacer : List.of(PacedSending.Pacer.COMPONENT, PacedSending.Pacer.THROTTLE_UNBOUNDED)) {
            System.out.printf("[progress] queued sends: %s%n", pacer);
            PacedSending.Queued queued = PacedSending.queue(pacer, devices, queuedPerDevice);
            line("| %s | %,d | %.1f → %.1f | **%,d** | %d → %d | %s | %,d | %s | %,d |", pacer.label, queued.queued(),
                    queued.heapBefore() / 1048576.0, queued.heapDuring() / 1048576.0, queued.bytesPerQueuedSend(),
                    Probes.total(queued.threadsBefore()), Probes.total(queued.threadsDuring()),
                    grown(queued.threadsBefore(), queued.threadsDuring()), queued.stopMillis(), queued.outcomes(),
                    queued.neverCompleted());
            detail("threads idle for " + pacer + ": " + queued.threadsBefore());
            heaps.add(String.format(Locale.ROOT, "%s %,d bytes", pacer == PacedSending.Pacer.COMPONENT ? "component"
                    : "throttle EIP", queued.bytesPerQueuedSend()));
        }
        summary(String.format(Locale.ROOT, "heap per queued paced send (%,d queued)", devices * queuedPerDevice),
                String.join("; ", heaps), "");
    }

    // ---------------------------------------------------------------- support

    static Map<String, RunResult> run(ChainedOptionsBuilder options) throws Exception {
        Collection<RunResult> results = new Runner(options.shouldFailOnError(true).build()).run();
        Map<String, RunResult> byName = new TreeMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            byName.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), result);
        }
        return byName;
    }

    static double score(Map<String, RunResult> results, String benchmark) {
        RunResult result = results.get(benchmark);
        if (result == null) {
            throw new IllegalStateException("no result for " + benchmark + " in " + results.keySet());
        }
        return result.getPrimaryResult().getScore();
    }

    static String percentiles(Statistics statistics) {
        return String.format(Locale.ROOT, "%,.0f / %,.0f", statistics.getPercentile(50), statistics.getPercentile(99));
    }

    static RunResult single(Map<String, RunResult> results) {
        if (results.size() != 1) {
            throw new IllegalStateException("expected one result, got " + results.keySet());
        }
        return results.values().iterator().next();
    }

    static String verdict(boolean met) {
        return met ? "✓" : "✗";
    }

    private void summary(String measure, String result, String target) {
        summary.append("| ").append(measure).append(" | ").append(result).append(" | ").append(target).append(" |\n");
    }

    private void section(String format, Object... args) {
        line("");
        line("### " + format, args);
        line("");
    }

    private void line(String format, Object... args) {
        String text = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
        report.append(text).append('\n');
        System.out.println("[report] " + text);
    }

    private void detail(String text) {
        System.out.println("[detail] " + text);
    }
}
