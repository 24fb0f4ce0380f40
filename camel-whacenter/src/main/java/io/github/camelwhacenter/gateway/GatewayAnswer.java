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
package io.github.camelwhacenter.gateway;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;

import io.github.camelwhacenter.WhacenterConnectionException;
import io.github.camelwhacenter.WhacenterException;
import io.github.camelwhacenter.WhacenterGatewayException;
import io.github.camelwhacenter.WhacenterHttpException;
import io.github.camelwhacenter.WhacenterHttpRefusedException;
import io.github.camelwhacenter.WhacenterOperation;
import io.github.camelwhacenter.WhacenterResponseException;
import io.github.camelwhacenter.WhacenterTimeoutException;
import io.github.camelwhacenter.model.WhacenterResult;
import io.github.camelwhacenter.support.Secrets;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.utils.DateUtils;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.util.DeadlineTimeoutException;

/**
 * One gateway answer read for its operation: a PNG image, or the typed result of a JSON answer.
 *
 * @param png    the image for {@code qr}, else null
 * @param result the typed result when the answer was JSON, else null
 */
public record GatewayAnswer(byte[] png, WhacenterResult result) {

    /**
     * @param secrets        what must not show in an exception: the device id, the webhook token
     * @param maxBytes       the most the answer may inflate to
     * @param throwOnFailure whether a {@code status:false} answer raises {@link WhacenterGatewayException}
     * @throws WhacenterException typed for what was wrong with the answer
     */
    public static GatewayAnswer read(WhacenterOperation operation, String[] secrets, SimpleHttpResponse response,
                              int maxBytes, boolean throwOnFailure) {
        byte[] body;
        try {
            body = AnswerParser.body(response, maxBytes);
        } catch (AnswerTooLargeException e) {
            throw tooLarge(operation, e);
        } catch (IOException e) {
            throw new WhacenterResponseException(operation.name(), "the gateway's answer could not be decompressed",
                    e.getMessage(), e);
        }
        int status = response.getCode();
        if (status < 200 || status >= 300) {
            if (status == 408 || status == 429 || status >= 500) {
                throw new WhacenterHttpException(operation.name(), status, Secrets.snippet(body, secrets),
                        retryAfter(response));
            }
            throw new WhacenterHttpRefusedException(operation.name(), status, Secrets.snippet(body, secrets));
        }
        if (AnswerShape.of(operation) == AnswerShape.PNG_IMAGE && AnswerParser.isPng(body)) {
            return new GatewayAnswer(body, null);
        }
        JsonAnswer answer;
        try {
            answer = AnswerParser.json(body);
        } catch (IllegalArgumentException e) {
            String problem = AnswerShape.of(operation) == AnswerShape.PNG_IMAGE
                    ? "the gateway's answer is neither a PNG image nor JSON" : e.getMessage();
            throw new WhacenterResponseException(operation.name(), problem, Secrets.snippet(body, secrets),
                    e.getCause());
        }
        if (AnswerShape.of(operation) == AnswerShape.PNG_IMAGE && answer.status()) {
            throw new WhacenterResponseException(operation.name(), "the gateway answered JSON where a PNG image was expected",
                    Secrets.snippet(body, secrets), null);
        }
        WhacenterResult result = AnswerShape.of(operation).read(operation.name(), answer);
        if (!answer.status() && throwOnFailure) {
            throw new WhacenterGatewayException(operation.name(), Secrets.maskAll(answer.message(), secrets), result);
        }
        return new GatewayAnswer(null, result);
    }

    /** The answer's Retry-After, in seconds or as an HTTP date; null when absent, unreadable or past. */
    public static Duration retryAfter(SimpleHttpResponse response) {
        Header header = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
        if (header == null || header.getValue() == null) {
            return null;
        }
        String value = header.getValue().strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            Instant at = DateUtils.parseStandardDate(value);
            if (at == null) {
                return null;
            }
            Duration wait = Duration.between(Instant.now(), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        }
    }

    private static WhacenterResponseException tooLarge(WhacenterOperation operation, AnswerTooLargeException e) {
        return new WhacenterResponseException(operation.name(), e.getMessage() + ", once inflated or on the wire: "
                                                                + "a real answer is a few kilobytes at most (a QR image); "
                                                                + "raise maxResponseSize if it must be larger",
                "(not read)", e);
    }

    /** A request that waited connectionRequestTimeout for a connection and was never sent. */
    public static WhacenterTimeoutException noFreeConnection(WhacenterOperation operation, Exception cause) {
        return new WhacenterTimeoutException(operation.name(), "no free connection to the gateway within "
                                                               + "connectionRequestTimeout, all maxConnections busy: the "
                                                               + "request was not sent; raise maxConnections or "
                                                               + "connectionRequestTimeout",
                cause);
    }

    /** The typed exception for a request that got no answer, or one too large to read. */
    public static WhacenterException transportFailure(WhacenterOperation operation, Exception cause) {
        String name = operation.name();
        if (cause instanceof AnswerTooLargeException tooLarge) {
            return tooLarge(operation, tooLarge);
        }
        if (cause instanceof ConnectionRequestTimeoutException || cause instanceof DeadlineTimeoutException) {
            return noFreeConnection(operation, cause);
        }
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
