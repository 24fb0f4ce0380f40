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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questions waiting behind a contact's pending conversation: each goes once the conversation is no longer open, one at
 * a time per contact and in order, bounded in number, and every one still waiting is told when they stop.
 */
class WaitingQuestionsTest {

    private final Set<String> open = new HashSet<>();
    private final List<String> events = new ArrayList<>();
    private final List<Runnable> recorded = new ArrayList<>();
    private final WaitingQuestions questions = new WaitingQuestions(3, open::contains);

    private WaitingQuestions.Question question(String name) {
        return new WaitingQuestions.Question() {
            @Override
            public void go(Runnable done) {
                events.add("go " + name);
                recorded.add(done);
            }

            @Override
            public void stopped() {
                events.add("stopped " + name);
            }
        };
    }

    @Test
    void aQuestionGoesOnceTheConversationIsNoLongerOpenOneAtATimeInOrder() {
        open.add("alice");
        assertTrue(questions.add("alice", question("a1")));
        assertTrue(questions.add("alice", question("a2")));
        assertTrue(questions.add("bob", question("b1")));

        questions.check();
        assertEquals(List.of("go b1"), events, "bob's conversation is not open; alice's is");
        open.remove("alice");
        questions.check();
        assertEquals(List.of("go b1", "go a1"), events);
        questions.check();
        assertEquals(List.of("go b1", "go a1"), events, "a2 waits until a1 recorded its conversation");
        recorded.get(1).run();
        open.add("alice");
        questions.check();
        assertEquals(List.of("go b1", "go a1"), events, "a1's own conversation is open now: a2 waits behind it");
        open.remove("alice");
        questions.check();
        assertEquals(List.of("go b1", "go a1", "go a2"), events);
        assertEquals(0, questions.waiting());
    }

    @Test
    void boundedInNumberAndEveryWaitingQuestionIsToldWhenTheyStop() {
        open.add("alice");
        WaitingQuestions.Question cancelled = question("a3");
        assertTrue(questions.add("alice", question("a1")));
        assertTrue(questions.add("alice", question("a2")));
        assertTrue(questions.add("alice", cancelled));
        assertFalse(questions.add("alice", question("a4")), "maxWaiting is 3");
        assertTrue(questions.cancel("alice", cancelled));
        assertFalse(questions.cancel("alice", cancelled), "once");

        questions.stop();

        assertEquals(List.of("stopped a1", "stopped a2"), events);
        assertEquals(0, questions.waiting());
        assertFalse(questions.add("alice", question("a5")), "refused once stopped");
    }

    @Test
    void aStoreThatCannotSayKeepsTheQuestionWaiting() {
        WaitingQuestions failing = new WaitingQuestions(3, key -> {
            throw new IllegalStateException("the database is gone");
        });
        failing.add("alice", question("a1"));
        failing.check();
        assertEquals(List.of(), events);
        assertEquals(1, failing.waiting());
    }
}
