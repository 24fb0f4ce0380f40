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

import java.util.ArrayDeque;
import java.util.List;

/**
 * An append-only list that forgets its oldest entries beyond a limit, so that a benchmark driving
 * millions of requests cannot exhaust the heap. Thread-safe.
 *
 * @param <T> the entry type
 */
final class BoundedHistory<T> {

    private final ArrayDeque<T> entries = new ArrayDeque<>();
    private int limit;

    BoundedHistory(int limit) {
        this.limit = requirePositive(limit);
    }

    synchronized void add(T entry) {
        entries.addLast(entry);
        if (entries.size() > limit) {
            entries.removeFirst();
        }
    }

    synchronized List<T> snapshot() {
        return List.copyOf(entries);
    }

    synchronized void clear() {
        entries.clear();
    }

    synchronized void setLimit(int limit) {
        this.limit = requirePositive(limit);
        while (entries.size() > limit) {
            entries.removeFirst();
        }
    }

    static int requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("history limit must be positive, was " + limit);
        }
        return limit;
    }
}
