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
package io.github.camelwhacenter;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelwhacenter.conversation.Conversations;
import io.github.camelwhacenter.conversation.PendingReplies;
import io.github.camelwhacenter.conversation.WaitingQuestions;
import io.github.camelwhacenter.device.DeviceRegistry;
import io.github.camelwhacenter.device.DeviceSendPolicy;
import io.github.camelwhacenter.device.OptOuts;
import io.github.camelwhacenter.device.QuietHours;
import io.github.camelwhacenter.device.Scheduling;
import io.github.camelwhacenter.device.SendAdmission;
import io.github.camelwhacenter.gateway.DeviceSendQueue;
import io.github.camelwhacenter.gateway.GatewayService;
import io.github.camelwhacenter.health.WhacenterHealthCheckRepository;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.processor.aggregate.MemoryAggregationRepository;
import org.apache.camel.spi.AggregationRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.builder.ThreadPoolProfileBuilder;

/**
 * Sends WhatsApp messages through the Whacenter gateway and receives the messages it forwards.
 */
@Component("whacenter")
public class WhacenterComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "The options every endpoint starts from; each can be overridden per endpoint.")
    private WhacenterConfiguration configuration = new WhacenterConfiguration();
    @Metadata(label = "security", defaultValue = "false")
    private boolean useGlobalSslContextParameters;

    @Metadata(label = "producer", defaultValue = "1000")
    private int sendQueueCapacity = 1_000;
    @Metadata(label = "advanced")
    private ExecutorService workerPool;
    @Metadata(label = "advanced", defaultValue = "10")
    private int workerPoolSize = 10;
    @Metadata(label = "health", defaultValue = "60000", javaType = "java.time.Duration")
    private long deviceCheckInterval = 60_000;
    @Metadata(label = "producer", defaultValue = "OFF", enums = "OFF,FAIL_FAST,PAUSE")
    private WhacenterCircuitBreaker circuitBreaker = WhacenterCircuitBreaker.OFF;
    @Metadata(label = "producer", defaultValue = "3")
    private int circuitBreakerThreshold = 3;
    @Metadata(label = "producer", enums = "OFF,FAIL_FAST,PAUSE", deprecationNote = "Use circuitBreaker")
    @Deprecated
    private WhacenterDeviceGuard deviceGuard;
    @Metadata(label = "producer", deprecationNote = "Use circuitBreakerThreshold")
    @Deprecated
    private Integer deviceGuardThreshold;
    @Metadata(label = "producer", defaultValue = "false")
    private boolean paceFirstSend;
    @Metadata(label = "producer", defaultValue = "0", javaType = "java.time.Duration")
    private long sendJitter;
    @Metadata(label = "producer", defaultValue = "0")
    private int hourlyQuota;
    @Metadata(label = "producer", defaultValue = "0")
    private int dailyQuota;
    @Metadata(label = "producer", defaultValue = "FAIL", enums = "FAIL,WAIT")
    private WhacenterQuotaAction quotaAction = WhacenterQuotaAction.FAIL;
    @Metadata(label = "producer", defaultValue = "0")
    private int warmUpDays;
    @Metadata(label = "producer")
    private String warmUpStart;
    @Metadata(label = "producer")
    private String quietHours;
    @Metadata(label = "producer", defaultValue = "SCHEDULE", enums = "SCHEDULE,WAIT")
    private WhacenterQuietHoursAction quietHoursAction = WhacenterQuietHoursAction.SCHEDULE;

    @Metadata(label = "producer", defaultValue = "/whacenter/media")
    private String mediaPath = "/whacenter/media";
    @Metadata(label = "producer", defaultValue = "33554432")
    private long mediaMaxMemory = 32L * 1024 * 1024;
    @Metadata(label = "producer", defaultValue = "1073741824")
    private long mediaMaxStoreSize = 1024L * 1024 * 1024;
    @Metadata(label = "producer", defaultValue = "1000")
    private int mediaMaxFiles = 1_000;
    @Metadata(label = "producer,advanced")
    private String mediaSpillDirectory;

    @Metadata(label = "common", defaultValue = "true")
    private boolean optOut = true;
    @Metadata(label = "common", defaultValue = "STOP,STOP ALL,UNSUBSCRIBE,BERHENTI")
    private String optOutKeywords = "STOP,STOP ALL,UNSUBSCRIBE,BERHENTI";
    @Metadata(label = "common", defaultValue = "START,MULAI")
    private String optInKeywords = "START,MULAI";
    @Metadata(label = "common,advanced")
    private IdempotentRepository optOutRepository;

    @Metadata(label = "producer", defaultValue = "10000")
    private int maxPendingReplies = 10_000;
    @Metadata(label = "common,advanced")
    private AggregationRepository conversationRepository;
    @Metadata(label = "common", defaultValue = "300000", javaType = "java.time.Duration")
    private long conversationClaimTimeout = 300_000;
    @Metadata(label = "common", defaultValue = "100000")
    private int maxConversations = 100_000;
    @Metadata(label = "producer", defaultValue = "0")
    private int unansweredBudget;
    @Metadata(label = "producer", defaultValue = "86400000", javaType = "java.time.Duration")
    private long unansweredWindow = 86_400_000;

    private PendingReplies replies;
    private volatile Conversations conversations;
    private volatile WaitingQuestions waitingQuestions;
    private final AtomicBoolean checkingQuestions = new AtomicBoolean();
    private AggregationRepository startedConversationStore;
    private static final int REPLY_TIMEOUT_MARGIN = 1_000;
    private static final long QUESTION_CHECK_MILLIS = 1_000;
    private ScheduledExecutorService replyTimeouts;
    private OptOuts optOuts;
    private IdempotentRepository startedOptOutStore;
    private MediaServer mediaServer;
    /** Contacts the in-memory opt-out store keeps, the oldest forgotten first: a bound, so that it cannot fill the heap. */
    private static final int MEMORY_OPT_OUTS = 100_000;
    private final GatewayService gateway = new GatewayService(this::getCamelContext);
    private final DeviceRegistry devices = new DeviceRegistry(new Scheduling(gateway::pacer, gateway::continueOnWorker,
            System::nanoTime, Clock.systemUTC(), () -> ThreadLocalRandom.current().nextLong()), gateway::metrics);
    private final SendAdmission admission = new SendAdmission(devices, gateway);
    private WhacenterHealthCheckRepository healthChecks;
    private ManagedWhacenterDevices managed;

    public WhacenterComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        // the operation is checked when the endpoint starts: failing while it is resolved would make Camel print the resolved
        // URI, device id included, since Camel does not know the option is a secret
        WhacenterEndpoint endpoint = new WhacenterEndpoint(uri, this, remaining, configuration.copy());
        setProperties(endpoint, parameters);
        if (endpoint.getConfiguration().getSslContextParameters() == null && useGlobalSslContextParameters) {
            endpoint.getConfiguration().setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        return endpoint;
    }

    /** The one way to the gateway that producers, consumers and registration share. */
    GatewayService getGatewayService() {
        return gateway;
    }

    /** The registry of the devices in use. */
    DeviceRegistry getDevices() {
        return devices;
    }

    /** What a send must pass before its call is made. */
    SendAdmission getAdmission() {
        return admission;
    }

    /** The options of the device layer, as set on the component now. */
    private DeviceRegistry.Settings deviceSettings() {
        DeviceSendPolicy.Settings sendPolicy = new DeviceSendPolicy.Settings(sendJitter, hourlyQuota, dailyQuota,
                quotaAction, warmUpDays, warmUpStart, quietHours, quietHoursAction, ZoneId.of(configuration.getTimeZone()),
                unansweredBudget, unansweredWindow);
        return new DeviceRegistry.Settings(effectiveCircuitBreaker(), effectiveCircuitBreakerThreshold(), sendQueueCapacity, deviceCheckInterval,
                DeviceSendQueue.intervalNanos(configuration.getSendRateLimit(), configuration.getSendRatePeriod(),
                        configuration.getMinSendInterval()),
                paceFirstSend, sendPolicy);
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (sendQueueCapacity < 1) {
            throw new IllegalArgumentException("sendQueueCapacity must be at least 1, not " + sendQueueCapacity);
        }
        if (unansweredBudget < 0 || unansweredWindow < 1) {
            throw new IllegalArgumentException("unansweredBudget may not be negative (0 is none), and unansweredWindow "
                                               + "must be positive");
        }
        if (sendJitter < 0 || hourlyQuota < 0 || dailyQuota < 0 || warmUpDays < 0) {
            throw new IllegalArgumentException(
                    "sendJitter, hourlyQuota, dailyQuota and warmUpDays may not be negative (0 is none)");
        }
        // says what is wrong with quietHours or the warm-up now rather than at the first send
        QuietHours.parse(quietHours);
        DeviceSendPolicy.warmUpStart(warmUpDays, dailyQuota, warmUpStart);
        if (effectiveCircuitBreakerThreshold() < 1) {
            throw new IllegalArgumentException("circuitBreakerThreshold must be at least 1, not "
                                               + effectiveCircuitBreakerThreshold());
        }
        if (deviceCheckInterval < 1) {
            throw new IllegalArgumentException("deviceCheckInterval must be positive, not " + deviceCheckInterval);
        }
        if (workerPoolSize < 1) {
            throw new IllegalArgumentException("workerPoolSize must be at least 1, not " + workerPoolSize);
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        gateway.useWorkerPool(workerPool, workerPoolSize);
        ServiceHelper.startService(gateway);
        devices.configure(deviceSettings());
        HealthCheckRegistry health = HealthCheckRegistry.get(getCamelContext());
        if (health != null) {
            healthChecks = new WhacenterHealthCheckRepository(deviceCheckInterval, devices::monitorsPolling);
            health.register(healthChecks);
            devices.listener(healthChecks);
        }
        ServiceHelper.startService(devices);
        startOptOuts();
        startConversations();
        if (maxPendingReplies < 1) {
            throw new IllegalArgumentException("maxPendingReplies must be at least 1, not " + maxPendingReplies);
        }
        // one timeout task per waiting ask, no thread: Camel's pool removes a cancelled task, and its queue is bounded
        // by maxPendingReplies (and a margin for timeouts that fire while their ask is answered)
        replyTimeouts = getCamelContext().getExecutorServiceManager().newScheduledThreadPool(this, "WhacenterReplyTimeouts",
                new ThreadPoolProfileBuilder("WhacenterReplyTimeouts").poolSize(1)
                        .maxQueueSize(maxPendingReplies + REPLY_TIMEOUT_MARGIN).build());
        replies = new PendingReplies(maxPendingReplies, replyTimeouts);
        Conversations started = conversations;
        waitingQuestions = new WaitingQuestions(maxPendingReplies, started::isOpen);
        replyTimeouts.scheduleWithFixedDelay(this::checkWaitingQuestions, QUESTION_CHECK_MILLIS, QUESTION_CHECK_MILLIS,
                TimeUnit.MILLISECONDS);
        if (managed == null) {
            // JMX, when Camel's management is on: the context stops it with itself
            managed = new ManagedWhacenterDevices(devices, this::getOptOuts, this::conversationsReport);
            managed.setCamelContext(getCamelContext());
            getCamelContext().addService(managed, true, true);
        }
    }

    @Override
    protected void doStop() throws Exception {
        try {
            // every call still pending fails first, as stopped while pending, before the device layer closes its queues
            try {
                gateway.failPending();
            } finally {
                stopReplies();
            }
        } finally {
            try {
                try {
                    ServiceHelper.stopService(devices);
                } finally {
                    unregisterHealthChecks();
                }
            } finally {
                try {
                    ServiceHelper.stopService(gateway);
                } finally {
                    try {
                        stopMediaServer();
                    } finally {
                        try {
                            stopOptOuts();
                        } finally {
                            try {
                                stopConversations();
                            } finally {
                                super.doStop();
                            }
                        }
                    }
                }
            }
        }
    }

    /** The component's own media publisher, serving on the platform-http server from its first use. */
    synchronized MediaServer mediaServer() {
        if (mediaServer == null) {
            mediaServer = new MediaServer(new MediaServer.Settings(mediaPath, mediaMaxMemory, mediaMaxStoreSize,
                    mediaMaxFiles, mediaSpillDirectory));
        }
        return mediaServer;
    }

    /**
     * The opt-out store, the repository set or one in memory, started with the component; the device layer checks
     * every message send to a number against it.
     */
    private void startOptOuts() {
        if (!optOut) {
            admission.useOptOuts(null);
            optOuts = null;
            return;
        }
        IdempotentRepository store = optOutRepository != null ? optOutRepository
                : MemoryIdempotentRepository.memoryIdempotentRepository(MEMORY_OPT_OUTS);
        ServiceHelper.startService(store);
        startedOptOutStore = store;
        optOuts = new OptOuts(store);
        admission.useOptOuts(optOuts);
    }

    /**
     * The conversations the routes expect replies to, in the repository set or one in memory (at most
     * maxConversations), started with the component.
     */
    private void startConversations() {
        if (conversationClaimTimeout <= 0) {
            throw new IllegalArgumentException("conversationClaimTimeout must be positive, not " + conversationClaimTimeout);
        }
        if (maxConversations < 1) {
            throw new IllegalArgumentException("maxConversations must be at least 1, not " + maxConversations);
        }
        AggregationRepository store = conversationRepository;
        int bound = Integer.MAX_VALUE;
        if (store == null) {
            store = new MemoryAggregationRepository(true);
            startedConversationStore = store;
            bound = maxConversations;
        }
        AggregationConversationStore conversationStore = new AggregationConversationStore(store, getCamelContext(), bound);
        ServiceHelper.startService(store);
        conversations = new Conversations(conversationStore, System::currentTimeMillis, conversationClaimTimeout);
    }

    private void stopConversations() {
        conversations = null;
        AggregationRepository store = startedConversationStore;
        startedConversationStore = null;
        // a repository the application gave may serve others too (an aggregator): the application stops it
        ServiceHelper.stopService(store);
    }

    /**
     * What the dev console and JMX show of the conversations: this node's counts, and the sends and asks waiting now;
     * null while the component is stopped.
     */
    Map<String, Object> conversationsReport() {
        Conversations current = conversations;
        if (current == null) {
            return null;
        }
        Map<String, Object> report = new LinkedHashMap<>(current.report());
        WaitingQuestions questions = waitingQuestions;
        PendingReplies asks = replies;
        report.put("waitingSends", questions == null ? 0 : questions.waiting());
        report.put("waitingAsks", asks == null ? 0 : asks.waiting());
        return report;
    }

    /** The conversations while the component runs; else null. */
    Conversations getConversations() {
        return conversations;
    }

    /** The asks waiting for a reply in this JVM; null while the component is stopped. */
    PendingReplies getReplies() {
        return replies;
    }

    /** The sends waiting behind a contact's pending conversation, checked on a worker, one check at a time. */
    private void checkWaitingQuestions() {
        WaitingQuestions waiting = waitingQuestions;
        if (waiting == null || waiting.waiting() == 0 || !checkingQuestions.compareAndSet(false, true)) {
            return;
        }
        try {
            gateway.continueOnWorker(() -> {
                try {
                    waiting.check();
                } finally {
                    checkingQuestions.set(false);
                }
            });
        } catch (RuntimeException e) {
            checkingQuestions.set(false);
        }
    }

    /** The sends waiting behind a contact's pending conversation; null while the component is stopped. */
    WaitingQuestions getWaitingQuestions() {
        return waitingQuestions;
    }

    private void stopReplies() {
        PendingReplies current = replies;
        replies = null;
        WaitingQuestions questions = waitingQuestions;
        waitingQuestions = null;
        if (questions != null) {
            // every send still waiting fails, not sent
            questions.stop();
        }
        try {
            if (current != null) {
                // every ask still waiting completes, with a WhacenterNoReplyException (STOPPED)
                current.stop();
            }
        } finally {
            if (replyTimeouts != null) {
                getCamelContext().getExecutorServiceManager().shutdownNow(replyTimeouts);
                replyTimeouts = null;
            }
        }
    }

    private void stopOptOuts() {
        admission.useOptOuts(null);
        optOuts = null;
        IdempotentRepository store = startedOptOutStore;
        startedOptOutStore = null;
        ServiceHelper.stopService(store);
    }

    /** The opt-outs when they are on and the component runs; else null. */
    OptOuts getOptOuts() {
        return optOuts;
    }

    /** The keywords as the webhook compares them: trimmed, upper case. */
    static java.util.Set<String> keywords(String list) {
        java.util.Set<String> words = new java.util.HashSet<>();
        if (list != null) {
            for (String word : list.split(",")) {
                if (!word.isBlank()) {
                    words.add(word.strip().toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        return java.util.Set.copyOf(words);
    }

    /** What the component's own media publisher holds; null when no producer uses it. */
    synchronized Map<String, Object> mediaReport() {
        return mediaServer == null ? null : mediaServer.report();
    }

    private synchronized void stopMediaServer() {
        if (mediaServer != null) {
            mediaServer.stop();
            mediaServer = null;
        }
    }

    private void unregisterHealthChecks() {
        WhacenterHealthCheckRepository checks = healthChecks;
        if (checks != null) {
            healthChecks = null;
            devices.listener(null);
            checks.clear();
            HealthCheckRegistry health = HealthCheckRegistry.get(getCamelContext());
            if (health != null) {
                health.unregister(checks);
            }
        }
    }

    public WhacenterConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The options every endpoint starts from; each can be overridden per endpoint.
     */
    public void setConfiguration(WhacenterConfiguration configuration) {
        this.configuration = configuration;
    }

    public int getSendQueueCapacity() {
        return sendQueueCapacity;
    }

    /**
     * The most paced sends one device may have waiting behind the send in progress (see sendRateLimit and
     * minSendInterval); a send beyond it fails at once with WhacenterSendQueueFullException, so a parallel split or a flood of webhook replies
     * cannot grow the heap without bound. Sends are paced and queued per device within this JVM.
     */
    public void setSendQueueCapacity(int sendQueueCapacity) {
        this.sendQueueCapacity = sendQueueCapacity;
    }

    public ExecutorService getWorkerPool() {
        return workerPool;
    }

    /**
     * The thread pool exchanges continue on once the gateway answered, so that route work after a whacenter step
     * never runs on, or holds up, the HTTP client's few I/O threads. By default a pool of workerPoolSize threads from
     * Camel's executor service manager, named WhacenterWorker, with a queue of 1000; when the pool refuses a task the
     * I/O thread runs it. A pool set here is not shut down by the component, and must not discard what it refuses.
     */
    public void setWorkerPool(ExecutorService workerPool) {
        this.workerPool = workerPool;
    }

    public int getWorkerPoolSize() {
        return workerPoolSize;
    }

    /**
     * The number of threads of the default workerPool.
     */
    public void setWorkerPoolSize(int workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
    }

    public int getUnansweredBudget() {
        return unansweredBudget;
    }

    /**
     * The most messages a device sends per unansweredWindow to contacts that have not written to it within that window
     * (send and ask, to a number); 0 is none. WhatsApp limits how many messages a business number may send to contacts
     * who never answer. Past it, as with the other quotas, quotaAction decides: FAIL fails the send with a
     * WhacenterQuotaExceededException naming this option, before any gateway call; WAIT holds it in the device's send
     * queue until the window has room. A send to a contact that wrote within the window always goes (with WAIT, in its
     * turn). Counted per JVM: what the contacts wrote is known from this JVM's webhook consumers of the component.
     */
    public void setUnansweredBudget(int unansweredBudget) {
        this.unansweredBudget = unansweredBudget;
    }

    public long getUnansweredWindow() {
        return unansweredWindow;
    }

    /** The rolling window of unansweredBudget (milliseconds, or a duration such as 24h). */
    public void setUnansweredWindow(long unansweredWindow) {
        this.unansweredWindow = unansweredWindow;
    }

    public int getMaxPendingReplies() {
        return maxPendingReplies;
    }

    /**
     * The most whacenter:ask exchanges waiting for a reply at once in this JVM; an ask beyond it fails with a
     * WhacenterNoReplyException (FULL) before its question is sent. A waiting ask holds no thread.
     */
    public void setMaxPendingReplies(int maxPendingReplies) {
        this.maxPendingReplies = maxPendingReplies;
    }

    public AggregationRepository getConversationRepository() {
        return conversationRepository;
    }

    /**
     * Where the conversations a send expects a reply to are kept (expectReply or the header CamelWhacenterConversation):
     * a Camel AggregationRepository with optimistic locking. A shared one (camel-sql's JdbcAggregationRepository, on
     * PostgreSQL too) lets the reply reach any node: the node it reaches claims the
     * conversation, one node only, and whacenter:conversations on any node emits an ended one once. Keys are SHA-256
     * digests; the contact's number, the question and the kept headers are stored. By default in memory, per JVM, for
     * up to maxConversations.
     */
    public void setConversationRepository(AggregationRepository conversationRepository) {
        this.conversationRepository = conversationRepository;
    }

    public long getConversationClaimTimeout() {
        return conversationClaimTimeout;
    }

    /**
     * How long a node's claim of a conversation holds: the reply's route, or the emission of an ended conversation,
     * must finish within it, since after it another node takes the conversation over (the node that claimed it is
     * taken for dead) and hands the redelivered reply, or the ended conversation, to its route.
     */
    public void setConversationClaimTimeout(long conversationClaimTimeout) {
        this.conversationClaimTimeout = conversationClaimTimeout;
    }

    public int getMaxConversations() {
        return maxConversations;
    }

    /**
     * The most conversations the in-memory store keeps (without conversationRepository), ended ones included until
     * whacenter:conversations emits them: past it a send that expects a reply fails before it is sent.
     */
    public void setMaxConversations(int maxConversations) {
        this.maxConversations = maxConversations;
    }

    public boolean isOptOut() {
        return optOut;
    }

    /**
     * Whether opt-outs are honoured: a contact that writes an opt-out keyword (optOutKeywords) to a device is recorded
     * in optOutRepository, and every later message send of that device to its number fails before any gateway call
     * with a WhacenterOptedOutException, until it writes an opt-in keyword (optInKeywords). WhatsApp's policy asks
     * businesses to honour such requests.
     */
    public void setOptOut(boolean optOut) {
        this.optOut = optOut;
    }

    public String getOptOutKeywords() {
        return optOutKeywords;
    }

    /**
     * The messages that opt a contact out, comma-separated: the whole message, trimmed, in any case (STOP opts out,
     * "stop it please" does not).
     */
    public void setOptOutKeywords(String optOutKeywords) {
        this.optOutKeywords = optOutKeywords;
    }

    public String getOptInKeywords() {
        return optInKeywords;
    }

    /** The messages that opt a contact in again, comma-separated, compared as optOutKeywords are. */
    public void setOptInKeywords(String optInKeywords) {
        this.optInKeywords = optInKeywords;
    }

    public IdempotentRepository getOptOutRepository() {
        return optOutRepository;
    }

    /**
     * Where opt-outs are kept: any Camel IdempotentRepository; a shared one (camel-sql's JdbcMessageIdRepository) makes a
     * STOP received by one node hold on every node. Each entry is the SHA-256 of the device id and the contact's number,
     * never either in clear. By default in memory, per JVM, for up to 100,000 contacts (the oldest forgotten first).
     */
    public void setOptOutRepository(IdempotentRepository optOutRepository) {
        this.optOutRepository = optOutRepository;
    }

    public String getMediaPath() {
        return mediaPath;
    }

    /**
     * The path below which the component's own publisher serves the files routes send as bytes (mediaPublicUrl), on
     * the platform-http server the webhook uses: GET and HEAD of a file's random token, 404 for anything else.
     */
    public void setMediaPath(String mediaPath) {
        this.mediaPath = mediaPath;
    }

    public long getMediaMaxMemory() {
        return mediaMaxMemory;
    }

    /**
     * The bytes the published files may hold in memory together; beyond it files spill to mediaSpillDirectory, and are
     * deleted there once fetched or expired.
     */
    public void setMediaMaxMemory(long mediaMaxMemory) {
        this.mediaMaxMemory = mediaMaxMemory;
    }

    public long getMediaMaxStoreSize() {
        return mediaMaxStoreSize;
    }

    /**
     * The bytes the published files may hold in memory and on disk together: a send whose file would pass it fails with
     * a WhacenterMediaPublishException naming this option, and nothing is sent.
     */
    public void setMediaMaxStoreSize(long mediaMaxStoreSize) {
        this.mediaMaxStoreSize = mediaMaxStoreSize;
    }

    public int getMediaMaxFiles() {
        return mediaMaxFiles;
    }

    /** The files published and not yet fetched or expired at once; a send past it fails, and nothing is sent. */
    public void setMediaMaxFiles(int mediaMaxFiles) {
        this.mediaMaxFiles = mediaMaxFiles;
    }

    public String getMediaSpillDirectory() {
        return mediaSpillDirectory;
    }

    /**
     * Where published files beyond mediaMaxMemory are written. By default a new directory in java.io.tmpdir, removed
     * when the component stops; a directory set here is kept, the files the component wrote in it deleted.
     */
    public void setMediaSpillDirectory(String mediaSpillDirectory) {
        this.mediaSpillDirectory = mediaSpillDirectory;
    }

    public long getDeviceCheckInterval() {
        return deviceCheckInterval;
    }

    /**
     * How old what the health checks report of a device and its gateway may be (milliseconds, or a duration such as
     * 30s). When health is read and the device's state is older than this, the gateway is asked once; every status
     * the gateway answered meanwhile (a device watchdog's poll, a deviceStatus call) counts, so with a watchdog polling
     * as often the health checks add no gateway calls.
     */
    public void setDeviceCheckInterval(long deviceCheckInterval) {
        this.deviceCheckInterval = deviceCheckInterval;
    }

    /** The mode in effect, the former name's included (see setDeviceGuard). */
    public WhacenterCircuitBreaker getCircuitBreaker() {
        return effectiveCircuitBreaker();
    }

    /**
     * What message sends to a device do while its circuit breaker is open. The circuit breaker opens when the device is
     * known not to be connected to WhatsApp, as a status the gateway answered said (a device watchdog's poll, a health
     * check, a deviceStatus call), or after circuitBreakerThreshold sends in a row were refused as not connected; it
     * closes when the device is seen connected or a send succeeds. FAIL_FAST fails sends at once with
     * WhacenterDeviceNotConnectedException (final, nothing sent); PAUSE holds them, at most sendQueueCapacity, until
     * the device is seen connected again (paced sends then go in the order they came). While it is open it asks the
     * gateway for the device's status once per deviceCheckInterval. OFF sends whatever is known. Covers the devices of
     * endpoints and the component, not a device named only in the CamelWhacenterDeviceId header.
     */
    public void setCircuitBreaker(WhacenterCircuitBreaker circuitBreaker) {
        this.circuitBreaker = circuitBreaker;
    }

    /** The threshold in effect, the former name's included (see setDeviceGuardThreshold). */
    public int getCircuitBreakerThreshold() {
        return effectiveCircuitBreakerThreshold();
    }

    /**
     * How many message sends in a row the gateway must refuse as not connected before the circuit breaker opens.
     */
    public void setCircuitBreakerThreshold(int circuitBreakerThreshold) {
        this.circuitBreakerThreshold = circuitBreakerThreshold;
    }

    /**
     * The mode the circuit breaker runs in: circuitBreaker, unless it is left at OFF and the former name, deviceGuard,
     * is set. Spring Boot binds every option with its default, in no set order: a deviceGuard a user set must not be
     * undone by circuitBreaker's OFF bound after it.
     */
    @SuppressWarnings("deprecation")
    private WhacenterCircuitBreaker effectiveCircuitBreaker() {
        return circuitBreaker == WhacenterCircuitBreaker.OFF && deviceGuard != null ? deviceGuard.toCircuitBreaker()
                : circuitBreaker;
    }

    /** circuitBreakerThreshold, unless it is left at 3 and the former name, deviceGuardThreshold, is set. */
    @SuppressWarnings("deprecation")
    private int effectiveCircuitBreakerThreshold() {
        return circuitBreakerThreshold == 3 && deviceGuardThreshold != null ? deviceGuardThreshold : circuitBreakerThreshold;
    }

    /** @deprecated use {@link #getCircuitBreaker()} */
    @Deprecated
    public WhacenterDeviceGuard getDeviceGuard() {
        return deviceGuard;
    }

    /**
     * The former name of circuitBreaker, whose values are the same; circuitBreaker, when set to anything but OFF, wins.
     *
     * @deprecated use {@link #setCircuitBreaker(WhacenterCircuitBreaker)}
     */
    @Deprecated
    public void setDeviceGuard(WhacenterDeviceGuard deviceGuard) {
        this.deviceGuard = deviceGuard;
    }

    /** @deprecated use {@link #getCircuitBreakerThreshold()} */
    @Deprecated
    public Integer getDeviceGuardThreshold() {
        return deviceGuardThreshold;
    }

    /**
     * The former name of circuitBreakerThreshold; circuitBreakerThreshold, when set to anything but 3, wins.
     *
     * @deprecated use {@link #setCircuitBreakerThreshold(int)}
     */
    @Deprecated
    public void setDeviceGuardThreshold(Integer deviceGuardThreshold) {
        this.deviceGuardThreshold = deviceGuardThreshold;
    }

    public boolean isPaceFirstSend() {
        return paceFirstSend;
    }

    /**
     * Whether a device's first paced send in this JVM waits a full interval as well (minSendInterval, sendRateLimit),
     * rather than going at once. Set it when several nodes take turns sending for a device, e.g. consuming an outbox
     * queue with a broker's message groups: the node that takes a device over cannot know when the one before it sent
     * last, and would otherwise send at once after it.
     */
    public void setPaceFirstSend(boolean paceFirstSend) {
        this.paceFirstSend = paceFirstSend;
    }

    public long getSendJitter() {
        return sendJitter;
    }

    /**
     * A random extra delay, uniform between 0 and this (milliseconds, or a duration such as 3s), added to each message
     * send's interval, so that a device's sends do not arrive with the machine-like regularity that WhatsApp flags.
     * With no rate limit set, sends of the device are paced by the jitter alone.
     */
    public void setSendJitter(long sendJitter) {
        this.sendJitter = sendJitter;
    }

    public int getHourlyQuota() {
        return hourlyQuota;
    }

    /**
     * The most message sends a device may make in any 60 minutes (a rolling window, counted in this JVM); 0 for no
     * limit. What happens beyond it: quotaAction.
     */
    public void setHourlyQuota(int hourlyQuota) {
        this.hourlyQuota = hourlyQuota;
    }

    public int getDailyQuota() {
        return dailyQuota;
    }

    /**
     * The most message sends a device may make in any 24 hours (a rolling window, counted in this JVM); 0 for no
     * limit. What happens beyond it: quotaAction.
     */
    public void setDailyQuota(int dailyQuota) {
        this.dailyQuota = dailyQuota;
    }

    public WhacenterQuotaAction getQuotaAction() {
        return quotaAction;
    }

    /**
     * What a message send does once its device used up hourlyQuota, dailyQuota or unansweredBudget: FAIL fails it at once with
     * WhacenterQuotaExceededException (final, nothing sent); WAIT keeps it in the device's send queue, within
     * sendQueueCapacity, until the window has room.
     */
    public void setQuotaAction(WhacenterQuotaAction quotaAction) {
        this.quotaAction = quotaAction;
    }

    public int getWarmUpDays() {
        return warmUpDays;
    }

    /**
     * A warm-up ramp for a new number: for this many days from warmUpStart, dailyQuota grows evenly from a
     * warmUpDays-th of it on the first day to all of it on the last (with dailyQuota 200 and 10 days: 20, 40, ...
     * 200). New numbers that send their full volume at once are the likeliest to be banned. 0 for none.
     */
    public void setWarmUpDays(int warmUpDays) {
        this.warmUpDays = warmUpDays;
    }

    public String getWarmUpStart() {
        return warmUpStart;
    }

    /**
     * The day the number started sending, as yyyy-MM-dd in the gateway's time zone: day one of warmUpDays.
     */
    public void setWarmUpStart(String warmUpStart) {
        this.warmUpStart = warmUpStart;
    }

    public String getQuietHours() {
        return quietHours;
    }

    /**
     * A daily span in the gateway's time zone (timeZone) in which no message should reach customers, as HH:mm-HH:mm;
     * it may cross midnight, e.g. 21:00-07:00. What sends do meanwhile: quietHoursAction.
     */
    public void setQuietHours(String quietHours) {
        this.quietHours = quietHours;
    }

    public WhacenterQuietHoursAction getQuietHoursAction() {
        return quietHoursAction;
    }

    /**
     * What a message send does during quietHours: SCHEDULE hands a send to the gateway now with schedule set to the
     * end of the quiet hours, so the gateway holds it (sendGroup, which cannot be scheduled, waits); WAIT keeps every
     * message send in the device's send queue until the quiet hours end.
     */
    public void setQuietHoursAction(WhacenterQuietHoursAction quietHoursAction) {
        this.quietHoursAction = quietHoursAction;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /**
     * Use the global SSL context parameters of the CamelContext for HTTPS to the gateway.
     */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
