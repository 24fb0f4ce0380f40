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

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of a Whacenter endpoint. Set on the component, they are the defaults of every endpoint.
 */
@UriParams
public class WhacenterConfiguration implements Cloneable {

    public static final String DEFAULT_BASE_URL = "https://app.whacenter.com/api";

    @UriParam(label = "security", secret = true)
    private String deviceId;
    @UriParam(defaultValue = DEFAULT_BASE_URL)
    private String baseUrl = DEFAULT_BASE_URL;
    @UriParam(defaultValue = "Asia/Jakarta")
    private String timeZone = "Asia/Jakarta";
    @UriParam(defaultValue = "62")
    private String defaultCountryCode = "62";

    @UriParam(label = "producer", defaultValue = "POST")
    private WhacenterHttpMethod httpMethod = WhacenterHttpMethod.POST;
    @UriParam(label = "producer", defaultValue = "MULTIPART")
    private WhacenterFormEncoding formEncoding = WhacenterFormEncoding.MULTIPART;
    @UriParam(label = "producer", defaultValue = "true")
    private boolean throwExceptionOnFailure = true;
    @UriParam(label = "producer")
    private String number;
    @UriParam(label = "producer")
    private String group;
    @UriParam(label = "producer")
    private String file;
    @UriParam(label = "producer")
    private String webhookUrl;
    @UriParam(label = "producer")
    @Metadata(deprecationNote = "The gateway documents that sendButton no longer works.")
    @Deprecated
    private String buttons;

    @UriParam(label = "consumer", defaultValue = "/whacenter/webhook")
    private String webhookPath = "/whacenter/webhook";
    @UriParam(label = "consumer")
    private String webhookExternalUrl;
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean webhookRestoreOnStop;
    @UriParam(label = "consumer,security", secret = true)
    private String webhookToken;
    @UriParam(label = "consumer,security", defaultValue = "token")
    private String webhookTokenParameter = "token";
    @UriParam(label = "consumer,security")
    private String webhookAcceptedSource;
    @UriParam(label = "consumer", defaultValue = "65536")
    private int webhookMaxBodySize = 65_536;
    @UriParam(label = "consumer", defaultValue = "5000", javaType = "java.time.Duration")
    private long webhookBodyTimeout = 5_000;
    @UriParam(label = "consumer,advanced", defaultValue = "100")
    private int webhookMaxInflight = 100;
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean skipDuplicates;
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean fetchMedia;
    @UriParam(label = "common,security", defaultValue = "api.whacenter.com")
    private String mediaAllowedHosts = "api.whacenter.com";
    @UriParam(label = "common,security", defaultValue = "false")
    private boolean mediaAllowNonPublicAddresses;
    @UriParam(label = "common", defaultValue = "16777216")
    private int mediaMaxFetchSize = 16 * 1024 * 1024;
    @UriParam(label = "common", defaultValue = "30000", javaType = "java.time.Duration")
    private long mediaFetchTimeout = 30_000;
    @UriParam(label = "consumer", defaultValue = "FAIL")
    private WhacenterMediaFetchFailure mediaFetchFailure = WhacenterMediaFetchFailure.FAIL;
    @UriParam(label = "consumer,advanced")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean emitEveryPoll;

    @UriParam(label = "producer", defaultValue = "0")
    private int sendRateLimit;
    @UriParam(label = "producer", defaultValue = "1000", javaType = "java.time.Duration")
    private long sendRatePeriod = 1_000;
    @UriParam(label = "producer", defaultValue = "0", javaType = "java.time.Duration")
    private long minSendInterval;

