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
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.conversation.PendingReplies.NoReply;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import io.github.camelwhacenter.testing.FakeScheduler;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule of the questions waiting for a reply, on a fake clock. */
class PendingRepliesTest {

    private static final String DEVICE = "device-1";
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final FakeScheduler clock = new FakeScheduler();
    private final PendingReplies replies = new PendingReplies(3, clock);

    /** What one waiter was told, in order. */
    private static final class Told implements PendingReplies.Waiter {
        final List<Object> told = new ArrayList<>();

        @Override
        public synchronized void replied(WhacenterIncomingMessage reply) {
            told.add(reply);
        }

        @Override
        public synchronized void noReply(NoReply reason) {
            told.add(reason);
        }
    }

    private static WhacenterIncomingMessage message(String from, String text) {
        return new WhacenterIncomingMessage(from, "6281200000001", "Budi", "text", text, "", false, "", null, "WHACENTER",
                java.util.Map.of(), null);
    }

    @Test
    void theContactsNextMessageIsTheReplyOnceAndOnlyForItsDevice() {
        Told waiter = new Told();
        replies.register(DEVICE, "6281", TIMEOUT, waiter);
        WhacenterIncomingMessage yes = message("6281", "YES");

        assertFalse(replies.reply("device-2", "6281", yes), "another device's contact");
        assertFalse(replies.reply(DEVICE, "6282", yes), "another contact");
        assertTrue(replies.reply(DEVICE, "6281", yes));
        assertFalse(replies.reply(DEVICE, "6281", message("6281", "again")), "taken once");

        clock.advance(TIMEOUT.plusMinutes(1));
        assertEquals(List.of(yes), waiter.told, "and never timed out after");
        assertEquals(0, replies.waiting());
        assertEquals(0, clock.scheduled(), "its timeout was cancelled");
    }

    @Test
    void aQuestionTimesOutAtItsDeadlineToTheNanosecond() {
        Told waiter = new Told();
        replies.register(DEVICE, "6281", TIMEOUT, waiter);

        clock.advance(TIMEOUT.toNanos() - 1, TimeUnit.NANOSECONDS);
        assertEquals(List.of(), waiter.told);
        clock.advance(1, TimeUnit.NANOSECONDS);

        assertEquals(List.of(NoReply.TIMED_OUT), waiter.told);
        assertFalse(replies.reply(DEVICE, "6281", message("6281", "late")), "a late reply is no longer taken");
        assertEquals(0, replies.waiting());
    }

    @Test
    void aLaterQuestionToTheSameContactReplacesTheEarlierOne() {
        Told first = new Told();
        Told second = new Told();
        replies.register(DEVICE, "6281", TIMEOUT, first);
        replies.register(DEVICE, "6281", TIMEOUT, second);
        WhacenterIncomingMessage yes = message("6281", "YES");

        replies.reply(DEVICE, "6281", yes);

        assertEquals(List.of(NoReply.REPLACED), first.told);
        assertEquals(List.of(yes), second.told);
        assertEquals(0, clock.scheduled());
    }

    @Test
    void theNumberWaitingIsBoundedAndACancelledQuestionFreesItsPlace() {
        PendingReplies.Registration a = replies.register(DEVICE, "1", TIMEOUT, new Told());
        replies.register(DEVICE, "2", TIMEOUT, new Told());
        replies.register(DEVICE, "3", TIMEOUT, new Told());

        assertNull(replies.register(DEVICE, "4", TIMEOUT, new Told()), "a fourth waits nowhere");
        assertNotNull(replies.register(DEVICE, "3", TIMEOUT, new Told()), "replacing takes no new place");
        Told cancelled = new Told();
        a.cancel();
        assertNotNull(replies.register(DEVICE, "4", TIMEOUT, cancelled));
        assertEquals(3, replies.waiting());
    }

    @Test
    void stoppingTellsEveryWaiterOnceAndRefusesNewQuestions() {
        Told one = new Told();
        Told two = new Told();
        replies.register(DEVICE, "1", TIMEOUT, one);
        PendingReplies.Registration mine = replies.register(DEVICE, "2", TIMEOUT, two);

        mine.stop();
        replies.stop();
        clock.advance(TIMEOUT);

        assertEquals(List.of(NoReply.STOPPED), one.told);
        assertEquals(List.of(NoReply.STOPPED), two.told);
        assertNull(replies.register(DEVICE, "3", TIMEOUT, new Told()));
        replies.start();
        assertSame(0, replies.waiting());
    }
}
