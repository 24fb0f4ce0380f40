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
package io.github.camelwhacenter.springboot;

import java.util.concurrent.ExecutorService;

import io.github.camelwhacenter.WhacenterConfiguration;
import io.github.camelwhacenter.WhacenterDeviceGuard;
import io.github.camelwhacenter.WhacenterFormEncoding;
import io.github.camelwhacenter.WhacenterQuietHoursAction;
import io.github.camelwhacenter.WhacenterQuotaAction;
import io.github.camelwhacenter.WhacenterHttpMethod;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Send and receive WhatsApp messages, files, group and scheduled messages, and
 * watch devices, through the Whacenter gateway.
 * 
 * Mirrors the component options of the catalog (whacenter.json) in the shape
 * camel-spring-boot generates for its starters: one field per option, its
 * description as javadoc and its default as initializer.
 */
@ConfigurationProperties(prefix = "camel.component.whacenter")
public class WhacenterComponentConfiguration
        extends
            ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the whacenter component. This is
     * enabled by default.
     */
    private Boolean enabled;
    /**
     * The gateway's API base URL; point it at the simulator to develop offline.
     */
    private String baseUrl = "https://app.whacenter.com/api";
    /**
     * The options every endpoint starts from; each can be overridden per
     * endpoint. The option is a io.github.camelwhacenter.WhacenterConfiguration
     * type.
     */
    private WhacenterConfiguration configuration;
    /**
     * The country calling code that replaces the leading 0 of numbers in local
     * form (081234567890 becomes 6281234567890).
     */
    private String defaultCountryCode = "62";
    /**
     * The gateway's time zone: schedules are sent, and webhook timestamps read,
     * as wall-clock times in this zone.
     */
    private String timeZone = "Asia/Jakarta";
    /**
     * Allows for bridging the consumer to the Camel routing Error Handler,
     * which mean any exceptions (if possible) occurred while the Camel consumer
     * is trying to pickup incoming messages, or the likes, will now be
     * processed as a message and handled by the routing Error Handler.
     * Important: This is only possible if the 3rd party component allows Camel
     * to be alerted if an exception was thrown. Some components handle this
     * internally only, and therefore bridgeErrorHandler is not possible. In
     * other situations we may improve the Camel component to hook into the 3rd
     * party component and make this possible for future releases. By default
     * the consumer will use the org.apache.camel.spi.ExceptionHandler to deal
     * with exceptions, that will be logged at WARN or ERROR level and ignored.
     */
    private Boolean bridgeErrorHandler = false;
    /**
     * Whether the deviceStatus consumer emits an exchange on every poll, not
     * only when the device's state changes.
     */
    private Boolean emitEveryPoll = false;
    /**
     * Whether the webhook consumer suppresses repeated deliveries of the same
     * message. The gateway sends no message id, so a message is recognised by
     * its device, sender, timestamp, text and media.
     */
    private Boolean skipDuplicates = false;
    /**
     * The public URL the gateway reaches the webhook consumer at. When set, the
     * consumer registers it with setWebhook when it starts (adding the webhook
     * token as a query parameter unless the path carries it), so deploying the
     * route is all it takes.
     */
    private String webhookExternalUrl;
    /**
     * The largest webhook body accepted, in bytes; larger ones get 413.
     */
    private Integer webhookMaxBodySize = 65536;
    /**
     * The path the webhook consumer listens on, on the platform-http server. A
     * {token} segment (e.g. /whacenter/webhook/{token}) carries the webhook
     * token in the path instead of the query.
     */
    private String webhookPath = "/whacenter/webhook";
    /**
     * Whether the consumer restores the webhook URL registered before it
     * started, when it stops.
     */
    private Boolean webhookRestoreOnStop = false;
    /**
     * Where skipDuplicates remembers the messages seen: in memory by default; a
     * shared repository (JDBC, Infinispan, ...) lets several nodes deduplicate
     * together. The option is a org.apache.camel.spi.IdempotentRepository type.
     */
    private IdempotentRepository idempotentRepository;
    /**
     * The comma-separated buttons of sendButton (which the gateway no longer
     * supports).
     */
    private String buttons;
    /**
     * A public http(s) URL of an image or file that send attaches. The header
     * CamelWhacenterFile overrides it.
     */
    private String file;
    /**
     * The name of the group sendGroup sends to. The header CamelWhacenterGroup
     * overrides it.
     */
    private String group;
    /**
     * How POST requests carry their fields: MULTIPART (multipart/form-data, as the
     * gateway's own Postman collection sends them) or URLENCODED
     * (application/x-www-form-urlencoded, which the gateway reads too). The option
     * is a io.github.camelwhacenter.WhacenterFormEncoding type.
     */
    private WhacenterFormEncoding formEncoding = WhacenterFormEncoding.MULTIPART;
    /**
     * How send and relogDevice travel: POST with form fields, or GET with query
     * parameters. The gateway accepts both for these two; the other operations
     * always use their documented method.
     */
    private WhacenterHttpMethod httpMethod = WhacenterHttpMethod.POST;
    /**
     * Whether the producer should be started lazy (on the first message). By
     * starting lazy you can use this to allow CamelContext and routes to
     * startup in situations where a producer may otherwise fail during starting
     * and cause the route to fail being started. By deferring this startup to
     * be lazy then the startup failure can be handled during routing messages
     * via Camel's routing error handlers. Beware that when the first message is
     * processed then creating and starting the producer may take a little time
     * and prolong the total processing time of the processing.
     */
    private Boolean lazyStartProducer = false;
    /**
     * The least time between two sends of one device going on the wire, in
     * milliseconds (peer gateways keep about 5 seconds between recipients); 0 for
     * none. Combined with sendRateLimit, the longer gap wins. Like sendRateLimit,
     * it is the device's policy when set on the component, and only tightens it
     * when set on an endpoint. The option is a long type.
     */
    private Long minSendInterval = 0L;
    /**
     * The recipient's number, when every message of this endpoint goes to the
     * same one. The header CamelWhacenterNumber overrides it.
     */
    private String number;
    /**
     * The most messages one device sends per sendRatePeriod (send, sendGroup,
     * sendButton); 0 for no limit. WhatsApp bans numbers that send too fast. Set
     * on the component, it is the device's policy: every message send of that
     * device id, from any endpoint or route of the component, waits its turn,
     * without holding a thread, and leaves in order. Set on an endpoint it can
     * only slow that endpoint's sends further, never speed them up. The limit
     * holds within one JVM.
     */
    private Integer sendRateLimit = 0;
    /**
     * The most paced sends one device may have waiting behind the send in progress
     * (see sendRateLimit and minSendInterval); a send beyond it fails at once with
     * WhacenterSendQueueFullException, so a parallel split or a flood of webhook
     * replies cannot grow the heap without bound. Sends are paced and queued per
     * device within this JVM.
     */
    private Integer sendQueueCapacity = 1000;
    /**
     * The thread pool exchanges continue on once the gateway answered, so that
     * route work after a whacenter step never runs on, or holds up, the HTTP
     * client's few I/O threads. By default a pool of workerPoolSize threads from
     * Camel's executor service manager, named WhacenterWorker, with a queue of
     * 1000; when the pool refuses a task the I/O thread runs it. A pool set here
     * is not shut down by the component, and must not discard what it refuses. The
     * option is a java.util.concurrent.ExecutorService type.
     */
    private ExecutorService workerPool;
    /**
     * The number of threads of the default workerPool.
     */
    private Integer workerPoolSize = 10;
    /**
     * How old what the health checks report of a device and its gateway may be
     * (milliseconds, or a duration such as 30s). When health is read and the
     * device's state is older than this, the gateway is asked once; every status
     * the gateway answered meanwhile (a device watchdog's poll, a deviceStatus
     * call) counts, so with a watchdog polling as often the health checks add no
     * gateway calls. The option is a long type.
     */
    private Long deviceCheckInterval = 60000L;
    /**
     * What message sends to a device do while it is known not to be connected to
     * WhatsApp, as a status the gateway answered said (a device watchdog's poll, a
     * health check, a deviceStatus call) or after deviceGuardThreshold sends in a
     * row were refused as not connected. FAIL_FAST fails them at once with
     * WhacenterDeviceNotConnectedException (final, nothing sent); PAUSE keeps
     * them, at most sendQueueCapacity, until the device is seen connected again
     * (paced sends then go in the order they came). While the guard is open it
     * asks the gateway for the device's status once per deviceCheckInterval. OFF
     * sends whatever is known. Covers the devices of endpoints and the component,
     * not a device named only in the CamelWhacenterDeviceId header. The option is
     * a io.github.camelwhacenter.WhacenterDeviceGuard type.
     */
    private WhacenterDeviceGuard deviceGuard = WhacenterDeviceGuard.OFF;
    /**
     * How many message sends in a row the gateway must refuse as not connected
     * before the device guard opens.
     */
    private Integer deviceGuardThreshold = 3;
    /**
     * Whether a device's first paced send in this JVM waits a full interval as
     * well (minSendInterval, sendRateLimit), rather than going at once. Set it
     * when several nodes take turns sending for a device, e.g. consuming an outbox
     * queue with a broker's message groups: the node that takes a device over
     * cannot know when the one before it sent last, and would otherwise send at
     * once after it.
     */
    private Boolean paceFirstSend = false;
    /**
     * A random extra delay, uniform between 0 and this (milliseconds, or a
     * duration such as 3s), added to each message send's interval, so that a
     * device's sends do not arrive with the machine-like regularity that WhatsApp
     * flags. With no rate limit set, sends of the device are paced by the jitter
     * alone. The option is a long type.
     */
    private Long sendJitter = 0L;
    /**
     * The most message sends a device may make in any 60 minutes (a rolling
     * window, counted in this JVM); 0 for no limit. What happens beyond it:
     * quotaAction.
     */
    private Integer hourlyQuota = 0;
    /**
     * The most message sends a device may make in any 24 hours (a rolling window,
     * counted in this JVM); 0 for no limit. What happens beyond it: quotaAction.
     */
    private Integer dailyQuota = 0;
    /**
     * What a message send does once its device used up hourlyQuota or dailyQuota:
     * FAIL fails it at once with WhacenterQuotaExceededException (final, nothing
     * sent); WAIT keeps it in the device's send queue, within sendQueueCapacity,
     * until the window has room. The option is a
     * io.github.camelwhacenter.WhacenterQuotaAction type.
     */
    private WhacenterQuotaAction quotaAction = WhacenterQuotaAction.FAIL;
    /**
     * A warm-up ramp for a new number: for this many days from warmUpStart,
     * dailyQuota grows evenly from a warmUpDays-th of it on the first day to all
     * of it on the last (with dailyQuota 200 and 10 days: 20, 40, ... 200). New
     * numbers that send their full volume at once are the likeliest to be banned.
     * 0 for none.
     */
    private Integer warmUpDays = 0;
    /**
     * The day the number started sending, as yyyy-MM-dd in the gateway's time
     * zone: day one of warmUpDays.
     */
    private String warmUpStart;
    /**
     * A daily span in the gateway's time zone (timeZone) in which no message
     * should reach customers, as HH:mm-HH:mm; it may cross midnight, e.g.
     * 21:00-07:00. What sends do meanwhile: quietHoursAction.
     */
    private String quietHours;
    /**
     * What a message send does during quietHours: SCHEDULE hands a send to the
     * gateway now with schedule set to the end of the quiet hours, so the gateway
     * holds it (sendGroup, which cannot be scheduled, waits); WAIT keeps every
     * message send in the device's send queue until the quiet hours end. The
     * option is a io.github.camelwhacenter.WhacenterQuietHoursAction type.
     */
    private WhacenterQuietHoursAction quietHoursAction = WhacenterQuietHoursAction.SCHEDULE;
    /**
     * Used for enabling or disabling all consumer based health checks from this
     * component
     */
    private Boolean healthCheckConsumerEnabled = true;
    /**
     * Used for enabling or disabling all producer based health checks from this
     * component. Notice: Camel has by default disabled all producer based health-
     * checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;
    /**
     * The period of sendRateLimit, in milliseconds. The option is a long type.
     */
    private Long sendRatePeriod = 1000L;
    /**
     * Whether a gateway answer of status:false raises a
     * WhacenterGatewayException. When false the exchange carries the result
     * with success=false instead.
     */
    private Boolean throwExceptionOnFailure = true;
    /**
     * The URL setWebhook registers. The header CamelWhacenterWebhookUrl
     * overrides it.
     */
    private String webhookUrl;
    /**
     * Whether autowiring is enabled. This is used for automatic autowiring
     * options (the option must be marked as autowired) by looking up in the
     * registry to find if there is a single instance of matching type, which
     * then gets configured on the component. This can be used for automatic
     * configuring JDBC data sources, JMS connection factories, AWS Clients,
     * etc.
     */
    private Boolean autowiredEnabled = true;
    /**
     * How long to wait for a connection to the gateway, in milliseconds. The
     * option is a long type.
     */
    private Long connectTimeout = 10000L;
    /**
     * How long a request waits for a free connection when all maxConnections are
     * busy, in milliseconds, before it fails with WhacenterTimeoutException,
     * unsent. HttpClient's own default is 3 minutes, during which connectTimeout
     * and responseTimeout have not even started. The option is a long type.
     */
    private Long connectionRequestTimeout = 10000L;
    /**
     * The most keep-alive connections held open to the gateway; requests beyond
     * wait for a free one.
     */
    private Integer maxConnections = 20;
    /**
     * The largest gateway answer read, in bytes, on the wire and once inflated; a
     * larger one fails the exchange with WhacenterResponseException before it
     * fills the heap. Real answers are a few hundred bytes, a QR image a few
     * kilobytes.
     */
    private Integer maxResponseSize = 1048576;
    /**
     * The I/O threads of a connection pool, which every endpoint with the same
     * connection settings shares. They only move bytes (exchanges continue on the
     * component's worker pool): a couple serve thousands of sends a second.
     */
    private Integer ioThreadCount = 2;
    /**
     * How long to wait for the gateway's answer once the request is sent, in
     * milliseconds. The option is a long type.
     */
    private Long responseTimeout = 30000L;
    /**
     * The HTTP proxy host to reach the gateway through.
     */
    private String proxyHost;
    /**
     * The HTTP proxy port.
     */
    private Integer proxyPort;
    /**
     * The id of the WhatsApp device registered at the gateway. It is a
     * credential: whoever holds it sends as that number. Prefer setting it on
     * the component or through a property placeholder; the header
     * CamelWhacenterDeviceId overrides it per message. The option is a secret:
     * the Actuator configprops and env endpoints show it masked.
     */
    private String deviceId;
    /**
     * The password for proxy authentication. The option is a secret: the
     * Actuator configprops and env endpoints show it masked.
     */
    private String proxyAuthPassword;
    /**
     * The user name for proxy authentication. The option is a secret: the
     * Actuator configprops and env endpoints show it masked.
     */
    private String proxyAuthUsername;
    /**
     * TLS settings (trust store, protocols) for HTTPS to the gateway, as for
     * Camel's HTTP components. The option is a
     * org.apache.camel.support.jsse.SSLContextParameters type.
     */
    private SSLContextParameters sslContextParameters;
    /**
     * Use the global SSL context parameters of the CamelContext for HTTPS to
     * the gateway.
     */
    private Boolean useGlobalSslContextParameters = false;
    /**
     * Accept only bodies whose source field has this value (the gateway sends
     * WHACENTER); others get 403.
     */
    private String webhookAcceptedSource;
    /**
     * A secret the gateway's requests must carry (the gateway signs nothing):
     * as the query parameter or path segment named by webhookTokenParameter.
     * Requests without it, or with another, get 401 and never reach the route.
     * The option is a secret: the Actuator configprops and env endpoints show
     * it masked.
     */
    private String webhookToken;
    /**
     * The name of the query parameter, or of the {name} path segment, that
     * carries the webhook token.
     */
    private String webhookTokenParameter = "token";

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public WhacenterConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(WhacenterConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getDefaultCountryCode() {
        return defaultCountryCode;
    }

    public void setDefaultCountryCode(String defaultCountryCode) {
        this.defaultCountryCode = defaultCountryCode;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getEmitEveryPoll() {
        return emitEveryPoll;
    }

    public void setEmitEveryPoll(Boolean emitEveryPoll) {
        this.emitEveryPoll = emitEveryPoll;
    }

    public Boolean getSkipDuplicates() {
        return skipDuplicates;
    }

    public void setSkipDuplicates(Boolean skipDuplicates) {
        this.skipDuplicates = skipDuplicates;
    }

    public String getWebhookExternalUrl() {
        return webhookExternalUrl;
    }

    public void setWebhookExternalUrl(String webhookExternalUrl) {
        this.webhookExternalUrl = webhookExternalUrl;
    }

    public Integer getWebhookMaxBodySize() {
        return webhookMaxBodySize;
    }

    public void setWebhookMaxBodySize(Integer webhookMaxBodySize) {
        this.webhookMaxBodySize = webhookMaxBodySize;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public Boolean getWebhookRestoreOnStop() {
        return webhookRestoreOnStop;
    }

    public void setWebhookRestoreOnStop(Boolean webhookRestoreOnStop) {
        this.webhookRestoreOnStop = webhookRestoreOnStop;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public String getButtons() {
        return buttons;
    }

    public void setButtons(String buttons) {
        this.buttons = buttons;
    }

    public String getFile() {
        return file;
    }

    public void setFile(String file) {
        this.file = file;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public WhacenterFormEncoding getFormEncoding() {
        return formEncoding;
    }

    public void setFormEncoding(WhacenterFormEncoding formEncoding) {
        this.formEncoding = formEncoding;
    }

    public WhacenterHttpMethod getHttpMethod() {
        return httpMethod;
    }

    public void setHttpMethod(WhacenterHttpMethod httpMethod) {
        this.httpMethod = httpMethod;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Long getMinSendInterval() {
        return minSendInterval;
    }

    public void setMinSendInterval(Long minSendInterval) {
        this.minSendInterval = minSendInterval;
    }

    public Integer getSendRateLimit() {
        return sendRateLimit;
    }

    public void setSendRateLimit(Integer sendRateLimit) {
        this.sendRateLimit = sendRateLimit;
    }

    public Long getSendRatePeriod() {
        return sendRatePeriod;
    }

    public void setSendRatePeriod(Long sendRatePeriod) {
        this.sendRatePeriod = sendRatePeriod;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Boolean getThrowExceptionOnFailure() {
        return throwExceptionOnFailure;
    }

    public void setThrowExceptionOnFailure(Boolean throwExceptionOnFailure) {
        this.throwExceptionOnFailure = throwExceptionOnFailure;
    }

    public String getWebhookUrl() {
        return webhookUrl;
    }

    public void setWebhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Long getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public void setConnectionRequestTimeout(Long connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public Integer getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(Integer maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public Integer getIoThreadCount() {
        return ioThreadCount;
    }

    public void setIoThreadCount(Integer ioThreadCount) {
        this.ioThreadCount = ioThreadCount;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public Integer getSendQueueCapacity() {
        return sendQueueCapacity;
    }

    public void setSendQueueCapacity(Integer sendQueueCapacity) {
        this.sendQueueCapacity = sendQueueCapacity;
    }

    public ExecutorService getWorkerPool() {
        return workerPool;
    }

    public void setWorkerPool(ExecutorService workerPool) {
        this.workerPool = workerPool;
    }

    public Integer getWorkerPoolSize() {
        return workerPoolSize;
    }

    public void setWorkerPoolSize(Integer workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
    }

    public Long getDeviceCheckInterval() {
        return deviceCheckInterval;
    }

    public void setDeviceCheckInterval(Long deviceCheckInterval) {
        this.deviceCheckInterval = deviceCheckInterval;
    }

    public WhacenterDeviceGuard getDeviceGuard() {
        return deviceGuard;
    }

    public void setDeviceGuard(WhacenterDeviceGuard deviceGuard) {
        this.deviceGuard = deviceGuard;
    }

    public Boolean getPaceFirstSend() {
        return paceFirstSend;
    }

    public void setPaceFirstSend(Boolean paceFirstSend) {
        this.paceFirstSend = paceFirstSend;
    }

    public Integer getDeviceGuardThreshold() {
        return deviceGuardThreshold;
    }

    public void setDeviceGuardThreshold(Integer deviceGuardThreshold) {
        this.deviceGuardThreshold = deviceGuardThreshold;
    }

    public Long getSendJitter() {
        return sendJitter;
    }

    public void setSendJitter(Long sendJitter) {
        this.sendJitter = sendJitter;
    }

    public Integer getHourlyQuota() {
        return hourlyQuota;
    }

    public void setHourlyQuota(Integer hourlyQuota) {
        this.hourlyQuota = hourlyQuota;
    }

    public Integer getDailyQuota() {
        return dailyQuota;
    }

    public void setDailyQuota(Integer dailyQuota) {
        this.dailyQuota = dailyQuota;
    }

    public WhacenterQuotaAction getQuotaAction() {
        return quotaAction;
    }

    public void setQuotaAction(WhacenterQuotaAction quotaAction) {
        this.quotaAction = quotaAction;
    }

    public Integer getWarmUpDays() {
        return warmUpDays;
    }

    public void setWarmUpDays(Integer warmUpDays) {
        this.warmUpDays = warmUpDays;
    }

    public String getWarmUpStart() {
        return warmUpStart;
    }

    public void setWarmUpStart(String warmUpStart) {
        this.warmUpStart = warmUpStart;
    }

    public String getQuietHours() {
        return quietHours;
    }

    public void setQuietHours(String quietHours) {
        this.quietHours = quietHours;
    }

    public WhacenterQuietHoursAction getQuietHoursAction() {
        return quietHoursAction;
    }

    public void setQuietHoursAction(WhacenterQuietHoursAction quietHoursAction) {
        this.quietHoursAction = quietHoursAction;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public String getWebhookAcceptedSource() {
        return webhookAcceptedSource;
    }

    public void setWebhookAcceptedSource(String webhookAcceptedSource) {
        this.webhookAcceptedSource = webhookAcceptedSource;
    }

    public String getWebhookToken() {
        return webhookToken;
    }

    public void setWebhookToken(String webhookToken) {
        this.webhookToken = webhookToken;
    }

    public String getWebhookTokenParameter() {
        return webhookTokenParameter;
    }

    public void setWebhookTokenParameter(String webhookTokenParameter) {
        this.webhookTokenParameter = webhookTokenParameter;
    }
}
