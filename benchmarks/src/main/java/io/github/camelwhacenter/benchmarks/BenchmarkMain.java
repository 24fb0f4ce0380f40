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
import org.openjdk.jmh.results.IterationResult;
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
 * java -jar benchmarks/target/benchmarks.jar [--only send,threads,heap,start,webhook] [--quick]
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

    private BenchmarkMain(boolean quick) {
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        Set<String> parts = new LinkedHashSet<>(List.of("threads", "heap", "send", "start", "webhook"));
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--only" -> parts = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
                default -> {
                    System.err.println("usage: java -jar benchmarks.jar [--only send,threads,heap,start,webhook] [--quick]");
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
                case "send" -> main.send();
                case "start" -> main.start();
                case "webhook" -> main.webhook();
                default -> throw new IllegalArgumentException("unknown part: " + part);
            }
        }
        main.line("");
        main.line("Total run time: %d s.", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        System.out.println();
        System.out.println("==================== RESULTS ====================");
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
        threadRow("producer, ProducerTemplate.asyncSend (Camel default: threaded async mode)",
                Probes.threads((sim, pool) -> Senders.producer(sim, pool, true), inFlight, delay, window));
        threadRow("producer, ProducerTemplate.asyncSend, threadedAsyncMode=false",
                Probes.threads((sim, pool) -> Senders.producer(sim, pool, false), inFlight, delay, window));
        threadRow("raw HttpClient 5 async", Probes.threads(Senders::raw, inFlight, delay, window));
    }

    private void threadRow(String client, Probes.ThreadProbe probe) {
        Set<String> names = new TreeSet<>(probe.groupsDuring().keySet());
        List<String> grown = new ArrayList<>();
        for (String name : names) {
            int before = probe.groupsBefore().getOrDefault(name, 0);
            int during = probe.groupsDuring().get(name);
            if (during > before) {
                grown.add("`" + name + "` " + before + "→" + during);
            }
        }
        line("| %s | %d → %d | %d → %d | %d | %d | %s |", client, probe.before(), probe.during(),
                ioThreads(probe.groupsBefore()), ioThreads(probe.groupsDuring()), probe.maxInFlight(), probe.completed(),
                grown.isEmpty() ? "none" : String.join(", ", grown));
        detail("threads idle for " + client + ": " + probe.groupsBefore());
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
        line("simulator's share of each request is in both rows: the difference is the component's.");
        line("");
        line("| client | heap idle (MiB) | heap with %d in flight (MiB) | bytes per in-flight send |", inFlight);
        line("|---|---:|---:|---:|");
        Probes.HeapProbe producer = Probes.heap((sim, pool) -> Senders.producer(sim, pool, false), inFlight, delay);
        heapRow("producer (ProducerTemplate.asyncSend)", producer);
        Probes.HeapProbe raw = Probes.heap(Senders::raw, inFlight, delay);
        heapRow("raw HttpClient 5 async", raw);
        line("| **component's share** | | | **%,d** |", producer.bytesPerRequest() - raw.bytesPerRequest());

        int callers = 16;
        int requests = quick ? 2_000 : 20_000;
        section("Client-side cost per send (%d callers each sending and waiting, %,d sends after as many to warm up, "
                + "maxConnections=%d)", callers, requests, POOL_SIZE);
        line("CPU time and allocated bytes of every thread but the simulator's (com.sun.management.ThreadMXBean):");
        line("unlike wall-clock figures, these barely move when other processes share the cores.");
        line("");
        line("| client | CPU µs per send | bytes allocated per send | sends/s (wall clock) |");
        line("|---|---:|---:|---:|");
        Probes.CostProbe producerCost = Probes.cost((sim, pool) -> Senders.producer(sim, pool, false), POOL_SIZE,
                callers, requests);
        Probes.CostProbe rawCost = Probes.cost(Senders::raw, POOL_SIZE, callers, requests);
        Probes.CostProbe decodedCost = Probes.cost(Senders::rawDecoding, POOL_SIZE, callers, requests);
        costRow("producer (ProducerTemplate.requestBodyAndHeader)", producerCost);
        costRow("raw HttpClient 5 async", rawCost);
        costRow("raw, then gunzip + Jackson readTree of the answer (for reference)", decodedCost);
        line("| **producer − raw** | **%.1f** | **%,d** | ratio producer/raw %.2f |",
                producerCost.cpuMicrosPerRequest() - rawCost.cpuMicrosPerRequest(),
                producerCost.bytesPerRequest() - rawCost.bytesPerRequest(),
                producerCost.requestsPerSecond() / rawCost.requestsPerSecond());
    }

    private void heapRow(String client, Probes.HeapProbe probe) {
        line("| %s | %.1f | %.1f | %,d |", client, probe.bytesBefore() / 1048576.0, probe.bytesDuring() / 1048576.0,
                probe.bytesPerRequest());
    }

    private void costRow(String client, Probes.CostProbe probe) {
        line("| %s | %.1f | %,d | %,.0f |", client, probe.cpuMicrosPerRequest(), probe.bytesPerRequest(),
                probe.requestsPerSecond());
    }

    // ---------------------------------------------------------------- send

    private void send() throws Exception {
        section("Send: producer vs raw HttpClient 5 async (maxConnections=%d for both)", POOL_SIZE);
        line("Each caller is a JMH thread that sends and waits for the answer. Raw and producer run in the same JVM,");
        line("iteration about (raw, producer, producer, raw, …), so that other processes' load hits both alike.");
        line("Throughput from a Mode.Throughput fork, latency percentiles from a Mode.SampleTime fork; each fork %s.",
                describeAlternation());
        line("");
        line("| callers | raw sends/s | producer sends/s | **ratio** (≥ 0.90) | raw p50 / p99 (µs) | producer p50 / p99 (µs) |");
        line("|---:|---:|---:|---:|---:|---:|");
        for (int callers : CALLERS) {
            Comparison comparison = compare(SendBenchmark.class, callers, "maxConnections", String.valueOf(POOL_SIZE));
            line("| %d | %,.0f | %,.0f | **%.2f** %s | %s | %s |", callers, comparison.baselineThroughput(),
                    comparison.subjectThroughput(), comparison.ratio(), verdict(comparison.ratio() >= 0.90),
                    percentiles(comparison.baselineLatency()), percentiles(comparison.subjectLatency()));
        }
    }

    /** Throughput and latency of the baseline and the subject of {@code benchmark}'s alternating method. */
    private Comparison compare(Class<?> benchmark, int callers, String... params) throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.getName() + "\\.alternating$")
                .forks(1).threads(callers)
                .warmupIterations(warmupIterations()).warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(measurementIterations()).measurementTime(TimeValue.milliseconds(quick ? 500 : 1500));
        for (int i = 0; i < params.length; i += 2) {
            options.param(params[i], params[i + 1]);
        }
        RunResult throughput = single(run(options.mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS)));
        RunResult latency = single(run(options.mode(Mode.SampleTime).timeUnit(TimeUnit.MICROSECONDS)));
        double[] scores = new double[2];
        int[] counts = new int[2];
        MultisetStatistics[] latencies = { new MultisetStatistics(), new MultisetStatistics() };
        int iteration = warmupIterations();
        for (IterationResult result : throughput.getBenchmarkResults().iterator().next().getIterationResults()) {
            int turn = Turns.isSubjectTurn(iteration++) ? 1 : 0;
            scores[turn] += result.getPrimaryResult().getScore();
            counts[turn]++;
        }
        iteration = warmupIterations();
        for (IterationResult result : latency.getBenchmarkResults().iterator().next().getIterationResults()) {
            int turn = Turns.isSubjectTurn(iteration++) ? 1 : 0;
            for (Iterator<Map.Entry<Double, Long>> samples = result.getPrimaryResult().getStatistics().getRawData();
                 samples.hasNext();) {
                Map.Entry<Double, Long> sample = samples.next();
                latencies[turn].addValue(sample.getKey(), sample.getValue());
            }
        }
        return new Comparison(scores[0] / counts[0], scores[1] / counts[1], latencies[0], latencies[1]);
    }

    record Comparison(double baselineThroughput, double subjectThroughput, Statistics baselineLatency,
                      Statistics subjectLatency) {
        double ratio() {
            return subjectThroughput / baselineThroughput;
        }
    }

    private int warmupIterations() {
        return 4;
    }

    private int measurementIterations() {
        return quick ? 4 : 8;
    }

    private String describeAlternation() {
        return String.format(Locale.ROOT, "%d × %d s warm-up then %d × %.1f s measured iterations, half each",
                warmupIterations(), quick ? 1 : 2, measurementIterations(), quick ? 0.5 : 1.5);
    }

    // ---------------------------------------------------------------- start

    private void start() throws Exception {
        section("CamelContext start: one whacenter:send route vs one log route");
        line("Create a DefaultCamelContext, add the route (from direct:in), start it. Cold: the first start of a fresh");
        line("JVM, the four kinds of start taking turns. Warm: repeated starts in one JVM, after 20 warm-up starts. The last");
        line("two columns start the log route and then an HttpClient 5 async client configured like the component's:");
        line("the library's share of the component's figure, with HttpClient's default TLS set-up and with a lazy one.");
        line("");
        line("| | direct → log (ms) | direct → whacenter:send (ms) | **added by the component** (< 50 ms) "
             + "| of which HttpClient 5, built as the component does (ms) | same client, lazy TLS set-up (ms) |");
        line("|---|---:|---:|---:|---:|---:|");
        // cold: one fresh JVM per start, the four kinds taking turns so that a change of load hits them alike
        int rounds = quick ? 2 : 8;
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
        cold.forEach((benchmark, scores) -> coldMedians.put(benchmark, median(scores)));
        detail("cold starts (ms): " + cold);
        startRow("cold (median of " + rounds + " fresh JVMs)", coldMedians);
        Map<String, RunResult> warm = run(new OptionsBuilder().include(ContextStartBenchmark.class.getName())
                .forks(1).warmupIterations(quick ? 3 : 20).measurementIterations(quick ? 5 : 40));
        Map<String, Double> warmMedians = new TreeMap<>();
        warm.forEach((benchmark, result) -> warmMedians.put(benchmark,
                result.getPrimaryResult().getStatistics().getPercentile(50)));
        startRow("warm (median of " + (quick ? 5 : 40) + " starts in one JVM)", warmMedians);
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
        line("end in an empty processor. Raw route and consumer take turns as for send; each fork %s.",
                describeAlternation());
        line("");
        line("| callers | raw route posts/s | consumer posts/s | **ratio** (≥ 0.80) | raw p50 / p99 (µs) | consumer p50 / p99 (µs) |");
        line("|---:|---:|---:|---:|---:|---:|");
        for (int callers : CALLERS) {
            Comparison comparison = compare(WebhookBenchmark.class, callers);
            line("| %d | %,.0f | %,.0f | **%.2f** %s | %s | %s |", callers, comparison.baselineThroughput(),
                    comparison.subjectThroughput(), comparison.ratio(), verdict(comparison.ratio() >= 0.80),
                    percentiles(comparison.baselineLatency()), percentiles(comparison.subjectLatency()));
        }
        int callers = 16;
        int requests = quick ? 2_000 : 20_000;
        line("");
        line("CPU time and allocation per post of every thread of the JVM (HTTP client and server alike: the client's");
        line("share is the same for both), %d callers, %,d posts after as many to warm up:", callers, requests);
        line("");
        line("| route | CPU µs per post | bytes allocated per post | posts/s (wall clock) |");
        line("|---|---:|---:|---:|");
        Probes.CostProbe consumer = Probes.cost((sim, pool) -> Senders.webhook(true), 0, callers, requests);
        Probes.CostProbe raw = Probes.cost((sim, pool) -> Senders.webhook(false), 0, callers, requests);
        costRow("whacenter:webhook consumer", consumer);
        costRow("raw platform-http route", raw);
        line("| **consumer − raw** | **%.1f** | **%,d** | ratio consumer/raw %.2f |",
                consumer.cpuMicrosPerRequest() - raw.cpuMicrosPerRequest(),
                consumer.bytesPerRequest() - raw.bytesPerRequest(), consumer.requestsPerSecond() / raw.requestsPerSecond());
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