    @UriParam(label = "producer", defaultValue = "300000", javaType = "java.time.Duration")
    private long replyTimeout = 300_000;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean expectReply;
    @UriParam(label = "producer")
    private String conversationHeaders;
    @UriParam(label = "producer", defaultValue = "REPLACE", enums = "REPLACE,WAIT")
    private WhacenterPendingConversationAction pendingConversationAction = WhacenterPendingConversationAction.REPLACE;
    @UriParam(label = "producer")
    private String mediaPublicUrl;
    @UriParam(label = "producer", javaType = "java.lang.Object")
    private Object mediaPublisher;
    @UriParam(label = "producer", defaultValue = "900000", javaType = "java.time.Duration")
    private long mediaExpiry = 900_000;
    @UriParam(label = "producer", defaultValue = "1")
    private int mediaMaxFetches = 1;
    @UriParam(label = "producer", defaultValue = "16777216")
    private long mediaMaxFileSize = 16 * 1024 * 1024;

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long responseTimeout = 30_000;
    @UriParam(label = "advanced", defaultValue = "20")
    private int maxConnections = 20;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long connectionRequestTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "1048576")
    private int maxResponseSize = 1_048_576;
    @UriParam(label = "advanced", defaultValue = "2")
    private int ioThreadCount = 2;

    @UriParam(label = "proxy")
    private String proxyHost;
    @UriParam(label = "proxy")
    private Integer proxyPort;
    @UriParam(label = "proxy,security", secret = true)
    private String proxyAuthUsername;
    @UriParam(label = "proxy,security", secret = true)
    private String proxyAuthPassword;

    @UriParam(label = "security")
    private SSLContextParameters sslContextParameters;

    public String getDeviceId() {
        return deviceId;
    }

    /**
     * The id of the WhatsApp device registered at the gateway. It is a credential: whoever holds it sends as that
     * number. Prefer setting it on the component or through a property placeholder; the header CamelWhacenterDeviceId
     * overrides it per message.
     */
    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * The gateway's API base URL; point it at the simulator to develop offline.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getTimeZone() {
        return timeZone;
    }

    /**
     * The gateway's time zone: schedules are sent, and webhook timestamps read, as wall-clock times in this zone.
     */
    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getDefaultCountryCode() {
        return defaultCountryCode;
    }

    /**
     * The country calling code that replaces the leading 0 of numbers in local form (081234567890 becomes
     * 6281234567890).
     */
    public void setDefaultCountryCode(String defaultCountryCode) {
        this.defaultCountryCode = defaultCountryCode;
    }

    public WhacenterHttpMethod getHttpMethod() {
        return httpMethod;
    }

    /**
     * How send and relogDevice travel: POST with form fields, or GET with query parameters. The gateway accepts both
     * for these two; the other operations always use their documented method.
     */
    public void setHttpMethod(WhacenterHttpMethod httpMethod) {
        this.httpMethod = httpMethod;
    }

    public WhacenterFormEncoding getFormEncoding() {
        return formEncoding;
    }

    /**
     * How POST requests carry their fields: MULTIPART (multipart/form-data, as the gateway's own Postman collection
     * sends them) or URLENCODED (application/x-www-form-urlencoded, which the gateway reads too).
     */
    public void setFormEncoding(WhacenterFormEncoding formEncoding) {
        this.formEncoding = formEncoding;
    }

    public boolean isThrowExceptionOnFailure() {
        return throwExceptionOnFailure;
    }

    /**
     * Whether a gateway answer of status:false raises a WhacenterGatewayException. When false the exchange carries
     * the result with success=false instead.
     */
    public void setThrowExceptionOnFailure(boolean throwExceptionOnFailure) {
        this.throwExceptionOnFailure = throwExceptionOnFailure;
    }

    public String getNumber() {
        return number;
    }

    /**
     * The recipient's number, when every message of this endpoint goes to the same one. The header
     * CamelWhacenterNumber overrides it.
     */
    public void setNumber(String number) {
        this.number = number;
    }

    public String getGroup() {
        return group;
    }

    /**
     * The name of the group sendGroup sends to. The header CamelWhacenterGroup overrides it.
     */
    public void setGroup(String group) {
        this.group = group;
    }

    public String getFile() {
        return file;
    }

    /**
     * A public http(s) URL of an image or file that send attaches. The header CamelWhacenterFile overrides it.
     */
    public void setFile(String file) {
        this.file = file;
    }

    public String getWebhookUrl() {
        return webhookUrl;
    }

    /**
     * The URL setWebhook registers. The header CamelWhacenterWebhookUrl overrides it.
     */
    public void setWebhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl;
    }

    @Deprecated
    public String getButtons() {
        return buttons;
    }

    /**
     * The comma-separated buttons of sendButton (which the gateway no longer supports).
     *
     * @deprecated the gateway documents that sendButton no longer works
     */
    @Deprecated
    public void setButtons(String buttons) {
        this.buttons = buttons;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    /**
     * The path the webhook consumer listens on, on the platform-http server. A {token} segment (e.g.
     * /whacenter/webhook/{token}) carries the webhook token in the path instead of the query.
     */
    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getWebhookExternalUrl() {
        return webhookExternalUrl;
    }

    /**
     * The public URL the gateway reaches the webhook consumer at. When set, the consumer registers it with setWebhook
     * when it starts (adding the webhook token as a query parameter unless the path carries it), so deploying the
     * route is all it takes.
     */
    public void setWebhookExternalUrl(String webhookExternalUrl) {
        this.webhookExternalUrl = webhookExternalUrl;
    }

    public boolean isWebhookRestoreOnStop() {
        return webhookRestoreOnStop;
    }

    /**
     * Whether the consumer restores the webhook URL registered before it started, when it stops.
     */
    public void setWebhookRestoreOnStop(boolean webhookRestoreOnStop) {
        this.webhookRestoreOnStop = webhookRestoreOnStop;
    }

    public String getWebhookToken() {
        return webhookToken;
    }

    /**
     * A secret the gateway's requests must carry (the gateway signs nothing): as the query parameter or path segment
     * named by webhookTokenParameter. Requests without it, or with another, get 401 and never reach the route.
     */
    public void setWebhookToken(String webhookToken) {
        this.webhookToken = webhookToken;
    }

    public String getWebhookTokenParameter() {
        return webhookTokenParameter;
    }

    /**
     * The name of the query parameter, or of the {name} path segment, that carries the webhook token.
     */
    public void setWebhookTokenParameter(String webhookTokenParameter) {
        this.webhookTokenParameter = webhookTokenParameter;
    }

    public String getWebhookAcceptedSource() {
        return webhookAcceptedSource;
    }

    /**
     * Accept only bodies whose source field has this value (the gateway sends WHACENTER); others get 403.
     */
    public void setWebhookAcceptedSource(String webhookAcceptedSource) {
        this.webhookAcceptedSource = webhookAcceptedSource;
    }

    public int getWebhookMaxBodySize() {
        return webhookMaxBodySize;
    }

    /**
     * The largest webhook body accepted, in bytes; larger ones get 413.
     */
    public void setWebhookMaxBodySize(int webhookMaxBodySize) {
        this.webhookMaxBodySize = webhookMaxBodySize;
    }

    public long getWebhookBodyTimeout() {
        return webhookBodyTimeout;
    }

    /**
     * How long a webhook body may take to arrive whole after the request's head; a body not whole by then gets 408 and
     * its connection is closed. The gateway posts a few hundred bytes at once, so seconds are plenty. Applies where the
     * body is read without holding a thread for it: on Vert.x (Camel Main, Karaf) and with the Spring Boot starter.
     */
    public void setWebhookBodyTimeout(long webhookBodyTimeout) {
        this.webhookBodyTimeout = webhookBodyTimeout;
    }

    public int getWebhookMaxInflight() {
        return webhookMaxInflight;
    }

    /**
     * The most deliveries the webhook consumer holds at once: on Vert.x bodies arriving, bodies waiting for a worker
     * thread and deliveries in the route; on Spring Boot bodies arriving. More are answered 503 with Retry-After,
     * unread. It bounds the memory webhook bodies take (at most this many times webhookMaxBodySize); how many run in
     * the route at once is bounded by the engine's threads (Vert.x's worker pool, 20 unless a VertxOptions bean says
     * otherwise; Spring's task executor on Spring Boot).
     */
    public void setWebhookMaxInflight(int webhookMaxInflight) {
        this.webhookMaxInflight = webhookMaxInflight;
    }

    public boolean isFetchMedia() {
        return fetchMedia;
    }

    /**
     * Whether the webhook consumer fetches an incoming message's media before the route runs: its bytes in the
     * CamelWhacenterMediaData header, its type in CamelWhacenterMediaContentType and its name in CamelFileName. Only
     * from mediaAllowedHosts; a failed fetch is handled as mediaFetchFailure says.
     */
    public void setFetchMedia(boolean fetchMedia) {
        this.fetchMedia = fetchMedia;
    }

    public String getMediaAllowedHosts() {
        return mediaAllowedHosts;
    }

    /**
     * The hosts media is fetched from, comma-separated (*.example.com allows its subdomains); redirects are followed
     * within them only. The URL comes from the request, so any other host is refused before anything is connected to.
     */
    public void setMediaAllowedHosts(String mediaAllowedHosts) {
        this.mediaAllowedHosts = mediaAllowedHosts;
    }

    public boolean isMediaAllowNonPublicAddresses() {
        return mediaAllowNonPublicAddresses;
    }

    /**
     * Whether an allowed host may resolve to a loopback, private, link-local or other non-public address. Off, such a
     * host is refused after its one lookup and before any connection, so a name that points inside cannot be used to
     * reach this network.
     */
    public void setMediaAllowNonPublicAddresses(boolean mediaAllowNonPublicAddresses) {
        this.mediaAllowNonPublicAddresses = mediaAllowNonPublicAddresses;
    }

    public int getMediaMaxFetchSize() {
        return mediaMaxFetchSize;
    }

    /** The largest media fetched, in bytes; a larger one is refused from its declared length or once it grows over. */
    public void setMediaMaxFetchSize(int mediaMaxFetchSize) {
        this.mediaMaxFetchSize = mediaMaxFetchSize;
    }

    public long getMediaFetchTimeout() {
        return mediaFetchTimeout;
    }

    /** How long fetching one message's media may take, redirects included. */
    public void setMediaFetchTimeout(long mediaFetchTimeout) {
        this.mediaFetchTimeout = mediaFetchTimeout;
    }

    public WhacenterMediaFetchFailure getMediaFetchFailure() {
        return mediaFetchFailure;
    }

    /**
     * What a failed media fetch does: FAIL fails the delivery (answered 500, so that the gateway delivers it again and a
     * later fetch may succeed); FLAG runs the route without the media and says why in CamelWhacenterMediaFetchError.
     */
    public void setMediaFetchFailure(WhacenterMediaFetchFailure mediaFetchFailure) {
        this.mediaFetchFailure = mediaFetchFailure;
    }

    public boolean isSkipDuplicates() {
        return skipDuplicates;
    }

    /**
     * Whether the webhook consumer suppresses repeated deliveries of the same message. The gateway sends no message
     * id, so a message is recognised by its device, sender, timestamp, text and media.
     */
    public void setSkipDuplicates(boolean skipDuplicates) {
        this.skipDuplicates = skipDuplicates;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    /**
     * Where skipDuplicates remembers the messages seen: in memory by default; a shared repository (JDBC, Infinispan,
     * ...) lets several nodes deduplicate together.
     */
    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public boolean isEmitEveryPoll() {
        return emitEveryPoll;
    }

    /**
     * Whether the deviceStatus consumer emits an exchange on every poll, not only when the device's state changes.
     */
    public void setEmitEveryPoll(boolean emitEveryPoll) {
        this.emitEveryPoll = emitEveryPoll;
    }

    public long getReplyTimeout() {
        return replyTimeout;
    }

    /**
     * How long whacenter:ask waits for the contact's reply, from when the question is sent; then the exchange fails
     * with a WhacenterNoReplyException (TIMED_OUT). With expectReply: how long the conversation waits for the reply
     * before whacenter:conversations emits it as TIMED_OUT.
     */
    public void setReplyTimeout(long replyTimeout) {
        this.replyTimeout = replyTimeout;
    }

    public boolean isExpectReply() {
        return expectReply;
    }

    /**
     * Whether a send expects the contact's reply: a conversation is recorded for the device and contact in the
     * component's conversationRepository, named by the header CamelWhacenterConversation (by default the id of the route
     * that sent it). The contact's next message reaches the webhook's route with the conversation's name, the id of the
     * message it answers and the kept headers; with no reply within replyTimeout, whacenter:conversations emits it as
     * TIMED_OUT. The header CamelWhacenterConversation alone does the same.
     */
    public void setExpectReply(boolean expectReply) {
        this.expectReply = expectReply;
    }

    public WhacenterPendingConversationAction getPendingConversationAction() {
        return pendingConversationAction;
    }

    /**
     * What a send that expects a reply does while the contact's earlier conversation still waits for its reply: REPLACE
     * sends now, and whacenter:conversations emits the earlier one as REPLACED; WAIT holds the send in this JVM (no
     * thread, within the component's maxPendingReplies) until the earlier one is answered or ended, checked every
     * second, then sends it; questions to one contact go in order. Across nodes each holds its own waiting sends.
     */
    public void setPendingConversationAction(WhacenterPendingConversationAction pendingConversationAction) {
        this.pendingConversationAction = pendingConversationAction;
    }

    public String getConversationHeaders() {
        return conversationHeaders;
    }

    /**
     * The headers a send that expects a reply keeps with its conversation, as text, and that the reply (or the ended
     * conversation) brings back: names or patterns, comma separated, as Camel matches them (Order*, ^order\\..*).
     */
    public void setConversationHeaders(String conversationHeaders) {
        this.conversationHeaders = conversationHeaders;
    }

    public String getMediaPublicUrl() {
        return mediaPublicUrl;
    }

    /**
     * The base URL at which the gateway reaches this application's HTTP server, e.g. https://app.example.com: a file a
     * route sends as bytes is published at this URL, mediaPath and a random token, served by the platform-http server
     * the webhook uses, and its URL sent as the message's file. Set, the endpoint serves files from its start, and fails
     * to start when there is no platform-http server; unset, sending bytes needs mediaPublisher.
     */
    public void setMediaPublicUrl(String mediaPublicUrl) {
        this.mediaPublicUrl = mediaPublicUrl;
    }

    public Object getMediaPublisher() {
        return mediaPublisher;
    }

    /**
     * Publishes files sent as bytes instead of the component's own server: a WhacenterMediaPublisher bean
     * (#bean:name), or the URI of an endpoint, such as direct:publish, whose route stores the bytes (the body, with
     * CamelFileName and Content-Type) where the gateway can fetch them, e.g. in object storage, and answers the URL as
     * its body. For a cluster, where the node that published a file may not be the one the gateway reaches.
     */
    public void setMediaPublisher(Object mediaPublisher) {
        this.mediaPublisher = mediaPublisher;
    }

    public long getMediaExpiry() {
        return mediaExpiry;
    }

    /**
     * How long a file published by the component's own server is served, from when the send published it: a send that
     * waits longer for its turn (a rate limit, a quota, quiet hours) needs a longer expiry. The bytes are released then
     * at the latest.
     */
    public void setMediaExpiry(long mediaExpiry) {
        this.mediaExpiry = mediaExpiry;
    }

    public int getMediaMaxFetches() {
        return mediaMaxFetches;
    }

    /**
     * How many times a published file is served (GET; HEAD does not count) before it is released: the gateway fetches
     * it once per send.
     */
    public void setMediaMaxFetches(int mediaMaxFetches) {
        this.mediaMaxFetches = mediaMaxFetches;
    }

    public long getMediaMaxFileSize() {
        return mediaMaxFileSize;
    }

    /** The largest file a route may send as bytes; a larger one fails the send, and nothing is sent. */
    public void setMediaMaxFileSize(long mediaMaxFileSize) {
        this.mediaMaxFileSize = mediaMaxFileSize;
    }

    public int getSendRateLimit() {
        return sendRateLimit;
    }

    /**
     * The most messages one device sends per sendRatePeriod (send, sendGroup, sendButton); 0 for no limit. WhatsApp
     * bans numbers that send too fast. Set on the component, it is the device's policy: every message send of that
     * device id, from any endpoint or route of the component, waits its turn, without holding a thread, and leaves in
     * order. Set on an endpoint it can only slow that endpoint's sends further, never speed them up. The limit holds
     * within one JVM.
     */
    public void setSendRateLimit(int sendRateLimit) {
        this.sendRateLimit = sendRateLimit;
    }

    public long getSendRatePeriod() {
        return sendRatePeriod;
    }

    /**
     * The period of sendRateLimit, in milliseconds.
     */
    public void setSendRatePeriod(long sendRatePeriod) {
        this.sendRatePeriod = sendRatePeriod;
    }

    public long getMinSendInterval() {
        return minSendInterval;
    }

    /**
     * The least time between two sends of one device going on the wire, in milliseconds (peer gateways keep about 5
     * seconds between recipients); 0 for none. Combined with sendRateLimit, the longer gap wins. Like sendRateLimit, it
     * is the device's policy when set on the component, and only tightens it when set on an endpoint.
     */
    public void setMinSendInterval(long minSendInterval) {
        this.minSendInterval = minSendInterval;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * How long to wait for a connection to the gateway, in milliseconds.
     */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    /**
     * How long to wait for the gateway's answer once the request is sent, in milliseconds.
     */
    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    /**
     * The most keep-alive connections held open to the gateway; requests beyond wait for a free one.
     */
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public long getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    /**
     * How long a request waits for a free connection when all maxConnections are busy, in milliseconds, before it
     * fails with WhacenterTimeoutException, unsent. HttpClient's own default is 3 minutes, during which
     * connectTimeout and responseTimeout have not even started.
     */
    public void setConnectionRequestTimeout(long connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public int getMaxResponseSize() {
        return maxResponseSize;
    }

    /**
     * The largest gateway answer read, in bytes, on the wire and once inflated; a larger one fails the exchange with
     * WhacenterResponseException before it fills the heap. Real answers are a few hundred bytes, a QR image a few
     * kilobytes.
     */
    public void setMaxResponseSize(int maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public int getIoThreadCount() {
        return ioThreadCount;
    }

    /**
     * The I/O threads of a connection pool, which every endpoint with the same connection settings shares. They only
     * move bytes (exchanges continue on the component's worker pool): a couple serve thousands of sends a second.
     */
    public void setIoThreadCount(int ioThreadCount) {
        this.ioThreadCount = ioThreadCount;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    /**
     * The HTTP proxy host to reach the gateway through.
     */
    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    /**
     * The HTTP proxy port.
     */
    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    /**
     * The user name for proxy authentication.
     */
    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    /**
     * The password for proxy authentication.
     */
    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /**
     * TLS settings (trust store, protocols) for HTTPS to the gateway, as for Camel's HTTP components.
     */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public WhacenterConfiguration copy() {
        try {
            return (WhacenterConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
