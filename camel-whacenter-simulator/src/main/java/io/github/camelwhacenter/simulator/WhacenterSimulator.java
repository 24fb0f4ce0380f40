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
package io.github.camelwhacenter.simulator;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A local HTTP server that speaks the Whacenter gateway API: the same paths, fields, envelopes,
 * headers (JSON served as {@code text/html; charset=UTF-8}, chunked, gzip on request) and quirks.
 * It keeps devices, accepted messages and every request it received, and can misbehave on demand
 * ({@link Fault}) or deliver incoming messages to a device's webhook.
 *
 * <pre>{@code
 * try (WhacenterSimulator gateway = WhacenterSimulator.start()) {
 *     gateway.addDevice("my-device", "6281234567890", "shop");
 *     // point the client at gateway.baseUrl(), e.g. http://127.0.0.1:41234/api
 *     ...
 *     assertEquals(1, gateway.sentMessages("my-device").size());
 * }
 * }</pre>
 *
 * <p>Binds to {@code 127.0.0.1} unless told otherwise. Thread-safe; requests are served by a cached
 * pool of daemon threads, so slow answers ({@link #setResponseDelay(Duration)}) do not queue behind
 * each other. Besides the gateway API under {@code /api/}, a small control API for offline
 * development lives under {@code /_simulator/} (see the module's README); its requests are neither
 * recorded nor faulted.
 */
public final class WhacenterSimulator implements AutoCloseable {

    /** The address the simulator binds to by default. */
    public static final String LOOPBACK = "127.0.0.1";

    /** How many requests, and sent messages per device, are kept by default before the oldest are forgotten. */
    public static final int DEFAULT_HISTORY_LIMIT = 100_000;

    static {
        // The JDK server writes status line and body separately; with Nagle's algorithm on, keep-alive
        // clients then wait for delayed ACKs (~40 ms per request). Only set when nobody chose otherwise,
        // and only effective if no JDK HttpServer was created in this JVM before.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final DeviceRegistry devices = new DeviceRegistry();
    private final MessageStore messages = new MessageStore(DEFAULT_HISTORY_LIMIT);
    private final BoundedHistory<RecordedRequest> requests = new BoundedHistory<>(DEFAULT_HISTORY_LIMIT);
    private final FaultQueue faults = new FaultQueue();
    private final FileFetcher files = new FileFetcher(DEFAULT_HISTORY_LIMIT);
    private final MediaFiles media = new MediaFiles();
    private final WebhookSender webhooks = new WebhookSender();
    private final Customers customers;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Duration responseDelay = Duration.ZERO;
    private volatile boolean gzipUnasked;

    private WhacenterSimulator(InetSocketAddress address) throws IOException {
        // a deep accept backlog: benchmarks open many connections at once
        server = HttpServer.create(address, 1024);
        executor = Executors.newCachedThreadPool(new DaemonThreadFactory(threadNamePrefix(server.getAddress().getPort())));
        server.setExecutor(executor);
        customers = new Customers(this::deliverIncoming, threadNamePrefix(server.getAddress().getPort()));
        server.createContext("/", new GatewayHttpHandler(new GatewayOperations(devices, messages, files, customers), requests, faults,
                () -> responseDelay, () -> gzipUnasked));
        server.createContext(ControlApiHandler.PREFIX, new ControlApiHandler(this));
        server.createContext(MediaFiles.PATH, media);
        server.start();
    }

    /** @return the name prefix of the threads serving the simulator on {@code port}, to tell them apart in dumps */
    static String threadNamePrefix(int port) {
        return "whacenter-simulator-" + port + "-http";
    }

    /**
     * Starts a simulator on a free port of {@code 127.0.0.1}.
     *
     * @return the running simulator; close it when done
     */
    public static WhacenterSimulator start() {
        return start(0);
    }

    /**
     * Starts a simulator on {@code 127.0.0.1}.
     *
     * @param port the port, or {@code 0} for a free one
     * @return the running simulator; close it when done
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static WhacenterSimulator start(int port) {
        return start(LOOPBACK, port);
    }

    /**
     * Starts a simulator on any local address, e.g. {@code 0.0.0.0} inside a container. Anything but
     * loopback exposes the simulator to the network: it has no authentication.
     *
     * @param bindAddress the local address to listen on
     * @param port        the port, or {@code 0} for a free one
     * @return the running simulator; close it when done
     * @throws UncheckedIOException when the address cannot be bound
     */
    public static WhacenterSimulator start(String bindAddress, int port) {
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        try {
            return new WhacenterSimulator(new InetSocketAddress(InetAddress.getByName(bindAddress), port));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Whacenter simulator on " + bindAddress + ":" + port, e);
        }
    }

    /** @return the port the simulator listens on */
    public int port() {
        return server.getAddress().getPort();
    }

    /** @return the gateway's base URL, e.g. {@code http://127.0.0.1:41234/api}, without a trailing slash */
    public String baseUrl() {
        return origin() + "/api";
    }

    /** @return the control API's base URL, e.g. {@code http://127.0.0.1:41234/_simulator} */
    public String controlUrl() {
        return origin() + "/_simulator";
    }

    private String origin() {
        InetAddress address = server.getAddress().getAddress();
        String host = address.isAnyLocalAddress() ? LOOPBACK
                : address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        return "http://" + host + ":" + port();
    }

    /**
     * Stops the server at once, cutting any request in flight (delayed answers included), and waits
     * briefly for its request threads to end. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
            webhooks.close();
            customers.close();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Registers a paired device: connected, QR {@code "done"}. Replaces any device with the same id,
     * so the new one starts fresh (no webhook).
     *
     * @param deviceId the {@code device_id} clients will send
     * @param number   the device's own number, e.g. {@code 6281234567890}
     * @param name     the device's display name
     * @return the device, to change its state later
     */
    public SimulatedDevice addDevice(String deviceId, String number, String name) {
        return devices.add(deviceId, number, name);
    }

    /**
     * @param deviceId a {@code device_id}
     * @return the device, or {@code null} when unknown
     */
    public SimulatedDevice device(String deviceId) {
        return devices.find(deviceId);
    }

    /** @return all registered devices, ordered by id */
    public List<SimulatedDevice> devices() {
        return devices.all();
    }

    /**
     * @return every request received so far outside the control API (faulted ones and unknown paths
     *         included), in arrival order; an immutable snapshot
     */
    public List<RecordedRequest> requests() {
        return requests.snapshot();
    }

    /**
     * @param operationPath the path without {@code /api/}, e.g. {@code send} or {@code statusDevice}
     * @return the received requests on that path, in arrival order
     */
    public List<RecordedRequest> requests(String operationPath) {
        return requests.snapshot().stream().filter(r -> r.path().equals(operationPath)).toList();
    }

    /** Forgets all recorded requests. */
    public void clearRequests() {
        requests.clear();
    }

    /**
     * @param deviceId a {@code device_id}
     * @return the {@code send}s and {@code sendGroup}s of that device the simulator accepted (answered
     *         {@code "status":true}), scheduled ones included, in id order; empty for an unknown device
     */
    public List<SentMessage> sentMessages(String deviceId) {
        return messages.sent(deviceId);
    }

    /**
     * Serves a file as the gateway serves an incoming message's media, for {@link IncomingMessage#media}: at
     * {@code baseUrl()/media?path=...}, GET and HEAD, until {@link #reset()} (at most 1,000 files, the oldest forgotten
     * first).
     *
     * @return the file's URL
     */
    public String serveMedia(byte[] bytes, String contentType, String fileName) {
        return baseUrl() + "/media?path=" + java.net.URLEncoder.encode(media.add(bytes, contentType, fileName),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** @return how many GETs the media at this URL (from {@link #serveMedia}) answered, or -1 when it serves none there */
    public int mediaFetches(String url) {
        String query = java.net.URI.create(url).getQuery();
        return query == null || !query.startsWith("path=") ? -1 : media.gets(query.substring(5));
    }

    /**
     * The files the simulator fetched for sends that carried a {@code file} URL, oldest first: the gateway takes a file
     * from its URL, so the simulator does too, from loopback URLs only (others are recorded as not fetched, and nothing
     * leaves the machine). Each says the body's size, content type and SHA-256.
     */
    public List<FetchedFile> fetchedFiles() {
        return files.fetched();
    }

    /**
     * @param deviceId a {@code device_id}
     * @return the device's scheduled messages not yet deleted with {@code deleteMessage}, by id, in id
     *         order; an immutable snapshot. The simulator never fires them.
     */
    public Map<Long, SentMessage> scheduledMessages(String deviceId) {
        return messages.scheduled(deviceId);
    }

    /**
     * Queues a fault for the next request, whatever its path. Faults are consumed first in, first out.
     *
     * @param fault the fault
     */
    public void enqueueFault(Fault fault) {
        faults.add(null, fault);
    }

    /**
     * Queues a fault for the next request on one path; requests on other paths pass it by.
     *
     * @param operationPath the path without {@code /api/}, e.g. {@code send}
     * @param fault         the fault
     */
    public void enqueueFault(String operationPath, Fault fault) {
        Objects.requireNonNull(operationPath, "operationPath");
        faults.add(operationPath, fault);
    }

    /** @return how many queued faults no request has consumed yet */
    public int pendingFaults() {
        return faults.size();
    }

    /**
     * Delays every answer, faulted or not, by {@code delay}; the operation itself takes effect at once.
     * For load tests: slow answers are held on their own threads and do not serialize.
     *
     * @param delay the delay; {@link Duration#ZERO} turns it off
     */
    public void setResponseDelay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        this.responseDelay = delay;
    }

    /** @return the current delay of every answer */
    public Duration responseDelay() {
        return responseDelay;
    }

    /**
     * Compresses every JSON and HTML answer with gzip even when the request did not accept it, as a proxy or cache in
     * front of the gateway may. The gateway itself compresses only on request.
     *
     * @param gzipUnasked true to compress regardless of {@code Accept-Encoding}; false (the default) to honour it
     */
    public void setGzipUnasked(boolean gzipUnasked) {
        this.gzipUnasked = gzipUnasked;
    }

    /**
     * Bounds the recorded requests, and the sent messages kept per device, to the newest {@code limit}
     * entries ({@value #DEFAULT_HISTORY_LIMIT} by default), so that long benchmarks keep a flat heap.
     *
     * @param limit a positive number of entries
     */
    public void setHistoryLimit(int limit) {
        requests.setLimit(limit);
        messages.setHistoryLimit(limit);
        files.setLimit(limit);
    }

    /**
     * Sets how long {@link #deliverIncoming(String, IncomingMessage)} waits for a receiver (10 s by default).
     *
     * @param timeout a positive duration
     */
    public void setWebhookTimeout(Duration timeout) {
        webhooks.setTimeout(timeout);
    }

    /**
     * Forgets recorded requests, sent and scheduled messages, pending faults, the response delay and unasked gzip,
     * so that one simulator can serve several tests. Devices stay as they are.
     */
    public void reset() {
        requests.clear();
        messages.clear();
        files.clear();
        media.clear();
        faults.clear();
        customers.clear();
        responseDelay = Duration.ZERO;
        gzipUnasked = false;
    }

    /**
     * A customer of the device that answers every message the device sends to its number (not a scheduled or a group
     * one): once the delay passed, the simulator delivers {@code reply} from that number to the device's webhook, as
     * {@link #deliverIncoming} does, so that tests and demos hold a conversation ("YES", or "STOP"). Replaces the
     * customer's earlier answer; {@link #reset()} forgets every customer. At most 1,000 replies wait at once.
     *
     * @param number the customer's number as the device sends to it, e.g. {@code 6281234567890}
     */
    public void customerReplies(String deviceId, String number, String reply, Duration delay) {
        customers.add(Objects.requireNonNull(deviceId, "deviceId"), Objects.requireNonNull(number, "number"),
                Objects.requireNonNull(reply, "reply"), Objects.requireNonNull(delay, "delay"));
    }

    /**
     * The customer answers no more messages (a reply already waiting for its delay is still delivered): what a test or
     * demo does once its conversation is over, so that a bot that answers every message and a customer that answers
     * every message do not talk forever.
     *
     * @return whether the number was a customer of the device
     */
    public boolean customerStopsReplying(String deviceId, String number) {
        return customers.remove(Objects.requireNonNull(deviceId, "deviceId"), Objects.requireNonNull(number, "number"));
    }

    /** What the webhook answered to each customer's reply, oldest first. */
    public List<WebhookDelivery> customerDeliveries() {
        return customers.delivered();
    }

    /**
     * Delivers a message to the device's webhook as the gateway does: one POST, {@code Content-Type:
     * application/json}, the body in the message's {@link WebhookFormat}, UTF-8, {@code to} set to the
     * device's number; no retry. Blocks until the receiver answers or the timeout passes.
     *
     * @param deviceId the receiving device
     * @param message  the message
     * @return what the receiver answered; status {@code -1} when it could not be reached
     * @throws IllegalArgumentException when the device is unknown
     * @throws IllegalStateException    when the device has no webhook URL
     */
    public WebhookDelivery deliverIncoming(String deviceId, IncomingMessage message) {
        Objects.requireNonNull(message, "message");
        SimulatedDevice device = devices.find(deviceId);
        if (device == null) {
            throw new IllegalArgumentException("unknown device: " + deviceId);
        }
        String url = device.webhookUrl();
        if (url == null) {
            throw new IllegalStateException("device " + deviceId + " has no webhook URL; set one with setWebhook");
        }
        return webhooks.post(url, WebhookPayloads.render(message, device.number()));
    }

    @Override
    public String toString() {
        return "WhacenterSimulator[" + baseUrl() + (closed.get() ? ", closed" : "") + "]";
    }
}
