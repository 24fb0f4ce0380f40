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

import java.util.ArrayDeque;
import java.util.function.IntSupplier;

/**
 * At most limit sends in any window of time (a rolling window, not a calendar hour or day): what a number may send
 * before WhatsApp takes it for a spammer. Holds one timestamp per send in the window, so at most as many as the
 * highest limit.
 */
public final class SendQuota {

    private final IntSupplier limit;
    private final long windowNanos;
    private final ArrayDeque<Long> sent = new ArrayDeque<>();

    public SendQuota(int limit, long windowNanos) {
        this(() -> limit, windowNanos);
    }

    /**
     * @param limit the limit now, which may change over time (a warm-up ramp)
     */
    public SendQuota(IntSupplier limit, long windowNanos) {
        this.limit = limit;
        this.windowNanos = windowNanos;
    }

    public int limit() {
        return limit.getAsInt();
    }

    /** Counts a send now if the window has room. */
    public synchronized boolean tryTake(long nowNanos) {
        evict(nowNanos);
        if (sent.size() >= limit.getAsInt()) {
            return false;
        }
        sent.add(nowNanos);
        return true;
    }

    /** How long until the window has room; 0 when it has now. */
    public synchronized long waitNanos(long nowNanos) {
        evict(nowNanos);
        int allowed = Math.max(limit.getAsInt(), 1);
        if (sent.size() < allowed) {
            return 0;
        }
        // the window has room once all sends but the newest allowed - 1 left it
        return sent.stream().skip(sent.size() - allowed).findFirst().orElseThrow() + windowNanos - nowNanos;
    }

    /** The sends counted in the window now. */
    public synchronized int used(long nowNanos) {
        evict(nowNanos);
        return sent.size();
    }

    private void evict(long nowNanos) {
        while (!sent.isEmpty() && nowNanos - sent.peekFirst() >= windowNanos) {
            sent.pollFirst();
        }
    }
}
