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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one conversations consumer knows of the store between its polls: when each key is next worth reading, so that
 * a poll reads only the conversations that may have ended, not every one. Bounded by the store's keys: a key no longer
 * there is forgotten.
 */
public final class ConversationScan {

    /** A conversation not known to end sooner is read again after this long, in case it was replaced. */
    static final long REREAD_MILLIS = 60_000;

    private final Map<String, Long> readAgainAt = new HashMap<>();

    /** The keys worth reading now, of those the store holds. */
    public synchronized List<String> due(Set<String> keys, long now) {
        readAgainAt.keySet().retainAll(keys);
        List<String> due = new ArrayList<>();
        for (String key : keys) {
            Long at = readAgainAt.get(key);
            if (at == null || at <= now) {
                due.add(key);
            }
        }
        return due;
    }

    synchronized void readAgainAt(String key, long at) {
        readAgainAt.put(key, at);
    }

    synchronized void gone(String key) {
        readAgainAt.remove(key);
    }
}
