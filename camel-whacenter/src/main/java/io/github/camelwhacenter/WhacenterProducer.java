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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

import io.github.camelwhacenter.conversation.Conversations;
import io.github.camelwhacenter.conversation.PendingReplies;
import io.github.camelwhacenter.conversation.WaitingQuestions;
import io.github.camelwhacenter.gateway.GatewayAnswer;
import io.github.camelwhacenter.gateway.GatewayRequest;
import io.github.camelwhacenter.gateway.PendingCalls;
import io.github.camelwhacenter.media.MediaFetcher;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import io.github.camelwhacenter.model.WhacenterMessageSent;
import io.github.camelwhacenter.model.WhacenterRequest;
import io.github.camelwhacenter.model.WhacenterResult;
import io.github.camelwhacenter.support.Secrets;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Performs one gateway operation per exchange, asynchronously, through the component's gateway service: the exchange
 * continues on a worker thread when the gateway answers. When the producer stops, every exchange it still has pending
 * completes: queued sends fail with {@link WhacenterNotSentException}, requests in flight with
 * {@link WhacenterConnectionException}.
 */
public class WhacenterProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(WhacenterProducer.class);
    private static final String PNG = "image/png";
    private static final long MAX_RETRY_AFTER_MILLIS = 3_600_000;

    private final WhacenterEndpoint endpoint;
    private final WhacenterConfiguration configuration;
    private final PendingCalls pending = new PendingCalls();
    private volatile MediaPublishing publishing;
    private MediaFetcher mediaFetcher;
    private final Set<AskExchange> asks = ConcurrentHashMap.newKeySet();
    private final Set<WaitingSend> waitingSends = ConcurrentHashMap.newKeySet();

    public WhacenterProducer(WhacenterEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        WhacenterOperation operation;
        String deviceId;
        GatewayRequest request;
        String publishedUrl = null;
        ExpectedReply expected = null;
        try {
            operation = operationOf(exchange.getMessage());
            if (operation == WhacenterOperation.fetchMedia) {
                return fetchMedia(exchange, callback);
            }
            deviceId = deviceIdOf(operation, exchange.getMessage());
            if (operation.isMessageSend() && operation != WhacenterOperation.send && MediaBodies.isFile(exchange.getMessage())) {
                // it would reach the group as its bytes read as text
                throw new WhacenterValidationException(operation.name(), "message", "the body is a file, and "
                        + operation + " sends text only: send a file to a number with send");
            }
            WhacenterMediaFile file = operation == WhacenterOperation.send ? MediaBodies.fileOf(exchange.getMessage()) : null;
            Map<String, String> fields = fieldsOf(operation, exchange.getMessage(), deviceId, file != null);
            if (file != null) {
                // the other fields are valid: only now is the file worth publishing
                publishedUrl = publishing.publish(operation.name(), file);
                fields.put(RequestField.FILE.wireName(), publishedUrl);
            }
            request = new GatewayRequest(operation, deviceId, fields);
            if (operation == WhacenterOperation.send && ExpectedReply.isExpected(exchange.getMessage(), configuration)) {
                Conversations conversations = endpoint.getComponent().getConversations();
                String number = fields.get(RequestField.NUMBER.wireName());
                if (configuration.getPendingConversationAction() == WhacenterPendingConversationAction.WAIT
                    && ExpectedReply.mustWait(conversations, deviceId, number)) {
                    return waitBehind(exchange, callback, request, publishedUrl);
                }
                expected = ExpectedReply.record(exchange, configuration, conversations, deviceId, number,
                        fields.get(RequestField.MESSAGE.wireName()));
            }
        } catch (Exception e) {
            if (publishedUrl != null) {
                publishing.sendFailed(publishedUrl);
            }
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        return dispatch(exchange, callback, request, publishedUrl, expected);
    }

    /** Sends the request, the question of an ask or of a send expecting a reply included. */
    private boolean dispatch(Exchange exchange, AsyncCallback callback, GatewayRequest request, String publishedUrl,
                             ExpectedReply expected) {
        WhacenterOperation operation = request.operation();
        String deviceId = request.deviceId();
        LOG.debug("Whacenter {} at {}", operation, configuration.getBaseUrl());
        AskExchange ask = null;
        AsyncCallback sendDone = callback;
        if (operation == WhacenterOperation.ask) {
            ask = waitForReply(exchange, callback, deviceId, request.fields().get(RequestField.NUMBER.wireName()));
            if (ask == null) {
                callback.done(true);
                return true;
            }
            sendDone = ask::sent;
        }
        if (expected != null) {
            ExpectedReply reply = expected;
            AsyncCallback completed = sendDone;
            sendDone = doneSync -> {
                try {
                    reply.settle(exchange);
                } finally {
                    completed.done(doneSync);
                }
            };
        }
        try {
            call(request, exchange, publishedUrl, sendDone);
        } catch (RuntimeException e) {
            // the request could not be made (its HTTP request could not be built): the callback has not run
            publishing.sendFailed(publishedUrl);
            if (expected != null) {
                expected.notSent();
            }
            if (ask != null) {
                ask.registration().cancel();
                asks.remove(ask);
            }
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        return false;
    }

    /**
     * Holds a send that expects a reply while the contact's earlier conversation waits for its own
     * (pendingConversationAction=WAIT): it goes, in its turn, once that one is answered or ended.
     *
     * @throws WhacenterNotSentException when maxPendingReplies questions wait already, or the component is stopping
     */
    private boolean waitBehind(Exchange exchange, AsyncCallback callback, GatewayRequest request, String publishedUrl) {
        WaitingQuestions waiting = endpoint.getComponent().getWaitingQuestions();
        String key = Conversations.key(request.deviceId(), request.fields().get(RequestField.NUMBER.wireName()));
        WaitingSend send = new WaitingSend(exchange, callback, request, publishedUrl, key);
        waitingSends.add(send);
        if (waiting == null || !waiting.add(key, send)) {
            waitingSends.remove(send);
            throw new WhacenterNotSentException("send", waiting == null ? "the component is stopped"
                    : "maxPendingReplies questions wait already (asks, and sends behind a contact's pending conversation)",
                    null);
        }
        return false;
    }

    /** A send waiting behind its contact's pending conversation. */
    private final class WaitingSend implements WaitingQuestions.Question {
        private final Exchange exchange;
        private final AsyncCallback callback;
        private final GatewayRequest request;
        private final String publishedUrl;
        private final String key;

        WaitingSend(Exchange exchange, AsyncCallback callback, GatewayRequest request, String publishedUrl, String key) {
            this.exchange = exchange;
            this.callback = callback;
            this.request = request;
            this.publishedUrl = publishedUrl;
            this.key = key;
        }

        @Override
        public void go(Runnable done) {
            waitingSends.remove(this);
            // the exchange went on asynchronously when it began to wait
            AsyncCallback later = doneSync -> callback.done(false);
            try {
                ExpectedReply expected;
                try {
                    expected = ExpectedReply.record(exchange, configuration, endpoint.getComponent().getConversations(),
                            request.deviceId(), request.fields().get(RequestField.NUMBER.wireName()),
                            request.fields().get(RequestField.MESSAGE.wireName()));
                } catch (RuntimeException e) {
                    fail(e);
                    return;
                }
                dispatch(exchange, later, request, publishedUrl, expected);
            } finally {
                done.run();
            }
        }

        @Override
        public void stopped() {
            waitingSends.remove(this);
            fail(new WhacenterNotSentException("send", "stopped while waiting behind the contact's pending conversation",
                    null));
        }

        private void fail(Exception e) {
            try {
                if (publishedUrl != null) {
                    publishing.sendFailed(publishedUrl);
                }
                exchange.setException(e);
            } finally {
                callback.done(false);
            }
        }
    }

    /**
     * Registers an ask before its question is sent, so that no reply is missed however fast it comes.
     *
     * @return null, the exchange failed, when maxPendingReplies asks wait already or the component is stopping
     */
    private AskExchange waitForReply(Exchange exchange, AsyncCallback callback, String deviceId, String number) {
        PendingReplies replies = endpoint.getComponent().getReplies();
        AskExchange ask = new AskExchange(exchange, callback, endpoint.getGatewayService()::continueOnWorker, asks::remove);
        PendingReplies.Registration registration = replies == null ? null
                : replies.register(deviceId, number, Duration.ofMillis(configuration.getReplyTimeout()), ask);
        if (registration == null) {
            exchange.setException(new WhacenterNoReplyException("FULL", "not sent: " + (replies == null
                    ? "the component is stopped" : "maxPendingReplies asks are waiting for a reply already")));
            return null;
        }
        ask.waitingAs(registration);
        asks.add(ask);
        return ask;
    }

    /** @param publishedUrl the URL of the file this send published, released again when the send fails; or null */
    private void call(GatewayRequest request, Exchange exchange, String publishedUrl, AsyncCallback callback) {
        WhacenterOperation operation = request.operation();
        String deviceId = request.deviceId();
        endpoint.getAdmission().call(request, endpoint.getGatewayChannel(), endpoint.getSendIntervalNanos(), pending,
                (response, failure) -> {
                    WhacenterResult result = null;
                    try {
                        if (failure != null) {
                            exchange.setException(failure);
                        } else {
                            result = onResponse(operation, deviceId, response, exchange);
                        }
                    } catch (WhacenterHttpException e) {
                        exchange.setException(e);
                        askForRedeliveryAfter(exchange, e.getRetryAfter());
                    } catch (Exception e) {
                        exchange.setException(e);
                    } catch (Error e) {
                        // never a success: the exchange fails with it, and the worker thread goes on
                        exchange.setException(new WhacenterResponseException(operation.name(),
                                "reading the gateway's answer failed with " + e, "(not read)", e));
                    } finally {
                        try {
                            if (publishedUrl != null && (exchange.getException() != null
                                                         || result != null && !result.isSuccess())) {
                                publishing.sendFailed(publishedUrl);
                            }
                        } finally {
                            try {
                                endpoint.getAdmission().answered(deviceId, operation, result, exchange.getException());
                            } finally {
                                callback.done(false);
                            }
                        }
                    }
                });
    }

    /** fetchMedia: the media's bytes become the body, fetched without a waiting thread, continued on a worker. */
    private boolean fetchMedia(Exchange exchange, AsyncCallback callback) {
        Message message = exchange.getMessage();
        String url = message.getHeader(WhacenterConstants.MEDIA, String.class);
        if (url == null || url.isBlank()) {
            Object body = message.getBody();
            url = body instanceof WhacenterIncomingMessage incoming ? incoming.getMedia()
                    : body instanceof CharSequence text ? text.toString() : null;
        }
        if (url == null || url.isBlank()) {
            exchange.setException(new WhacenterValidationException("fetchMedia", "media", "no media URL: set the header "
                    + WhacenterConstants.MEDIA + ", or the body to the WhacenterIncomingMessage a webhook route received "
                    + "(a message with media) or to the URL"));
            callback.done(true);
            return true;
        }
        mediaFetcher().fetch(url.strip()).whenComplete((media, failure) -> endpoint.getGatewayService().continueOnWorker(() -> {
            try {
                if (failure != null) {
                    exchange.setException(MediaFetching.asException("fetchMedia", failure));
                } else {
                    message.setBody(media.bytes());
                    message.setHeader(WhacenterConstants.MEDIA_CONTENT_TYPE, media.contentType());
                    message.setHeader(Exchange.CONTENT_TYPE, media.contentType());
                    message.setHeader(Exchange.FILE_NAME, media.fileName());
                }
            } finally {
                callback.done(false);
            }
        }));
        return false;
    }

    private synchronized MediaFetcher mediaFetcher() {
        if (mediaFetcher == null) {
            mediaFetcher = new MediaFetcher(MediaFetching.policy(configuration));
        }
        return mediaFetcher;
    }

    /**
     * Camel's error handler takes the header CamelRedeliveryDelay over its policy's delay: a redelivery then waits as
     * long as the gateway asked, at most an hour.
     */
    private static void askForRedeliveryAfter(Exchange exchange, Duration retryAfter) {
        if (retryAfter != null) {
            exchange.getMessage().setHeader(Exchange.REDELIVERY_DELAY, Math.min(retryAfter.toMillis(), MAX_RETRY_AFTER_MILLIS));
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        publishing = MediaPublishing.start(configuration, endpoint.getCamelContext(), endpoint.getComponent()::mediaServer);
    }

    @Override
    protected void doStop() throws Exception {
        try {
            // each exchange continues on this thread, while the stopping route's error handler still runs
            pending.failAllStopped(LOG, endpoint, "exchanges");
        } finally {
            // the asks whose question went out, waiting for their reply
            for (AskExchange ask : List.copyOf(asks)) {
                ask.registration().stop();
            }
            // the sends waiting behind a pending conversation: not sent
            WaitingQuestions waiting = endpoint.getComponent().getWaitingQuestions();
            for (WaitingSend send : List.copyOf(waitingSends)) {
                if (waiting == null || waiting.cancel(send.key, send)) {
                    send.stopped();
                }
            }
            try {
                if (publishing != null) {
                    publishing.close();
                }
                synchronized (this) {
                    if (mediaFetcher != null) {
                        mediaFetcher.close();
                        mediaFetcher = null;
                    }
                }
            } finally {
                super.doStop();
            }
        }
    }

    private WhacenterOperation operationOf(Message message) {
        Object header = message.getHeader(WhacenterConstants.OPERATION);
        WhacenterOperation operation;
        if (header == null) {
            operation = endpoint.getOperation();
        } else if (header instanceof WhacenterOperation typed) {
            operation = typed;
        } else {
            try {
                operation = WhacenterOperation.fromName(header.toString());
            } catch (IllegalArgumentException e) {
                throw new WhacenterValidationException(endpoint.getOperation().name(), "operation",
                        e.getMessage() + " in the header " + WhacenterConstants.OPERATION);
            }
        }
        if (!operation.isGatewayCall() && operation != WhacenterOperation.fetchMedia) {
            throw new WhacenterValidationException(operation.name(), "operation",
                    operation + " receives messages: use it as a route's source, from(\"whacenter:" + operation + "\")");
        }
        return operation;
    }

    private String deviceIdOf(WhacenterOperation operation, Message message) {
        String deviceId = message.getHeader(WhacenterConstants.DEVICE_ID, configuration.getDeviceId(), String.class);
        if (deviceId == null || deviceId.isBlank()) {
            throw new WhacenterValidationException(operation.name(), "deviceId",
                    "deviceId is missing: set the option deviceId on the component or the endpoint, or the header "
                                                                                  + WhacenterConstants.DEVICE_ID);
        }
        return deviceId.strip();
    }

    /** The request's wire fields, each from the typed body, else its header, else the endpoint option; checked. */
    private Map<String, String> fieldsOf(WhacenterOperation operation, Message message, String deviceId,
                                         boolean fileInBody) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("device_id", deviceId);
        WhacenterRequest request = message.getBody() instanceof WhacenterRequest typed ? typed : null;
        for (RequestField field : operation.optionalFields()) {
            Object value = valueOf(operation, field, message, request, fileInBody);
            if (field == RequestField.FILE && fileInBody) {
                if (!isBlank(value)) {
                    throw new WhacenterValidationException(operation.name(), field.wireName(), "both a file URL (set in "
                            + field.whereToSet() + ") and a file in the body: send one of them");
                }
                // the URL it is published at, once the other fields are known to be valid
                fields.put(field.wireName(), "");
                continue;
            }
            putIfPresent(fields, operation, field, value);
        }
        for (RequestField field : operation.requiredFields()) {
            Object value = valueOf(operation, field, message, request, fileInBody);
            if (isBlank(value)) {
                if (field == RequestField.MESSAGE
                        && operation.optionalFields().stream()
                                .anyMatch(other -> fields.containsKey(other.wireName())
                                        && operation.allowsEmptyMessageWith(other))) {
                    value = "";
                } else {
                    throw new WhacenterValidationException(operation.name(), field.wireName(), missing(operation, field));
                }
            }
            putIfPresent(fields, operation, field, value);
        }
        return fields;
    }

    private Object valueOf(WhacenterOperation operation, RequestField field, Message message, WhacenterRequest request,
                           boolean fileInBody) {
        Object value = field.fromRequest(request);
        if (isBlank(value) && field == RequestField.MESSAGE && request == null) {
            value = fileInBody ? message.getHeader(WhacenterConstants.CAPTION) : textOf(operation, message.getBody());
        }
        if (isBlank(value) && field.header() != null) {
            value = message.getHeader(field.header());
        }
        if (isBlank(value)) {
            value = field.fromConfiguration(configuration);
        }
        return value;
    }

    private void putIfPresent(Map<String, String> fields, WhacenterOperation operation, RequestField field, Object value) {
        if (value == null || (isBlank(value) && field != RequestField.MESSAGE)) {
            return;
        }
        try {
            fields.put(field.wireName(), value.toString().isEmpty() ? "" : field.toWire(value, endpoint.getFieldContext()));
        } catch (IllegalArgumentException e) {
            throw new WhacenterValidationException(operation.name(), field.wireName(),
                    "invalid " + field.wireName() + ": " + e.getMessage() + " (set in " + field.whereToSet() + ")");
        }
    }

    /**
     * The body as message text: only text is. Any other body would reach the recipient as its toString(), e.g. the
     * incoming message a webhook route received, sent back to the customer.
     */
    private static String textOf(WhacenterOperation operation, Object body) {
        if (body == null || body instanceof String) {
            return (String) body;
        }
        if (body instanceof CharSequence text) {
            return text.toString();
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        throw new WhacenterValidationException(operation.name(), "message", "the body is a " + body.getClass().getName()
                                                                  + ", not text: set the message text as the body (a "
                                                                  + "String), or send a WhacenterRequest; to send a "
                                                                  + "stream as a file, name it in the header "
                                                                  + "CamelFileName or give its Content-Type. After "
                                                                  + "whacenter:webhook the body is the incoming message: "
                                                                  + "set a reply with setBody(...)");
    }

    private static String missing(WhacenterOperation operation, RequestField field) {
        String text = field.wireName() + " is missing: set " + field.whereToSet();
        if (field == RequestField.MESSAGE && operation == WhacenterOperation.send) {
            text += "; only a file may go without a caption";
        }
        return text;
    }

    private static boolean isBlank(Object value) {
        return value == null || value instanceof CharSequence text && text.toString().isBlank();
    }

    /** @return the typed result; null when the answer is an image */
    private WhacenterResult onResponse(WhacenterOperation operation, String deviceId, SimpleHttpResponse response,
                                       Exchange exchange) {
        GatewayAnswer answer = endpoint.getGatewayChannel().read(operation, deviceId, response,
                configuration.isThrowExceptionOnFailure());
        Message out = exchange.getMessage();
        if (answer.png() != null) {
            out.setBody(answer.png());
            out.setHeader(Exchange.CONTENT_TYPE, PNG);
            return null;
        }
        WhacenterResult result = answer.result();
        out.setBody(result);
        out.setHeader(WhacenterConstants.SUCCESS, result.isSuccess());
        out.setHeader(WhacenterConstants.GATEWAY_MESSAGE,
                Secrets.maskAll(result.getGatewayMessage(), deviceId, configuration.getWebhookToken()));
        if (result instanceof WhacenterMessageSent sent && sent.getMessageId() != null) {
            out.setHeader(WhacenterConstants.MESSAGE_ID, sent.getMessageId());
        }
        return result;
    }
}
