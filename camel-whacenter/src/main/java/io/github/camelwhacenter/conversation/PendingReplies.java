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
package io.github.camelwhacenter.conversation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.model.WhacenterIncomingMessage;

/**
 * The questions waiting for a contact's reply in this JVM (whacenter:ask), one per device and contact: the webhook hands
 * the contact's next message to the waiter. Bounded in number; a timeout is a scheduled task, not a thread; every
 * waiter is told exactly once, never while the lock is held.
 */
public final class PendingReplies {

    /** Why a waiter got no reply. */
    public enum NoReply {
        /** its timeout passed */
        TIMED_OUT,
        /** a later question to the same contact took its place */
        REPLACED,
        /** the component or its producer stopped */
        STOPPED
    }

    /** Told once: the reply, or why there is none. */
    public interface Waiter {
        void replied(WhacenterIncomingMessage reply);

        void noReply(NoReply reason);
    }

    private final int maxWaiting;
    private final ScheduledExecutorService scheduler;
    private final Map<String, Registration> waiting = new HashMap<>();
    private boolean stopped;

    /**
     * @param maxWaiting the most questions waiting at once
     * @param scheduler  runs the timeouts
     */
    public PendingReplies(int maxWaiting, ScheduledExecutorService scheduler) {
        this.maxWaiting = maxWaiting;
        this.scheduler = scheduler;
    }

    /**
     * Waits for the contact's next message to the device, from now (before the question is sent, so that no reply is
     * missed however fast it comes).
     *
     * @return the registration; null when maxWaiting questions wait already, or the replies are stopped
     */
    public Registration register(String deviceId, String number, Duration timeout, Waiter waiter) {
        String key = key(deviceId, number);
        Registration registration = new Registration(key, waiter);
        Registration replaced;
        synchronized (this) {
            if (stopped) {
                return null;
            }
            replaced = waiting.get(key);
            if (replaced == null && waiting.size() >= maxWaiting) {
                return null;
            }
            waiting.put(key, registration);
        }
        try {
            registration.timeout = scheduler.schedule(() -> end(registration, NoReply.TIMED_OUT), timeout.toNanos(),
                    TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // no timeout can be kept for it: it does not wait, as when the bound is reached
            synchronized (this) {
                waiting.remove(key, registration);
                if (replaced != null) {
                    waiting.put(key, replaced);
                }
            }
            return null;
        }
        if (replaced != null) {
            replaced.finish(null, NoReply.REPLACED);
        }
        return registration;
    }

    /**
     * A message from the contact came in.
     *
     * @return whether a question was waiting for it, and took it
     */
    public boolean reply(String deviceId, String number, WhacenterIncomingMessage message) {
        Registration registration;
        synchronized (this) {
            registration = waiting.remove(key(deviceId, number));
        }
        return registration != null && registration.finish(message, null);
    }

    /** Every waiter is told STOPPED; later registrations are refused until {@link #start()}. */
    public void stop() {
        List<Registration> all;
        synchronized (this) {
            stopped = true;
            all = new ArrayList<>(waiting.values());
            waiting.clear();
        }
        all.forEach(registration -> registration.finish(null, NoReply.STOPPED));
    }

    public synchronized void start() {
        stopped = false;
    }

    public synchronized int waiting() {
        return waiting.size();
    }

    private void end(Registration registration, NoReply reason) {
        synchronized (this) {
            waiting.remove(registration.key, registration);
        }
        registration.finish(null, reason);
    }

    private static String key(String deviceId, String number) {
        return deviceId + '\n' + number;
    }

    /** One question waiting. */
    public final class Registration {
        private final String key;
        private final Waiter waiter;
        private volatile ScheduledFuture<?> timeout;
        private boolean finished;

        private Registration(String key, Waiter waiter) {
            this.key = key;
            this.waiter = waiter;
        }

        /** The question was not sent, or its exchange ended otherwise: it waits no longer, and its waiter is not told. */
        public void cancel() {
            synchronized (PendingReplies.this) {
                waiting.remove(key, this);
            }
            finishSilently();
        }

        /** Its owner stops: the waiter is told STOPPED, unless it was told already. */
        public void stop() {
            synchronized (PendingReplies.this) {
                waiting.remove(key, this);
            }
            finish(null, NoReply.STOPPED);
        }

        private synchronized boolean claim() {
            if (finished) {
                return false;
            }
            finished = true;
            return true;
        }

        private void finishSilently() {
            if (claim()) {
                cancelTimeout();
            }
        }

        private boolean finish(WhacenterIncomingMessage reply, NoReply reason) {
            if (!claim()) {
                return false;
            }
            cancelTimeout();
            if (reply != null) {
                waiter.replied(reply);
            } else {
                waiter.noReply(reason);
            }
            return true;
        }

        private void cancelTimeout() {
            ScheduledFuture<?> scheduled = timeout;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
    }
}
