package io.github.camelwhacenter.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.net.URIBuilder;
import org.apache.hc.core5.net.WWWFormCodec;

/**
 * Builds the HTTP request of one gateway call from its fields, as form data or query parameters.
 */
public final class GatewayRequests {

    private GatewayRequests() {
    }

    /**
     * @param post   true for a form-encoded POST body, false for GET query parameters
     * @param fields the gateway's field names and values, in wire order
     */
    public static SimpleHttpRequest build(String baseUrl, String path, boolean post, Map<String, String> fields) {
        List<NameValuePair> pairs = fields.entrySet().stream()
                .map(e -> (NameValuePair) new BasicNameValuePair(e.getKey(), e.getValue()))
                .toList();
        URI target = URI.create(stripTrailingSlash(baseUrl) + "/" + path);
        SimpleRequestBuilder builder;
        if (post) {
            builder = SimpleRequestBuilder.post(target)
                    .setBody(WWWFormCodec.format(pairs, StandardCharsets.UTF_8), ContentType.APPLICATION_FORM_URLENCODED);
        } else {
            try {
                builder = SimpleRequestBuilder.get(new URIBuilder(target, StandardCharsets.UTF_8).addParameters(pairs).build());
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getMessage(), e);
            }
        }
        return builder.setHeader(HttpHeaders.ACCEPT, "application/json, text/html;q=0.9, image/png;q=0.8, */*;q=0.1")
                .setHeader(HttpHeaders.ACCEPT_ENCODING, "gzip")
                .build();
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
