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
package io.github.camelwhacenter.webhook;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Consumer;
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
public final class WebhookHandler extends AsyncProcessorSupport {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);
    private static final JsonFactory JSON = new JsonFactory();

    private final Settings settings;
    private final ZoneId gatewayZone;
    private final AsyncProcessor route;
    private final Consumer consumer;
    private final IdempotentRepository duplicates;
    private final WebhookToken token;
    /** The most failed messages remembered for a repository that could not forget them. */
    public static final int UNPROCESSED_LIMIT = 10_000;

    /**
     * The messages this node is processing now, each claimed by one delivery: a repetition of one of them is not
     * acknowledged yet, and only the claiming delivery releases it.
     */
    private final ConcurrentHashMap<String, Object> inFlight = new ConcurrentHashMap<>();
    /** Failed messages the repository could not forget: it lists them, but no route processed them. */
    private final Set<String> unprocessed = ConcurrentHashMap.newKeySet();
    private final WebhookActivity activity = new WebhookActivity();

    /**
     * The endpoint's settings a handler works with.
     *
     * @param token          the webhook token a post must carry; null when none is asked
     * @param tokenParameter the query parameter, or path template variable, that carries it
     * @param servedPath     the path template the HTTP engine serves, or null when camel-webhook serves its own
     * @param maxBodySize    the largest body accepted, in bytes
     * @param acceptedSource the only source accepted, or null for any
     * @param gatewayZone    the gateway's time zone, which incoming timestamps are in
     */
    public record Settings(String token, String tokenParameter, String servedPath, int maxBodySize,
                           String acceptedSource, ZoneId gatewayZone) {
    }

    /**
     * @param consumer the consumer whose exchanges the route gets, or null to pass the HTTP exchange itself on (as
     *                 camel-webhook does)
     */
    public WebhookHandler(Settings settings, AsyncProcessor route, Consumer consumer, IdempotentRepository duplicates) {
        this.settings = settings;
        this.gatewayZone = settings.gatewayZone();
        this.route = route;
        this.consumer = consumer;
        this.duplicates = duplicates;
        this.token = new WebhookToken(settings.token(), settings.tokenParameter(), settings.servedPath());
    }

    /** What this handler received since it was made. */
    public WebhookActivity activity() {
        return activity;
    }

    /**
     * What a request is refused for from its head alone, before its body is read: a method other than POST (405), or a
     * missing or wrong token (401).
     *
     * @param  method the request's method, or null when the engine passes only POSTs
     * @param  uri    the request's URI or path, where a token in the path is found
     * @param  query  the request's raw query, where a token in the query is found
     * @return        the refusal, or null when the body is to be read
     */
    public WebhookRefusal refusalBeforeBody(String method, String uri, String query) {
        if (method != null && !"POST".equalsIgnoreCase(method)) {
            return new WebhookRefusal(405, "only POST is accepted");
        }
        if (!token.accepts(uri, query)) {
            return new WebhookRefusal(401, "missing or wrong webhook token");
        }
        return null;
    }

    @Override
    public boolean process(Exchange http, AsyncCallback callback) {
        Message request = http.getMessage();
        String uri = request.getHeader(Exchange.HTTP_URI, String.class);
        WebhookRefusal beforeBody = refusalBeforeBody(request.getHeader(Exchange.HTTP_METHOD, String.class),
                uri != null ? uri : request.getHeader(Exchange.HTTP_PATH, String.class),
                request.getHeader(Exchange.HTTP_QUERY, String.class));
        if (beforeBody != null) {
            return refuse(http, callback, beforeBody);
        }
        Read read = read(request);
        if (read.refusal() != null) {
            return refuse(http, callback, read.refusal());
        }
        WhacenterIncomingMessage incoming = read.incoming();
        String key = duplicates == null ? null : IncomingMessages.deduplicationKey(incoming);
        if (key == null) {
            return deliver(http, callback, incoming, null, null);
        }
        Object claim = new Object();
        return switch (claim(key, claim, incoming)) {
            case IN_FLIGHT -> retryLater(http, callback, "the same message is being processed; retry later");
            case NOT_RECORDED -> retryLater(http, callback, "the message could not be recorded; retry later");
            case DUPLICATE -> {
                activity.duplicate();
                reply(http, 200, "duplicate ignored");
                yield done(callback);
            }
            case FIRST -> deliver(http, callback, incoming, key, claim);
        };
    }

    /** The incoming message a body holds, or why it is refused. */
    private record Read(WhacenterIncomingMessage incoming, WebhookRefusal refusal) {
        static Read refused(int status, String why) {
            return new Read(null, new WebhookRefusal(status, why));
        }
    }

    /**
     * Reads the body, JSON or a form (as the engine decoded it or raw), without the webhook token: over the size bound
     * (413), malformed (400) or from a source not accepted (403) it is refused.
     */
    private Read read(Message request) {
        Object decoded = request.getBody();
        String contentType = request.getHeader(Exchange.CONTENT_TYPE, String.class);
        byte[] body = decoded instanceof Map ? null : request.getBody(byte[].class);
        if (body == null) {
            body = new byte[0];
        }
        Map<String, Object> form = decoded instanceof Map<?, ?> fields ? formFields(fields)
                : IncomingMessages.isForm(contentType) ? IncomingMessages.formFields(new String(body, StandardCharsets.UTF_8))
                : null;
        // the token is the webhook's credential, never the route's data
        boolean withheld = form != null && token.isRequired() && form.remove(token.parameter()) != null;
        if (decoded instanceof Map || withheld) {
            body = formText(form);
        }
        if (body.length > settings.maxBodySize()) {
            return Read.refused(413, "the body is over " + settings.maxBodySize() + " bytes");
        }
        WhacenterIncomingMessage incoming;
        try {
            incoming = form != null
                    ? IncomingMessages.parse(form, new String(body, StandardCharsets.UTF_8), gatewayZone)
                    : IncomingMessages.parse(body, contentType, gatewayZone);
        } catch (IllegalArgumentException e) {
            return Read.refused(400, "malformed webhook body: " + e.getMessage());
        }
        if (settings.acceptedSource() != null && !settings.acceptedSource().equalsIgnoreCase(incoming.getSource())) {
            return Read.refused(403, "the source '" + incoming.getSource() + "' is not accepted");
        }
        return new Read(incoming, null);
    }

    /** What the idempotent repository says of a delivery. */
    private enum Claim { FIRST, DUPLICATE, IN_FLIGHT, NOT_RECORDED }

    /**
     * Claims the message for this delivery, first here, then in the idempotent repository; only a FIRST claim is held
     * (in flight) when this returns.
     */
    private Claim claim(String key, Object claim, WhacenterIncomingMessage incoming) {
        // claimed before the repository is asked, so that no repetition here can see the message as done while a
        // delivery of it is still in a route
        if (inFlight.putIfAbsent(key, claim) != null) {
            return Claim.IN_FLIGHT;
        }
        boolean first;
        try {
            forgetUnprocessed(key);
            first = duplicates.add(key);
        } catch (RuntimeException e) {
            inFlight.remove(key, claim);
            // the repository is unusable (a database gone away), or another node recorded the same message a moment
            // earlier (a duplicate key in a shared table)
            LOG.warn("The idempotent repository failed to record a delivery from {}: {}", incoming.getFrom(), e.getMessage());
            return Claim.NOT_RECORDED;
        }
        if (!first) {
            inFlight.remove(key, claim);
            LOG.debug("Skipping a duplicate delivery from {} at {}", incoming.getFrom(), incoming.getTimestamp());
            return Claim.DUPLICATE;
        }
        return Claim.FIRST;
    }

    /**
     * Runs the route with the message; its outcome becomes the answer: 2xx only when it succeeded, so that the
     * gateway's retry loses nothing.
     *
     * @param key   the message's key in the idempotent repository; null without one
     * @param claim this delivery's claim of the key, released when the route is done
     */
    private boolean deliver(Exchange http, AsyncCallback callback, WhacenterIncomingMessage incoming, String key,
                            Object claim) {
        Exchange routed = consumer == null ? http : consumer.createExchange(false);
        populate(routed, incoming);
        return route.process(routed, doneSync -> {
            try {
                Exception failure = routed.getException();
                boolean forgotten = key == null || settle(key, failure);
                if (routed != http) {
                    consumer.releaseExchange(routed, false);
                }
                answerOutcome(http, failure, forgotten);
            } finally {
                if (key != null) {
                    inFlight.remove(key, claim);
                }
                callback.done(doneSync);
            }
        });
    }

    /** The answer to the route's outcome: 200, 500, or 503 when a failed message could not be forgotten. */
    private void answerOutcome(Exchange http, Exception failure, boolean forgotten) {
        if (failure == null) {
            activity.delivered();
            reply(http, 200, "received");
            return;
        }
        activity.failed();
        http.setException(null);
        if (forgotten) {
            reply(http, 500, "the route failed to process the message");
        } else {
            replyRetryLater(http, "the route failed to process the message and the idempotent repository is unusable; "
                                  + "retry later");
        }
    }

    /**
     * Records the route's outcome in the repository: confirmed when it succeeded, forgotten when it failed so that a
     * retried delivery is processed.
     *
     * @return false when a failed message could not be forgotten: it is then kept here to forget before its next
     *         delivery, since the repository would otherwise take that delivery for a duplicate
     */
    private boolean settle(String key, Exception failure) {
        try {
            if (failure != null) {
                duplicates.remove(key);
            } else {
                duplicates.confirm(key);
            }
            return true;
        } catch (RuntimeException e) {
            if (failure == null) {
                // processed: acknowledging it is right, and the repository already lists it
                LOG.warn("The idempotent repository failed to confirm a processed message: {}", e.getMessage());
                return true;
            }
            LOG.warn("The idempotent repository failed to forget a message the route failed: {}", e.getMessage());
            if (unprocessed.size() < UNPROCESSED_LIMIT) {
                unprocessed.add(key);
            } else {
                LOG.error("{} failed messages could not be forgotten by the idempotent repository: a retry of this one "
                          + "may be taken for a duplicate", UNPROCESSED_LIMIT);
            }
            return false;
        }
    }

    /**
     * Forgets, before the repository is asked about this message, the failed messages it could not forget earlier:
     * this one first, then a few others, so that they are processed once the repository works again.
     *
     * @throws RuntimeException when the repository still fails
     */
    private void forgetUnprocessed(String key) {
        if (unprocessed.isEmpty()) {
            return;
        }
        if (unprocessed.contains(key)) {
            duplicates.remove(key);
            unprocessed.remove(key);
        }
        int budget = 16;
        for (String other : unprocessed) {
            if (budget-- == 0) {
                break;
            }
            // only a message no delivery holds now: removing a claimed one could let a repetition pass as new
            Object claim = new Object();
            if (inFlight.putIfAbsent(other, claim) == null) {
                try {
                    duplicates.remove(other);
                    unprocessed.remove(other);
                } finally {
                    inFlight.remove(other, claim);
                }
            }
        }
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
    private static byte[] formText(Map<String, Object> form) {
        List<NameValuePair> pairs = new ArrayList<>();
        form.forEach((name, value) -> pairs.add(new BasicNameValuePair(name, String.valueOf(value))));
        return WWWFormCodec.format(pairs, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
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
        response.setBody(answer(status < 300, text));
    }

    private boolean refuse(Exchange http, AsyncCallback callback, WebhookRefusal refusal) {
        activity.refused();
        reply(http, refusal.status(), refusal.reason());
        refusal.headers().forEach(http.getMessage()::setHeader);
        return done(callback);
    }

    /** The answer's JSON, written by Jackson: the text may echo what the sender sent. */
    static String answer(boolean status, String text) {
        StringWriter json = new StringWriter(64 + text.length());
        try (JsonGenerator generator = JSON.createGenerator(json)) {
            generator.writeStartObject();
            generator.writeBooleanField("status", status);
            generator.writeStringField("message", text);
            generator.writeEndObject();
        } catch (IOException e) {
            // a StringWriter does not fail
            throw new UncheckedIOException(e);
        }
        return json.toString();
    }

    private static boolean retryLater(Exchange http, AsyncCallback callback, String text) {
        replyRetryLater(http, text);
        return done(callback);
    }

    private static void replyRetryLater(Exchange http, String text) {
        WebhookRefusal retry = new WebhookRefusal(503, text);
        reply(http, retry.status(), retry.reason());
        retry.headers().forEach(http.getMessage()::setHeader);
    }

    private static boolean done(AsyncCallback callback) {
        callback.done(true);
        return true;
    }
}
