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
package io.github.camelwhacenter.device;

import java.util.Locale;

import io.github.camelwhacenter.WhacenterException;
import io.github.camelwhacenter.WhacenterGatewayException;
import io.github.camelwhacenter.WhacenterNotSentException;
import io.github.camelwhacenter.WhacenterOperation;
import io.github.camelwhacenter.WhacenterOptedOutException;
import io.github.camelwhacenter.WhacenterQuotaExceededException;
import io.github.camelwhacenter.WhacenterSendQueueFullException;
import io.github.camelwhacenter.gateway.CallTarget;
import io.github.camelwhacenter.gateway.DeviceSendQueue;
import io.github.camelwhacenter.gateway.GatewayCall;
import io.github.camelwhacenter.gateway.GatewayRequest;
import io.github.camelwhacenter.gateway.GatewayService;
import io.github.camelwhacenter.gateway.PendingCalls;
import io.github.camelwhacenter.model.WhacenterDeviceStatus;
import io.github.camelwhacenter.model.WhacenterResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a device's message send must pass before the gateway service makes its call: the quiet hours' schedule, the
 * circuit breaker (pass, refuse, hold), the send policy's quotas, and the device's send queue, which paces the send
 * and holds it at the policy's gate. Every other operation goes at once. Each outcome comes back here, to the circuit
 * breaker, the monitor and the meters.
 */
public final class SendAdmission {

    private static final Logger LOG = LoggerFactory.getLogger(SendAdmission.class);
    private static final String NUMBER = "number";

    private final DeviceRegistry registry;
    private final GatewayService gateway;
    private volatile OptOuts optOuts;

    public SendAdmission(DeviceRegistry registry, GatewayService gateway) {
        this.registry = registry;
        this.gateway = gateway;
        registry.releaseTo(this::dispatch);
    }

    /** The opt-outs a send to a number is checked against; null for none. */
    public void useOptOuts(OptOuts optOuts) {
        this.optOuts = optOuts;
    }

    /**
     * Makes one call of the request's device, admitted by its circuit breaker and its send policy and paced by its
     * send queue; its callback runs once, on a worker thread.
     *
     * @throws RuntimeException only when the call could not be made (its HTTP request could not be built): then the
     *                          callback never runs
     *
     * @param target                where the request goes
     * @param endpointIntervalNanos the calling endpoint's own pace, which may only tighten the component's
     * @param owner                 the pending calls of the caller, which it fails when it stops
     */
    public void call(GatewayRequest request, CallTarget target, long endpointIntervalNanos, PendingCalls owner,
                     GatewayCall.Callback callback) {
        WhacenterOperation operation = request.operation();
        String deviceId = request.deviceId();
        registry.used(deviceId);
        boolean messageSend = operation.isMessageSend();
        DeviceSendPolicy policy = messageSend ? registry.sendPolicy(deviceId) : null;
        if ((operation == WhacenterOperation.send || operation == WhacenterOperation.ask) && !request.isScheduled()) {
            // quiet hours: the gateway holds the message until they end
            String quiet = policy.quietHoursSchedule();
            if (quiet != null) {
                request = request.withSchedule(quiet);
            }
        }
        long interval = messageSend
                ? policy.intervalNanos(Math.max(registry.settings().sendIntervalNanos(), endpointIntervalNanos)) : 0;
        GatewayCall call = gateway.newCall(request, target, interval, owner, callback);
        if (messageSend) {
            call.addressedTo(request.fields().get(NUMBER));
        }
        try {
            WhacenterException optedOut = messageSend ? optedOut(request) : null;
            if (optedOut != null) {
                call.fail(optedOut);
                return;
            }
            WhacenterException overBudget = messageSend ? policy.admitUnanswered(operation, request.fields().get(NUMBER)) : null;
            if (overBudget != null) {
                call.fail(overBudget);
                return;
            }
            admit(deviceId, call, request.isScheduled());
        } catch (RuntimeException e) {
            // the call exists: it completes, once, whatever went wrong
            call.fail(new WhacenterNotSentException(operation.name(), "the send could not be admitted (" + e + ")", e));
        }
    }

    /** The contact wrote to the device: what the unanswered budget counts. */
    public void contactWrote(String deviceId, String number) {
        registry.sendPolicy(deviceId).contactWrote(number);
    }

