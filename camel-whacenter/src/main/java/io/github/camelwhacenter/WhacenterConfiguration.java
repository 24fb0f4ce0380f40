package io.github.camelwhacenter;

import org.apache.camel.RuntimeCamelException;
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
    private String buttons;

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long responseTimeout = 30_000;
    @UriParam(label = "advanced", defaultValue = "20")
    private int maxConnections = 20;

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

    public String getButtons() {
        return buttons;
    }

    /**
     * The comma-separated buttons of sendButton (which the gateway no longer supports).
     */
    public void setButtons(String buttons) {
        this.buttons = buttons;
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
