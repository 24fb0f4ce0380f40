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

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults waiting for the request they apply to, first in first out. Each entry either applies to
 * any path or to one operation path only. Thread-safe.
 */
final class FaultQueue {

    private record Pending(String path, Fault fault) {
    }

    private final List<Pending> pending = new ArrayList<>();
    // lets the hot path skip the lock in the usual case of no faults at all
    private final AtomicInteger size = new AtomicInteger();

    /**
     * @param path  the operation path, or {@code null} for any
     * @param fault the fault
     */
    void add(String path, Fault fault) {
        Objects.requireNonNull(fault, "fault");
        synchronized (pending) {
            pending.add(new Pending(path, fault));
            size.incrementAndGet();
        }
    }

    /**
     * Removes and returns the oldest fault that applies to {@code path}.
     *
     * @param path the request's operation path
     * @return the fault, or {@code null} when none applies
     */
    Fault take(String path) {
        if (size.get() == 0) {
            return null;
        }
        synchronized (pending) {
            for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
                Pending next = it.next();
                if (next.path() == null || next.path().equals(path)) {
                    it.remove();
                    size.decrementAndGet();
                    return next.fault();
                }
            }
            return null;
        }
    }

    int size() {
        return size.get();
    }

    void clear() {
        synchronized (pending) {
            pending.clear();
            size.set(0);
        }
    }
}