    /** A message to a number that opted out of the device's messages: refused, before anything else. */
    private WhacenterException optedOut(GatewayRequest request) {
        OptOuts current = optOuts;
        String number = request.fields().get(NUMBER);
        if (current == null || number == null || !current.isOptedOut(request.deviceId(), number)) {
            return null;
        }
        current.refused(request.deviceId());
        return new WhacenterOptedOutException(request.operation().name(), "the contact opted out of this device's "
                + "messages (it wrote an opt-out keyword); it opts in again by writing an opt-in keyword");
    }

    private void admit(String deviceId, GatewayCall call, boolean scheduled) {
        WhacenterOperation operation = call.operation();
        if (scheduled) {
            call.carriesSchedule();
        }
        if (!registry.isRunAllowed()) {
            call.fail(new WhacenterNotSentException(operation.name(), "the component is not running", null));
            return;
        }
        DeviceCircuitBreaker breaker = operation.isMessageSend() ? registry.circuitBreaker(deviceId) : null;
        if (breaker == null) {
            dispatch(deviceId, call);
            return;
        }
        switch (breaker.admit(call)) {
            case REFUSED -> call.fail(breaker.refusal(operation));
            case FULL -> call.fail(new WhacenterSendQueueFullException(operation.name(),
                    registry.settings().sendQueueCapacity()));
            case HELD -> LOG.debug("A {} is held until the circuit breaker closes", operation);
            case PASS -> dispatch(deviceId, call);
        }
    }

    /** Sends the call now, or queues it for its device's turn when it is paced or its send policy holds sends. */
    private void dispatch(String deviceId, GatewayCall call) {
        if (call.isCompleted()) {
            // failed while the circuit breaker held it
            return;
        }
        DeviceSendPolicy policy = call.operation().isMessageSend() ? registry.sendPolicy(deviceId) : null;
        WhacenterQuotaExceededException overQuota = policy == null ? null : policy.admit(call.operation());
        if (overQuota != null) {
            call.fail(overQuota);
            return;
        }
        if (call.intervalNanos() <= 0 && (policy == null || !policy.holdsSends())) {
            call.send();
            return;
        }
        DeviceSendQueue queue = registry.sendQueue(deviceId);
        call.queuedIn(queue);
        boolean offered = queue.offer(call);
        if (!offered && queue.isClosed() && registry.isRunAllowed()) {
            // evicted as idle just now: the device's next queue takes it
            queue = registry.nextSendQueue(deviceId, queue);
            call.queuedIn(queue);
            offered = queue.offer(call);
        }
        if (!offered) {
            call.fail(registry.isRunAllowed() ? new WhacenterSendQueueFullException(call.operation().name(), queue.capacity())
                    : new WhacenterNotSentException(call.operation().name(), "the component stopped", null));
        }
    }

    /**
     * The outcome of one exchange of a gateway operation of the device, told once: the meters, the device's status
     * when the answer was one, the circuit breaker's count of sends accepted or refused as not connected, the
     * monitor's count of sends.
     *
     * @param result  the typed answer; null when there was none (a failure) or it was an image
     * @param failure what failed the exchange; null when it succeeded
     */
    public void answered(String deviceId, WhacenterOperation operation, WhacenterResult result, Throwable failure) {
        registry.used(deviceId);
        try {
            gateway.metrics().callCompleted(operation, deviceId, failure);
        } finally {
            DeviceMonitor monitor = registry.monitorOf(deviceId);
            if (monitor != null && result instanceof WhacenterDeviceStatus status && status.isSuccess()) {
                monitor.observed(status);
            }
            if (result != null) {
                sendAnswered(deviceId, operation, result.isSuccess(), result.getGatewayMessage());
            } else if (failure instanceof WhacenterGatewayException refused) {
                sendAnswered(deviceId, operation, false, refused.getGatewayMessage());
            }
            if (monitor != null && operation.isMessageSend()) {
                monitor.sendCompleted(failure == null);
            }
        }
    }

    /**
     * The gateway answered a message send of the device: accepted, or refused as not connected (the circuit breaker
     * counts those).
     */
    private void sendAnswered(String deviceId, WhacenterOperation operation, boolean success, String gatewayMessage) {
        DeviceCircuitBreaker breaker = operation.isMessageSend() ? registry.circuitBreaker(deviceId) : null;
        if (breaker != null) {
            boolean notConnected = !success && gatewayMessage != null
                                   && gatewayMessage.toLowerCase(Locale.ROOT).contains("not connected");
            if (success || notConnected) {
                breaker.sendAnswered(notConnected, released -> dispatch(deviceId, released));
            }
        }
    }
}
