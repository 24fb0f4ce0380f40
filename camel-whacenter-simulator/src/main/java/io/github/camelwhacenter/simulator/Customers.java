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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Customers that answer the messages a device sends them: after a message to a customer's number is accepted, the
 * simulator delivers the customer's reply to the device's webhook once the delay passed, as a phone would. At most
 * {@link #MAX_PENDING} replies wait at once; beyond it a reply is not sent, and {@link #dropped()} counts it.
 */
final class Customers {

    static final int MAX_PENDING = 1_000;

    private record Customer(String reply, Duration delay) {
    }

    private final Map<String, Customer> customers = new ConcurrentHashMap<>();
    private final BiFunction<String, IncomingMessage, WebhookDelivery> deliver;
    private final ScheduledThreadPoolExecutor replies;
    private final BoundedHistory<WebhookDelivery> delivered = new BoundedHistory<>(WhacenterSimulator.DEFAULT_HISTORY_LIMIT);
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();

    /** @param deliver delivers a message to a device's webhook, as {@link WhacenterSimulator#deliverIncoming} */
    Customers(BiFunction<String, IncomingMessage, WebhookDelivery> deliver, String threadPrefix) {
        this.deliver = deliver;
        this.replies = new ScheduledThreadPoolExecutor(1, new DaemonThreadFactory(threadPrefix + "-customers"));
        this.replies.setRemoveOnCancelPolicy(true);
    }

    void add(String deviceId, String number, String reply, Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("the delay may not be negative");
        }
        customers.put(key(deviceId, number), new Customer(reply, delay));
    }

    /** @return whether there was such a customer */
    boolean remove(String deviceId, String number) {
        return customers.remove(key(deviceId, number)) != null;
    }

    /** A message the device sent was accepted: its customer, if any, answers it. */
    void sent(SentMessage message) {
        if (message.number() == null || message.schedule() != null) {
            return;
        }
        Customer customer = customers.get(key(message.deviceId(), message.number()));
        if (customer == null) {
            return;
        }
        if (pending.incrementAndGet() > MAX_PENDING) {
            pending.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        replies.schedule(() -> {
            try {
                delivered.add(deliver.apply(message.deviceId(), IncomingMessage.text(message.number(), customer.reply())));
            } catch (RuntimeException e) {
                // no webhook URL or an unknown device: the phone's message goes nowhere, as at the gateway
                delivered.add(new WebhookDelivery(-1, e.getMessage()));
            } finally {
                pending.decrementAndGet();
            }
        }, customer.delay().toNanos(), TimeUnit.NANOSECONDS);
    }

    List<WebhookDelivery> delivered() {
        return delivered.snapshot();
    }

    int dropped() {
        return dropped.get();
    }

    void clear() {
        customers.clear();
        delivered.clear();
        dropped.set(0);
    }

    void close() {
        replies.shutdownNow();
    }

    private static String key(String deviceId, String number) {
        return deviceId + '\n' + number;
    }
}
