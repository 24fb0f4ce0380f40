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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Questions that wait behind a contact's pending conversation, in this JVM: at each {@link #check()} the first question
 * of each contact whose conversation is no longer open goes, and the next one of that contact only once that one
 * recorded its own conversation (or failed), so that questions to one contact go one at a time, in order. Bounded in
 * number; no thread waits.
 */
public final class WaitingQuestions {

    /** A question waiting to go; told exactly once, never while the lock is held. */
    public interface Question {
        /**
         * Its turn: it records its conversation and is sent; it calls {@code done} once either happened or failed.
         */
        void go(Runnable done);

        /** The questions stopped waiting: it is not sent. */
        void stopped();
    }

    private final int maxWaiting;
    private final Predicate<String> open;
    private final Map<String, ArrayDeque<Question>> waiting = new HashMap<>();
    private final Map<String, Question> going = new HashMap<>();
    private int count;
    private boolean stopped;

    /**
     * @param maxWaiting the most questions waiting at once
     * @param open       whether the contact's conversation under the key still waits for its reply (a store read)
     */
    public WaitingQuestions(int maxWaiting, Predicate<String> open) {
        this.maxWaiting = maxWaiting;
        this.open = open;
    }

    /** @return false when maxWaiting questions wait already, or the questions are stopped */
    public synchronized boolean add(String key, Question question) {
        if (stopped || count >= maxWaiting) {
            return false;
        }
        waiting.computeIfAbsent(key, k -> new ArrayDeque<>()).add(question);
        count++;
        return true;
    }

    /**
     * Lets go the first question of every contact whose conversation is no longer open. A store that cannot say keeps
     * them waiting until the next check.
     */
    public void check() {
        List<String> keys;
        synchronized (this) {
            keys = new ArrayList<>();
            for (String key : waiting.keySet()) {
                if (!going.containsKey(key)) {
                    keys.add(key);
                }
            }
        }
        for (String key : keys) {
            boolean stillOpen;
            try {
                stillOpen = open.test(key);
            } catch (RuntimeException e) {
                continue;
            }
            if (stillOpen) {
                continue;
            }
            Question next;
            synchronized (this) {
                ArrayDeque<Question> queue = waiting.get(key);
                if (stopped || queue == null || going.containsKey(key)) {
                    continue;
                }
                next = queue.poll();
                count--;
                if (queue.isEmpty()) {
                    waiting.remove(key);
                }
                going.put(key, next);
            }
            next.go(() -> {
                synchronized (WaitingQuestions.this) {
                    going.remove(key, next);
                }
            });
        }
    }

    /**
     * Takes a question out before its turn (its producer stops); its owner tells it.
     *
     * @return false when it is not waiting (its turn came, or it was told it stopped)
     */
    public synchronized boolean cancel(String key, Question question) {
        ArrayDeque<Question> queue = waiting.get(key);
        if (queue == null || !queue.remove(question)) {
            return false;
        }
        count--;
        if (queue.isEmpty()) {
            waiting.remove(key);
        }
        return true;
    }

    /** Every waiting question is told it stopped; later ones are refused. */
    public void stop() {
        List<Question> all = new ArrayList<>();
        synchronized (this) {
            stopped = true;
            for (Iterator<ArrayDeque<Question>> it = waiting.values().iterator(); it.hasNext();) {
                all.addAll(it.next());
                it.remove();
            }
            count = 0;
        }
        for (Question question : all) {
            try {
                question.stopped();
            } catch (RuntimeException e) {
                // each is told, whatever another did
            }
        }
    }

    /** How many questions wait now. */
    public synchronized int waiting() {
        return count;
    }
}
