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

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One device's budget of messages to contacts that have not written to it within the window: WhatsApp limits how many
 * messages a business number may send to contacts who never answer. A send to a contact that wrote within the window
 * is not counted; any other is, and past the budget it is refused. Remembers when each contact last wrote, for at most
 * {@link #MAX_CONTACTS} contacts (the longest silent forgotten first). Not thread-safe: its policy's lock guards it.
 */
final class UnansweredBudget {

    static final int MAX_CONTACTS = 100_000;

    private final SendQuota sends;
    private final long windowNanos;
    private final Map<String, Long> lastWrote = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_CONTACTS;
        }
    };

    UnansweredBudget(int budget, long windowNanos) {
        this.sends = new SendQuota(budget, windowNanos);
        this.windowNanos = windowNanos;
    }

    void wrote(String contact, long nowNanos) {
        lastWrote.put(contact, nowNanos);
    }

    /** @return whether the send may go: to a contact that wrote within the window, or counted within the budget */
    boolean admit(String contact, long nowNanos) {
        return wroteWithin(contact, nowNanos) || sends.tryTake(nowNanos);
    }

    /** Whether the contact wrote within the window: a message to it is not counted. */
    boolean wroteWithin(String contact, long nowNanos) {
        Long wrote = lastWrote.get(contact);
        return wrote != null && nowNanos - wrote < windowNanos;
    }

    int limit() {
        return sends.limit();
    }

    int used(long nowNanos) {
        return sends.used(nowNanos);
    }

    long waitNanos(long nowNanos) {
        return sends.waitNanos(nowNanos);
    }
}
