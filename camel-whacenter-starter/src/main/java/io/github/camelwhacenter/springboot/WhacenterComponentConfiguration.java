package io.github.camelwhacenter.springboot;

import io.github.camelwhacenter.WhacenterConfiguration;
import io.github.camelwhacenter.WhacenterHttpMethod;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Send WhatsApp messages, files, group and scheduled messages, and manage
 * devices, through the Whacenter gateway.
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
     * The comma-separated buttons of sendButton (which the gateway no longer
     * supports).
     */
    private String buttons;
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
     * The recipient's number, when every message of this endpoint goes to the
     * same one. The header CamelWhacenterNumber overrides it.
     */
    private String number;
    /**
     * Whether a gateway answer of status:false raises a
     * WhacenterGatewayException. When false the exchange carries the result
     * with success=false instead.
     */
    private Boolean throwExceptionOnFailure = true;
    /**
     * The gateway's time zone: schedules are sent, and webhook timestamps read,
     * as wall-clock times in this zone.
     */
    private String timeZone = "Asia/Jakarta";
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
     * The most keep-alive connections held open to the gateway; requests beyond
     * wait for a free one.
     */
    private Integer maxConnections = 20;
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

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getButtons() {
        return buttons;
    }

    public void setButtons(String buttons) {
        this.buttons = buttons;
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

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
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

    public void setSslContextParameters(
            SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(
            Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
