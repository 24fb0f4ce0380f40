package io.github.camelwhacenter;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelwhacenter.internal.GatewayClient;
import io.github.camelwhacenter.internal.GatewayEnvelope;
import io.github.camelwhacenter.internal.GatewayRequests;
import io.github.camelwhacenter.internal.GatewayResponses;
import io.github.camelwhacenter.internal.Secrets;
import io.github.camelwhacenter.internal.DeviceSendQueue;
import io.github.camelwhacenter.model.WhacenterMessageSent;
import io.github.camelwhacenter.model.WhacenterRequest;
import io.github.camelwhacenter.model.WhacenterResult;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Performs one gateway operation per exchange, asynchronously: the exchange continues on the HTTP client's I/O thread
 * when the gateway answers.
 */
public class WhacenterProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(WhacenterProducer.class);
    private static final String PNG = "image/png";

    private final WhacenterEndpoint endpoint;
    private final WhacenterConfiguration configuration;
    private final boolean rateLimited;

    public WhacenterProducer(WhacenterEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.rateLimited = DeviceSendQueue.isEnabled(configuration.getSendRateLimit(), configuration.getMinSendInterval());
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        WhacenterOperation operation;
        String deviceId;
        SimpleHttpRequest request;
        try {
            operation = operationOf(exchange.getMessage());
            deviceId = deviceIdOf(operation, exchange.getMessage());
            Map<String, String> fields = fieldsOf(operation, exchange.getMessage(), deviceId);
            boolean post = operation.httpMethod(configuration.getHttpMethod()) == WhacenterHttpMethod.POST;
            request = GatewayRequests.build(endpoint.getGatewayTarget(operation), post, fields);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Whacenter {}: {} {}", operation, request.getMethod(), configuration.getBaseUrl());
        }
        if (operation.isMessageSend() && rateLimited) {
            endpoint.getComponent().sendQueue(deviceId, configuration).submit(new DeviceSendQueue.Send() {
                @Override
                public void start(Runnable finished) {
                    execute(operation, deviceId, request, exchange, doneSync -> {
                        finished.run();
                        callback.done(doneSync);
                    });
                }

                @Override
                public void abort(Exception reason) {
                    exchange.setException(new WhacenterConnectionException(operation.name(),
                            "the component stopped before the send's turn came", reason));
                    callback.done(false);
                }
            });
        } else {
            execute(operation, deviceId, request, exchange, callback);
        }
        return false;
    }

    private void execute(WhacenterOperation operation, String deviceId, SimpleHttpRequest request, Exchange exchange,
                         AsyncCallback callback) {
        GatewayClient client = endpoint.getGatewayClient();
        if (client == null) {
            exchange.setException(new WhacenterConnectionException(operation.name(),
                    "the endpoint was stopped before the request was sent", null));
            callback.done(false);
            return;
        }
        client.execute(request, new FutureCallback<>() {
            @Override
            public void completed(SimpleHttpResponse response) {
                try {
                    onResponse(operation, deviceId, response, exchange);
                } catch (Exception e) {
                    exchange.setException(e);
                } finally {
                    callback.done(false);
                }
            }

            @Override
            public void failed(Exception cause) {
                exchange.setException(transportFailure(operation, cause));
                callback.done(false);
            }

            @Override
            public void cancelled() {
                exchange.setException(new WhacenterConnectionException(operation.name(), "the request was cancelled", null));
                callback.done(false);
            }
        });
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
        if (!operation.isGatewayCall()) {
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
    private Map<String, String> fieldsOf(WhacenterOperation operation, Message message, String deviceId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("device_id", deviceId);
        WhacenterRequest request = message.getBody() instanceof WhacenterRequest typed ? typed : null;
        for (RequestField field : operation.optionalFields()) {
            putIfPresent(fields, operation, field, valueOf(field, message, request));
        }
        for (RequestField field : operation.requiredFields()) {
            Object value = valueOf(field, message, request);
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

    private Object valueOf(RequestField field, Message message, WhacenterRequest request) {
        Object value = field.fromRequest(request);
        if (isBlank(value) && field == RequestField.MESSAGE && request == null) {
            value = message.getBody(String.class);
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

    private void onResponse(WhacenterOperation operation, String deviceId, SimpleHttpResponse response, Exchange exchange)
            throws IOException {
        byte[] body = GatewayResponses.body(response);
        if (response.getCode() < 200 || response.getCode() >= 300) {
            throw new WhacenterHttpException(operation.name(), response.getCode(), Secrets.snippet(body, deviceId));
        }
        Message out = exchange.getMessage();
        if (operation.resultKind() == ResultKind.PNG_IMAGE && GatewayResponses.isPng(body)) {
            out.setBody(body);
            out.setHeader(Exchange.CONTENT_TYPE, PNG);
            return;
        }
        GatewayEnvelope envelope;
        try {
            envelope = GatewayResponses.envelope(body);
        } catch (IllegalArgumentException e) {
            String problem = operation.resultKind() == ResultKind.PNG_IMAGE
                    ? "the gateway's answer is neither a PNG image nor JSON" : e.getMessage();
            throw new WhacenterResponseException(operation.name(), problem, Secrets.snippet(body, deviceId),
                    e.getCause());
        }
        if (operation.resultKind() == ResultKind.PNG_IMAGE && envelope.status()) {
            throw new WhacenterResponseException(operation.name(), "the gateway answered JSON where a PNG image was expected",
                    Secrets.snippet(body, deviceId), null);
        }
        WhacenterResult result = operation.resultKind().read(operation.name(), envelope);
        if (!envelope.status() && configuration.isThrowExceptionOnFailure()) {
            throw new WhacenterGatewayException(operation.name(), Secrets.mask(envelope.message(), deviceId), result);
        }
        out.setBody(result);
        out.setHeader(WhacenterConstants.SUCCESS, envelope.status());
        out.setHeader(WhacenterConstants.GATEWAY_MESSAGE, Secrets.mask(envelope.message(), deviceId));
        if (result instanceof WhacenterMessageSent sent && sent.getMessageId() != null) {
            out.setHeader(WhacenterConstants.MESSAGE_ID, sent.getMessageId());
        }
    }

    private static WhacenterException transportFailure(WhacenterOperation operation, Exception cause) {
        String name = operation.name();
        if (cause instanceof InterruptedIOException) {
            return new WhacenterTimeoutException(name, "no answer in time (" + cause.getClass().getSimpleName()
                                                       + "): raise connectTimeout or responseTimeout if the gateway is slow",
                    cause);
        }
        if (cause instanceof ConnectException) {
            return new WhacenterConnectionException(name, "could not connect to the gateway: " + cause.getMessage(), cause);
        }
        return new WhacenterConnectionException(name, "the connection to the gateway failed before an answer ("
                                                      + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")",
                cause);
    }
}
