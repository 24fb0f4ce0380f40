package io.github.camelwhacenter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelwhacenter.internal.IncomingMessages;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.net.WWWFormCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one HTTP POST from the gateway into one exchange of the route, and the route's outcome into the HTTP answer:
 * 2xx only when the route succeeded, so a sender that retries on failure loses nothing.
 */
final class WebhookHandler extends AsyncProcessorSupport {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);

    private final WhacenterConfiguration configuration;
    private final ZoneId gatewayZone;
    private final AsyncProcessor route;
    private final WhacenterWebhookConsumer consumer;
    private final IdempotentRepository duplicates;
    private final byte[] token;
    /** Messages this node is processing now: a repetition of one of them is not acknowledged yet. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    /**
     * @param consumer the consumer whose exchanges the route gets, or null to pass the HTTP exchange itself on (as
     *                 camel-webhook does)
     */
    WebhookHandler(WhacenterConfiguration configuration, ZoneId gatewayZone, AsyncProcessor route,
                   WhacenterWebhookConsumer consumer, IdempotentRepository duplicates) {
        this.configuration = configuration;
        this.gatewayZone = gatewayZone;
        this.route = route;
        this.consumer = consumer;
        this.duplicates = duplicates;
        this.token = configuration.getWebhookToken() == null
                ? null : configuration.getWebhookToken().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean process(Exchange http, AsyncCallback callback) {
        Message request = http.getMessage();
        String method = request.getHeader(Exchange.HTTP_METHOD, String.class);
        if (method != null && !"POST".equalsIgnoreCase(method)) {
            reply(http, 405, "only POST is accepted");
            http.getMessage().setHeader("Allow", "POST");
            return done(callback);
        }
        if (token != null && !tokenMatches(request.getHeader(configuration.getWebhookTokenParameter(), String.class))) {
            reply(http, 401, "missing or wrong webhook token");
            return done(callback);
        }
        Object decoded = request.getBody();
        byte[] body = decoded instanceof Map ? formText((Map<?, ?>) decoded) : request.getBody(byte[].class);
        if (body == null) {
            body = new byte[0];
        }
        if (body.length > configuration.getWebhookMaxBodySize()) {
            reply(http, 413, "the body is over " + configuration.getWebhookMaxBodySize() + " bytes");
            return done(callback);
        }
        WhacenterIncomingMessage incoming;
        try {
            incoming = decoded instanceof Map<?, ?> form
                    ? IncomingMessages.parse(formFields(form), new String(body, StandardCharsets.UTF_8), gatewayZone)
                    : IncomingMessages.parse(body, request.getHeader(Exchange.CONTENT_TYPE, String.class), gatewayZone);
        } catch (IllegalArgumentException e) {
            reply(http, 400, "malformed webhook body: " + e.getMessage());
            return done(callback);
        }
        if (configuration.getWebhookAcceptedSource() != null
                && !configuration.getWebhookAcceptedSource().equalsIgnoreCase(incoming.getSource())) {
            reply(http, 403, "the source '" + incoming.getSource() + "' is not accepted");
            return done(callback);
        }
        String key = duplicates == null ? null : IncomingMessages.deduplicationKey(incoming);
        if (key != null) {
            boolean first;
            try {
                first = duplicates.add(key);
            } catch (RuntimeException e) {
                // e.g. another node recorded the same message a moment earlier (a duplicate key in a shared table)
                LOG.warn("The idempotent repository failed to record a delivery from {}: {}", incoming.getFrom(), e.getMessage());
                return retryLater(http, callback, "the message could not be recorded; retry later");
            }
            if (!first) {
                if (inFlight.contains(key)) {
                    // the first delivery may still fail: acknowledging the repetition now could lose the message
                    return retryLater(http, callback, "the same message is being processed; retry later");
                }
                LOG.debug("Skipping a duplicate delivery from {} at {}", incoming.getFrom(), incoming.getTimestamp());
                reply(http, 200, "duplicate ignored");
                return done(callback);
            }
            inFlight.add(key);
        }
        Exchange routed = consumer == null ? http : consumer.createExchange(false);
        populate(routed, incoming);
        return route.process(routed, doneSync -> {
            Exception failure = routed.getException();
            if (failure != null && key != null) {
                // forget the message so that a retried delivery is processed
                duplicates.remove(key);
            }
            if (key != null) {
                inFlight.remove(key);
            }
            if (routed != http) {
                consumer.releaseExchange(routed, false);
            }
            if (failure != null) {
                http.setException(null);
                reply(http, 500, "the route failed to process the message");
            } else {
                if (key != null) {
                    duplicates.confirm(key);
                }
                reply(http, 200, "received");
            }
            callback.done(doneSync);
        });
    }

    /** Form fields as an HTTP engine decoded them (e.g. platform-http on Vert.x), with repeated names joined. */
    private static Map<String, Object> formFields(Map<?, ?> form) {
        Map<String, Object> fields = new LinkedHashMap<>();
        form.forEach((name, value) -> fields.put(String.valueOf(name),
                value instanceof Iterable<?> values ? String.join(",", toStrings(values)) : value));
        return fields;
    }

    private static List<String> toStrings(Iterable<?> values) {
        List<String> strings = new ArrayList<>();
        values.forEach(value -> strings.add(String.valueOf(value)));
        return strings;
    }

    /** The form as urlencoded text again, to measure it against the size limit and keep it as the raw body. */
    private static byte[] formText(Map<?, ?> form) {
        List<NameValuePair> pairs = new ArrayList<>();
        formFields(form).forEach((name, value) -> pairs.add(new BasicNameValuePair(name, String.valueOf(value))));
        return WWWFormCodec.format(pairs, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    }

    private boolean tokenMatches(String given) {
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    private static void populate(Exchange exchange, WhacenterIncomingMessage incoming) {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setBody(incoming);
        message.setHeader(WhacenterConstants.FROM, incoming.getFrom());
        message.setHeader(WhacenterConstants.NUMBER, incoming.getFrom());
        message.setHeader(WhacenterConstants.TO, incoming.getTo());
        message.setHeader(WhacenterConstants.MESSAGE_TYPE, incoming.getMessageType());
        message.setHeader(WhacenterConstants.MEDIA, incoming.getMedia());
        message.setHeader(WhacenterConstants.GROUP_ID, incoming.getGroupId());
        message.setHeader(WhacenterConstants.TIMESTAMP, incoming.getTimestamp());
    }

    private static void reply(Exchange http, int status, String text) {
        Message response = http.getMessage();
        response.removeHeaders("*");
        response.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        response.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
        response.setBody("{\"status\":" + (status < 300) + ",\"message\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"")
                         + "\"}");
    }

    private static boolean retryLater(Exchange http, AsyncCallback callback, String text) {
        reply(http, 503, text);
        http.getMessage().setHeader("Retry-After", "5");
        return done(callback);
    }

    private static boolean done(AsyncCallback callback) {
        callback.done(true);
        return true;
    }
}
