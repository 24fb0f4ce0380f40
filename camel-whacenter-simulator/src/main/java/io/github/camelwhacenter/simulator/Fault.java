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
package io.github.camelwhacenter.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour the simulator plays instead of (or before) its normal answer, to test how clients
 * cope with a flaky gateway. Queue one with {@link WhacenterSimulator#enqueueFault(Fault)}; each
 * fault is used up by exactly one request. Except for {@link Delay}, a faulted request has no
 * side effect: a faulted {@code send} is not sent.
 */
public sealed interface Fault
        permits Fault.StatusFalse, Fault.HttpStatus, Fault.Delay, Fault.MalformedBody, Fault.EmptyBody,
        Fault.DropConnection, Fault.LargeBody {

    /**
     * A normal-looking failure envelope: HTTP 200, {@code {"status":false,"message":<message>,"data":[]}}.
     *
     * @param message the failure message, e.g. {@code "device not connected or not found"}
     * @return the fault
     */
    static Fault statusFalse(String message) {
        return new StatusFalse(message);
    }

    /**
     * An HTTP error status with the given body, served as {@code text/html; charset=UTF-8}.
     *
     * @param status the HTTP status, 200 to 599 (a 1xx is not a final answer and would leave clients waiting)
     * @param body   the body; empty for none
     * @return the fault
     */
    static Fault httpStatus(int status, String body) {
        return new HttpStatus(status, body, null);
    }

    /**
     * An HTTP error status with a {@code Retry-After} header, as a gateway or its proxy sends with 429 (too many
     * requests) or 503 (overloaded).
     *
     * @param status     the HTTP status, 200 to 599
     * @param body       the body; empty for none
     * @param retryAfter the header's value in whole seconds
     * @return the fault
     */
    static Fault httpStatus(int status, String body, Duration retryAfter) {
        return new HttpStatus(status, body, Objects.requireNonNull(retryAfter, "retryAfter"));
    }

    /**
     * Answers normally, but late. The operation itself takes effect at once (a delayed {@code send}
     * is already in {@link WhacenterSimulator#sentMessages(String)} while its answer is pending),
     * as when a real gateway did the work and then stalled: a client that times out must not
     * assume nothing was sent.
     *
     * @param delay how long to hold the answer
     * @return the fault
     */
    static Fault delay(Duration delay) {
        return new Delay(delay);
    }

    /**
     * HTTP 200, {@code text/html}, with an nginx error page instead of JSON, as when the gateway's
     * backend is down behind its proxy.
     *
     * @return the fault
     */
    static Fault malformedBody() {
        return new MalformedBody();
    }

    /**
     * HTTP 200, {@code text/html; charset=UTF-8}, chunked, with a zero-length body and no
     * {@code Content-Encoding}.
     *
     * @return the fault
     */
    static Fault emptyBody() {
        return new EmptyBody();
    }

    /**
     * Reads the request, then closes the TCP connection without sending a single byte of response.
     * Note that HTTP clients may transparently retry an idempotent request (GET) once after this,
     * which then meets the next fault or the normal answer.
     *
     * @return the fault
     */
    static Fault dropConnection() {
        return new DropConnection();
    }

    /**
     * HTTP 200, {@code text/html}, with a body of the given size (the digit 0 repeated), as a broken proxy or an
     * attacker in the middle may answer. With {@link WhacenterSimulator#setGzipUnasked(boolean)} it is compressed,
     * and a few kilobytes on the wire inflate to the full size: a decompression bomb.
     *
     * @param bytes the body's size, 0 to 1 GiB
     * @return the fault
     */
    static Fault largeBody(int bytes) {
        return new LargeBody(bytes);
    }

    /**
     * See {@link Fault#statusFalse(String)}.
     *
     * @param message the failure message
     */
    record StatusFalse(String message) implements Fault {
        /**
         * Rejects a missing message: {@code "message":null} is something the gateway never sends.
         *
         * @param message the failure message
         */
        public StatusFalse {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * See {@link Fault#httpStatus(int, String)} and {@link Fault#httpStatus(int, String, Duration)}.
     *
     * @param status     the HTTP status
     * @param body       the body, never {@code null}
     * @param retryAfter the {@code Retry-After} delay, or {@code null} for no such header
     */
    record HttpStatus(int status, String body, Duration retryAfter) implements Fault {
        /**
         * Rejects a status outside 200..599 (a 1xx is no final answer) and a negative delay; a {@code null} body
         * means an empty one.
         *
         * @param status     the HTTP status
         * @param body       the body
         * @param retryAfter the {@code Retry-After} delay, or {@code null}
         */
        public HttpStatus {
            if (status < 200 || status > 599) {
                throw new IllegalArgumentException("HTTP status must be 200..599, was " + status);
            }
            if (retryAfter != null && retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
            }
            body = body == null ? "" : body;
        }
    }

    /**
     * See {@link Fault#delay(Duration)}.
     *
     * @param delay how long to hold the answer
     */
    record Delay(Duration delay) implements Fault {
        /**
         * Rejects a missing or negative delay.
         *
         * @param delay how long to hold the answer
         */
        public Delay {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative: " + delay);
            }
        }
    }

    /** See {@link Fault#malformedBody()}. */
    record MalformedBody() implements Fault {
    }

    /** See {@link Fault#emptyBody()}. */
    record EmptyBody() implements Fault {
    }

    /** See {@link Fault#dropConnection()}. */
    record DropConnection() implements Fault {
    }

    /**
     * See {@link Fault#largeBody(int)}.
     *
     * @param bytes the body's size
     */
    record LargeBody(int bytes) implements Fault {
        /**
         * Rejects a negative size or one over 1 GiB.
         *
         * @param bytes the body's size
         */
        public LargeBody {
            if (bytes < 0 || bytes > (1 << 30)) {
                throw new IllegalArgumentException("bytes must be 0 to 1 GiB, was " + bytes);
            }
        }
    }
}
