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

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves everything outside the control API: records the request, plays a pending fault or
 * performs the operation, waits out any delay, then answers.
 */
final class GatewayHttpHandler implements HttpHandler {

    static final String API_PREFIX = "/api/";

    private static final Logger LOG = Logger.getLogger(WhacenterSimulator.class.getName());

    private final GatewayOperations operations;
    private final BoundedHistory<RecordedRequest> requests;
    private final FaultQueue faults;
    private final Supplier<Duration> responseDelay;
    private final BooleanSupplier gzipUnasked;

    GatewayHttpHandler(GatewayOperations operations, BoundedHistory<RecordedRequest> requests, FaultQueue faults,
                       Supplier<Duration> responseDelay, BooleanSupplier gzipUnasked) {
        this.operations = operations;
        this.requests = requests;
        this.faults = faults;
        this.responseDelay = responseDelay;
        this.gzipUnasked = gzipUnasked;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            Instant receivedAt = Instant.now();
            String fullPath = exchange.getRequestURI().getPath();
            boolean api = fullPath.startsWith(API_PREFIX);
            String path = api ? fullPath.substring(API_PREFIX.length()) : fullPath;
            RecordedRequest request = RequestReader.read(exchange, path, receivedAt);
            // recorded before answering, so a client that has its answer always finds its request here
            requests.add(request);
            Fault fault = faults.take(path);
            Answer answer = answer(api, request, fault);
            Duration delay = responseDelay.get();
            if (fault instanceof Fault.Delay extra) {
                delay = delay.plus(extra.delay());
            }
            if (!delay.isZero()) {
                TimeUnit.NANOSECONDS.sleep(delay.toNanos());
            }
            AnswerWriter.write(exchange, answer, gzipUnasked.getAsBoolean());
        } catch (IOException clientWentAway) {
            LOG.log(Level.FINE, "client went away", clientWentAway);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private Answer answer(boolean api, RecordedRequest request, Fault fault) {
        if (fault != null && !(fault instanceof Fault.Delay)) {
            return faultAnswer(fault);
        }
        if (!api) {
            return Answer.NOT_FOUND;
        }
        try {
            return operations.perform(request.path(), request.fields(), request.receivedAt());
        } catch (RuntimeException bug) {
            LOG.log(Level.WARNING, "simulator failed on " + request.method() + " " + request.path(), bug);
            return new Answer.Html(500, NginxPages.page("500 Internal Server Error"));
        }
    }

    static Answer faultAnswer(Fault fault) {
        if (fault instanceof Fault.StatusFalse statusFalse) {
            return Envelope.failure(statusFalse.message());
        }
        if (fault instanceof Fault.HttpStatus httpStatus) {
            return new Answer.Html(httpStatus.status(), httpStatus.body(),
                    httpStatus.retryAfter() == null ? null : Long.toString(httpStatus.retryAfter().toSeconds()));
        }
        if (fault instanceof Fault.MalformedBody) {
            // what a client gets when nginx is up but the gateway's backend is not
            return new Answer.Html(200, NginxPages.page("502 Bad Gateway"));
        }
        if (fault instanceof Fault.EmptyBody) {
            return new Answer.Empty();
        }
        if (fault instanceof Fault.DropConnection) {
            return new Answer.Drop();
        }
        if (fault instanceof Fault.LargeBody large) {
            return new Answer.Large(large.bytes());
        }
        throw new IllegalArgumentException("not a replacing fault: " + fault);
    }
}
