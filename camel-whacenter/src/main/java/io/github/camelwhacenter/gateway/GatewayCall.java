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

import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.github.camelwhacenter.WhacenterConnectionException;
import io.github.camelwhacenter.WhacenterException;
import io.github.camelwhacenter.WhacenterNotSentException;
import io.github.camelwhacenter.WhacenterOperation;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * One request to the gateway from the moment it is made until it completes, exactly once: answered, failed by the
 * HTTP client, or failed by whoever stops first (its producer, a full or closed send queue, the component). Whichever
 * comes first wins; the others find it completed and do nothing.
 */
public final class GatewayCall implements DeviceSendQueue.Send {

    /** Receives a call's outcome, once. */
    public interface Callback {
        /** Exactly one of the two is non-null. */
        void done(SimpleHttpResponse response, WhacenterException failure);
    }

    /** Runs a completed call's callback: on a worker thread, or inline. */
    public interface CompletionDispatcher {
        void dispatch(Runnable completion);
    }

    private final WhacenterOperation operation;
    private final SimpleHttpRequest request;
    private final Supplier<? extends Transport> transport;
    private final long intervalNanos;
    private final long leaseTimeoutNanos;
    private final PendingCalls[] registries;
    private final Callback callback;
    private final CompletionDispatcher dispatcher;
    private final AtomicBoolean completed = new AtomicBoolean();
    private volatile DeviceSendQueue queue;
    private volatile DeviceSendQueue.Turn turn;
    private volatile Future<SimpleHttpResponse> http;
    private volatile boolean handedToClient;
    private volatile long handedAtNanos;
    private volatile boolean onWire;
    private volatile boolean scheduled;
    private volatile String recipient;
    private final long createdNanos = System.nanoTime();
    private volatile long startedNanos = -1;

    /**
     * @param leaseTimeoutMillis how long the call may wait for a connection, once handed to the HTTP client
     */
    public GatewayCall(WhacenterOperation operation, SimpleHttpRequest request, Supplier<? extends Transport> transport,
                long leaseTimeoutMillis, long intervalNanos, Callback callback, CompletionDispatcher dispatcher,
                PendingCalls... registries) {
        this.operation = operation;
        this.request = request;
        this.transport = transport;
        this.leaseTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(leaseTimeoutMillis);
        this.intervalNanos = intervalNanos;
        this.callback = callback;
        this.dispatcher = dispatcher;
        this.registries = registries;
        for (PendingCalls registry : registries) {
            registry.add(this);
        }
    }

    public WhacenterOperation operation() {
        return operation;
    }

    public boolean isCompleted() {
        return completed.get();
    }

    /** Marks the call as one the gateway holds until its schedule: quiet hours need not hold it back too. */
    public void carriesSchedule() {
        this.scheduled = true;
    }

    @Override
    public boolean scheduled() {
        return scheduled;
    }

    /** Marks the call as a message to the number: what the unanswered budget counts. */
    public void addressedTo(String number) {
        this.recipient = number;
    }

    @Override
    public String recipient() {
        return recipient;
    }

    /** Whether the request was handed to the HTTP client, and so may have reached the gateway. */
    public boolean isHandedToClient() {
        return handedToClient;
    }

    /** Whether the call was handed to the HTTP client and has waited longer than its lease timeout for a connection. */
    public boolean isWaitingForAConnectionSince(long nowNanos) {
        return handedToClient && !onWire && !completed.get() && nowNanos - handedAtNanos > leaseTimeoutNanos;
    }

    public void queuedIn(DeviceSendQueue queue) {
        this.queue = queue;
    }

    @Override
    public long intervalNanos() {
        return intervalNanos;
    }

    /** When the request was handed to the HTTP client (System.nanoTime). */
    public long handedAtNanos() {
        return handedAtNanos;
    }

    /** How long the call waited in its device's send queue before its turn; -1 when it was not queued or not started. */
    public long queuedNanos() {
        long started = startedNanos;
        return started < 0 ? -1 : started - createdNanos;
    }

    @Override
    public void start(DeviceSendQueue.Turn turn) {
        this.startedNanos = System.nanoTime();
        this.turn = turn;
        if (completed.get()) {
            // failed while its start was on the way: let the next send go
            turn.finished();
            return;
        }
        send();
    }

    @Override
    public void abort(Exception reason) {
        fail(reason instanceof WhacenterException typed ? typed
                : new WhacenterNotSentException(operation.name(), "the request could not be handed to the HTTP client ("
                                                                  + reason + ")", reason));
    }

    /** Hands the request to the HTTP client; never throws: a failure completes the call. */
    public void send() {
        try {
            Transport gateway = transport.get();
            if (gateway == null) {
                fail(new WhacenterNotSentException(operation.name(), "the endpoint was stopped before the request was sent",
                        null));
                return;
            }
            DeviceSendQueue.Turn paced = turn;
            handedAtNanos = System.nanoTime();
            handedToClient = true;
            http = gateway.execute(request, () -> {
                onWire = true;
                if (paced != null) {
                    paced.onWire();
                }
            }, new FutureCallback<>() {
                @Override
                public void completed(SimpleHttpResponse response) {
                    complete(response, null);
                }

                @Override
                public void failed(Exception cause) {
                    complete(null, GatewayAnswer.transportFailure(operation, cause));
                }

                @Override
                public void cancelled() {
                    complete(null, new WhacenterConnectionException(operation.name(), "the request was cancelled", null));
                }
            });
            if (completed.get()) {
                // failed by a stop while it was being handed over
                http.cancel(true);
            }
        } catch (RuntimeException | Error e) {
            fail(handedToClient
                    ? new WhacenterConnectionException(operation.name(), "the HTTP client failed to send the request ("
                                                                         + e + ")", e)
                    : new WhacenterNotSentException(operation.name(), "the request could not be handed to the HTTP client ("
                                                                      + e + ")", e));
        }
    }

    /** Fails the call unless it completed already; cancels the HTTP request if it is in flight. */
    public void fail(WhacenterException failure) {
        complete(null, failure, false);
    }

    /**
     * Fails the call as {@link #fail(WhacenterException)} does, but continues the exchange on this thread: a stopping
     * route's error handler must still be running when the exchange reaches it, to hand it to a dead letter channel.
     */
    public void failNow(WhacenterException failure) {
        complete(null, failure, true);
    }

    private void complete(SimpleHttpResponse response, WhacenterException failure) {
        complete(response, failure, false);
    }

    private void complete(SimpleHttpResponse response, WhacenterException failure, boolean onThisThread) {
        if (!completed.compareAndSet(false, true)) {
            return;
        }
        try {
            for (PendingCalls registry : registries) {
                registry.remove(this);
            }
            Future<SimpleHttpResponse> inFlight = http;
            if (inFlight != null && failure != null) {
                inFlight.cancel(true);
            }
            // the queue moves on before the exchange continues, so route work after a send never holds the device's queue
            DeviceSendQueue.Turn started = turn;
            DeviceSendQueue waitingIn = queue;
            if (started != null) {
                started.finished();
            } else if (waitingIn != null) {
                waitingIn.remove(this);
            }
        } finally {
            if (onThisThread) {
                callback.done(response, failure);
            } else {
                dispatcher.dispatch(() -> callback.done(response, failure));
            }
        }
    }
}
