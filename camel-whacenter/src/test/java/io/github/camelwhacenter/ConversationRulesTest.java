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
package io.github.camelwhacenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelwhacenter.conversation.Conversation;
import io.github.camelwhacenter.conversation.ConversationScan;
import io.github.camelwhacenter.conversation.Conversations;
import io.github.camelwhacenter.conversation.Conversations.Claim;
import io.github.camelwhacenter.conversation.Conversations.Outcome;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.aggregate.MemoryAggregationRepository;
import org.apache.camel.spi.AggregationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conversations' rules on a fake clock, through the real AggregationConversationStore over one
 * MemoryAggregationRepository with optimistic locking, shared by two {@link Conversations} that stand for two nodes:
 * who claims a reply, when a claim lapses, how long an answer is remembered, and who emits an ended conversation.
 */
class ConversationRulesTest {

    private static final String DEVICE = "device-1";
    private static final String NUMBER = "6287754446580";
    private static final String OTHER_NUMBER = "6287754446581";
    private static final String KEY = Conversations.key(DEVICE, NUMBER);
    private static final String FINGERPRINT = Conversations.device(DEVICE);

    private static final long CLAIM_TIMEOUT = 300_000;
    private static final long REPLY_TIMEOUT = 3_600_000;
    private static final long T0 = 1_767_225_600_000L;

    /** The message that answers, and another one, as the webhook's deduplication keys. */
    private static final String YES = "message-yes";
    private static final String OTHER = "message-other";

    private final AtomicLong clock = new AtomicLong(T0);
    private final CamelContext context = new DefaultCamelContext();
    private final MemoryAggregationRepository repository = new MemoryAggregationRepository(true);
    private final Conversations nodeA = node(repository, Integer.MAX_VALUE);
    private final Conversations nodeB = node(repository, Integer.MAX_VALUE);
    private final ConversationScan scanA = new ConversationScan();
    private final ConversationScan scanB = new ConversationScan();

    @AfterEach
    void closeContext() throws Exception {
        context.close();
    }

    private Conversations node(AggregationRepository shared, int maxConversations) {
        return new Conversations(new AggregationConversationStore(shared, context, maxConversations), clock::get,
                CLAIM_TIMEOUT);
    }

    private static Conversation question(String id, String name, long deadline) {
        return Conversation.pending(id, name, FINGERPRINT, NUMBER, "Confirm order A-1001? YES or NO", deadline,
                Map.of("OrderId", "A-1001"));
    }

    /** Records a question to NUMBER, due REPLY_TIMEOUT from now. */
    private long expect(Conversations node, String id, String name) {
        long deadline = clock.get() + REPLY_TIMEOUT;
        node.expect(DEVICE, NUMBER, question(id, name, deadline));
        return deadline;
    }

    private void at(long epochMillis) {
        clock.set(epochMillis);
    }

    /** What one node's conversations consumer claims on a poll: every due key of the store, as it reads them. */
    private List<Claim> poll(Conversations node, ConversationScan scan) {
        List<Claim> claims = new ArrayList<>();
        for (String key : scan.due(node.keys(), node.now())) {
            Claim claim = node.claimEnded(key, FINGERPRINT, scan);
            if (claim != null) {
                claims.add(claim);
            }
        }
        return claims;
    }

    /** A reply claims a pending conversation once: the node it reached first holds it, for that message only. */
    @Test
    void aReplyClaimsThePendingConversationOnceAcrossNodes() {
        expect(nodeA, "q1", "order-confirmation");
        at(T0 + 1_000);

        Claim claimed = nodeA.claimReply(DEVICE, NUMBER, YES);
        assertEquals(Outcome.CLAIMED, claimed.outcome());
        assertEquals("order-confirmation", claimed.conversation().name());
        assertEquals("q1", claimed.conversation().id());
        assertEquals(Map.of("OrderId", "A-1001"), claimed.conversation().context());

        Claim sameOnB = nodeB.claimReply(DEVICE, NUMBER, YES);
        assertEquals(Outcome.IN_FLIGHT, sameOnB.outcome(), "the same message on another node waits while the claim holds");
        assertNull(sameOnB.conversation());
        assertEquals(Outcome.NONE, nodeB.claimReply(DEVICE, NUMBER, OTHER).outcome(),
                "another message is an ordinary one");
        assertEquals(Outcome.IN_FLIGHT, nodeA.claimReply(DEVICE, NUMBER, YES).outcome(),
                "the same message again on the node that holds it waits too");
        assertEquals(Outcome.NONE, nodeB.claimReply(DEVICE, OTHER_NUMBER, YES).outcome(), "another contact");
        assertEquals(Outcome.NONE, nodeB.claimReply("device-2", NUMBER, YES).outcome(), "another device");
    }

    /**
     * A claim lapses at conversationClaimTimeout to the millisecond: the same message delivered again then claims it on
     * another node, and the node that claimed first can no longer settle it.
     */
    @Test
    void aClaimLapsesExactlyAtTheClaimTimeoutAndIsTakenOver() {
        expect(nodeA, "q1", "order-confirmation");
        long claimedAt = T0 + 1_000;
        at(claimedAt);
        Claim first = nodeA.claimReply(DEVICE, NUMBER, YES);
        assertEquals(Outcome.CLAIMED, first.outcome());

        at(claimedAt + CLAIM_TIMEOUT - 1);
        assertEquals(Outcome.IN_FLIGHT, nodeB.claimReply(DEVICE, NUMBER, YES).outcome(), "one millisecond before");
        at(claimedAt + CLAIM_TIMEOUT);
        Claim takenOver = nodeB.claimReply(DEVICE, NUMBER, YES);
        assertEquals(Outcome.CLAIMED, takenOver.outcome(), "at the claim timeout");
        assertEquals("order-confirmation", takenOver.conversation().name());

        assertFalse(nodeA.answered(first), "the lapsed claim settles nothing");
        assertFalse(nodeA.giveBack(first), "nor gives anything back");
        assertEquals(Outcome.IN_FLIGHT, nodeA.claimReply(DEVICE, NUMBER, YES).outcome(), "node B holds it now");
        assertTrue(nodeB.answered(takenOver));
        assertEquals(Outcome.REPEATED, nodeA.claimReply(DEVICE, NUMBER, YES).outcome());
    }

    /**
     * An answered conversation remembers its message until its deadline, or claimTimeout after the answer when that is
     * later, so that a repeated delivery is not handed again; then a conversations consumer removes it.
     */
    @Test
    void anAnsweredConversationKnowsARepeatedDeliveryUntilItsDeadlineOrClaimTimeoutAfterTheAnswer() {
        long deadline = expect(nodeA, "q1", "order-confirmation");
        at(T0 + 1_000);
        Claim claim = nodeA.claimReply(DEVICE, NUMBER, YES);
        at(T0 + 2_000);
        assertTrue(nodeA.answered(claim));

        // answered early: kept until the deadline
        assertEquals(Outcome.REPEATED, nodeB.claimReply(DEVICE, NUMBER, YES).outcome());
        assertEquals(Outcome.NONE, nodeB.claimReply(DEVICE, NUMBER, OTHER).outcome(), "a different message");
        at(deadline - 1);
        assertEquals(Outcome.REPEATED, nodeB.claimReply(DEVICE, NUMBER, YES).outcome());
        assertNull(nodeB.claimEnded(KEY, FINGERPRINT, scanB), "an answered one is never emitted");
        assertEquals(Set.of(KEY), nodeB.keys(), "still kept");
        at(deadline);
        assertNull(nodeB.claimEnded(KEY, FINGERPRINT, scanB));
        assertTrue(nodeB.keys().isEmpty(), "removed once its time passed");
        assertEquals(Outcome.NONE, nodeB.claimReply(DEVICE, NUMBER, YES).outcome());

        // answered late: kept claimTimeout after the answer, past the deadline
        long secondDeadline = expect(nodeA, "q2", "delivery-time");
        long answeredAt = secondDeadline - 1_000;
        at(answeredAt - 1);
        Claim late = nodeB.claimReply(DEVICE, NUMBER, YES);
        assertEquals(Outcome.CLAIMED, late.outcome());
        at(answeredAt);
        assertTrue(nodeB.answered(late));
        at(answeredAt + CLAIM_TIMEOUT - 1);
        assertEquals(Outcome.REPEATED, nodeA.claimReply(DEVICE, NUMBER, YES).outcome(), "past the deadline still");
        assertEquals(Outcome.NONE, nodeA.claimReply(DEVICE, NUMBER, OTHER).outcome());
        assertNull(nodeA.claimEnded(KEY, FINGERPRINT, scanA));
        assertEquals(Set.of(KEY), nodeA.keys());
        at(answeredAt + CLAIM_TIMEOUT);
        assertNull(nodeA.claimEnded(KEY, FINGERPRINT, scanA));
        assertTrue(nodeA.keys().isEmpty());
    }

    /** A claim given back (the route failed) is claimed again by the same message delivered again. */
    @Test
    void aClaimGivenBackIsClaimedAgainByTheSameMessage() {
        expect(nodeA, "q1", "order-confirmation");
        at(T0 + 1_000);
        Claim failed = nodeA.claimReply(DEVICE, NUMBER, YES);
        assertTrue(nodeA.giveBack(failed));

        at(T0 + 2_000);
        Claim again = nodeB.claimReply(DEVICE, NUMBER, YES);
        assertEquals(Outcome.CLAIMED, again.outcome(), "at once, on any node, without waiting for the claim to lapse");
        assertEquals("q1", again.conversation().id());
        assertTrue(nodeB.answered(again));
        assertEquals(Outcome.REPEATED, nodeA.claimReply(DEVICE, NUMBER, YES).outcome());
    }

    /**
     * At its deadline a reply is too late, and the conversation is claimed to be emitted as ended by one node only;
     * emitted, it is gone; a node that died with the claim is taken over once conversationClaimTimeout passed.
     */
    @Test
    void atTheDeadlineOneNodeEmitsTheConversationOnceAndTakesOverADeadNodesClaim() {
        long deadline = expect(nodeA, "q1", "payment-reminder");
        at(deadline - 1);
        assertNull(nodeA.claimEnded(KEY, FINGERPRINT, scanA), "before its deadline");
        assertNull(nodeB.claimEnded(KEY, FINGERPRINT, scanB));
        assertTrue(poll(nodeA, scanA).isEmpty(), "and not read again before it");

        at(deadline);
        assertEquals(Outcome.NONE, nodeA.claimReply(DEVICE, NUMBER, YES).outcome(), "a reply at the deadline is too late");
        Claim ended = nodeA.claimEnded(KEY, FINGERPRINT, scanA);
        assertNotNull(ended, "due at its deadline");
        assertEquals(Outcome.CLAIMED, ended.outcome());
        assertEquals("payment-reminder", ended.conversation().name());
        assertFalse(ended.conversation().replaced(), "timed out, not replaced");
        assertNull(nodeB.claimEnded(KEY, FINGERPRINT, scanB), "one node only");
        assertEquals(Outcome.NONE, nodeB.claimReply(DEVICE, NUMBER, YES).outcome(), "a reply while it is emitted");
        at(deadline + 1);
        assertEquals(Outcome.NONE, nodeB.claimReply(DEVICE, NUMBER, YES).outcome(), "nor after");
        nodeA.emitted(ended);
        assertTrue(nodeA.keys().isEmpty(), "emitted, it is gone");
        assertNull(nodeB.claimEnded(KEY, FINGERPRINT, scanB));

        // the same, but node A dies before it emits
        long secondDeadline = expect(nodeA, "q2", "payment-reminder");
        at(secondDeadline);
        Claim lost = nodeA.claimEnded(KEY, FINGERPRINT, scanA);
        assertNotNull(lost);
        at(secondDeadline + CLAIM_TIMEOUT - 1);
        assertNull(nodeB.claimEnded(KEY, FINGERPRINT, scanB), "held until conversationClaimTimeout");
        at(secondDeadline + CLAIM_TIMEOUT);
        List<Claim> takenOver = poll(nodeB, scanB);
        assertEquals(1, takenOver.size(), "node B's scan reads it again when the claim lapses");
        assertEquals("q2", takenOver.get(0).conversation().id());
        nodeB.emitted(takenOver.get(0));
        assertTrue(nodeB.keys().isEmpty());
    }

    /**
     * A new question to a contact with one pending moves the old one aside, to be emitted once as replaced, and the
     * contact's reply answers the new one.
     */
    @Test
    void aNewQuestionMovesThePendingOneAsideToBeEmittedAsReplaced() {
        expect(nodeA, "q1", "order-confirmation");
        long replacedAt = T0 + 1_000;
        at(replacedAt);
        expect(nodeB, "q2", "delivery-time");
        assertEquals(2, nodeA.keys().size(), "the new one, and the old one aside");

        List<Claim> claims = poll(nodeA, scanA);
        assertEquals(1, claims.size(), "only the replaced one has ended");
        Conversation replaced = claims.get(0).conversation();
        assertTrue(replaced.replaced());
        assertEquals("order-confirmation", replaced.name());
        assertEquals("q1", replaced.id());
        assertEquals(replacedAt, replaced.deadline(), "ended when it was replaced");
        assertEquals(Map.of("OrderId", "A-1001"), replaced.context());
        assertTrue(poll(nodeB, scanB).isEmpty(), "emitted by one node only");
        nodeA.emitted(claims.get(0));
        assertEquals(Set.of(KEY), nodeA.keys());

        Claim reply = nodeB.claimReply(DEVICE, NUMBER, YES);
        assertEquals(Outcome.CLAIMED, reply.outcome());
        assertEquals("q2", reply.conversation().id());
        assertEquals("delivery-time", reply.conversation().name());
        assertFalse(reply.conversation().replaced());
    }

    /**
     * A send's outcome changes only its own question while it waits: notSent removes it, sent records the gateway's id,
     * which the reply's claim carries.
     */
    @Test
    void aSendsOutcomeChangesOnlyItsOwnPendingQuestion() {
        expect(nodeA, "q1", "order-confirmation");

        nodeA.notSent(DEVICE, NUMBER, "q0");
        nodeA.sent(DEVICE, NUMBER, "q0", "msg-41");
        assertEquals(Set.of(KEY), nodeA.keys(), "another question's outcome changes nothing");
        nodeA.sent(DEVICE, NUMBER, "q1", "msg-42");

        at(T0 + 1_000);
        Claim claim = nodeB.claimReply(DEVICE, NUMBER, YES);
        assertEquals("msg-42", claim.conversation().messageId(), "the id of the question the reply answers");
        nodeA.notSent(DEVICE, NUMBER, "q1");
        assertEquals(Set.of(KEY), nodeA.keys(), "a claimed one stays");
        assertTrue(nodeB.giveBack(claim));
        Claim again = nodeA.claimReply(DEVICE, NUMBER, YES);
        assertEquals("msg-42", again.conversation().messageId(), "kept through a claim given back");
        assertTrue(nodeA.giveBack(again));

        nodeA.notSent(DEVICE, NUMBER, "q1");
        assertTrue(nodeA.keys().isEmpty(), "the pending question that was not sent is gone");
        assertEquals(Outcome.NONE, nodeB.claimReply(DEVICE, NUMBER, YES).outcome());
    }

    /**
     * The route that handles a reply asks the next question (a conversation that goes on): the reply delivered again,
     * while its claim holds or once answered, is a repetition, not the answer to the next question.
     */
    @Test
    void aRepeatedReplyDoesNotAnswerTheQuestionItsRouteAskedNext() {
        expect(nodeA, "q1", "order-confirmation");
        Claim claimed = nodeA.claimReply(DEVICE, NUMBER, YES);
        expect(nodeA, "q2", "delivery-slot");

        assertEquals(Outcome.REPEATED, nodeB.claimReply(DEVICE, NUMBER, YES).outcome(), "while the claim holds");
        assertFalse(nodeA.answered(claimed), "the next question took the conversation's place");
        at(T0 + 1_000);
        assertEquals(Outcome.REPEATED, nodeB.claimReply(DEVICE, NUMBER, YES).outcome());
        Claim next = nodeB.claimReply(DEVICE, NUMBER, OTHER);
        assertEquals(Outcome.CLAIMED, next.outcome());
        assertEquals("q2", next.conversation().id());
        assertTrue(nodeB.answered(next));

        expect(nodeB, "q3", "feedback");
        assertEquals(Outcome.REPEATED, nodeA.claimReply(DEVICE, NUMBER, OTHER).outcome(),
                "once answered, too, the answer delivered again does not answer the question after it");
        assertEquals(Outcome.CLAIMED, nodeA.claimReply(DEVICE, NUMBER, "message-third").outcome());
        assertEquals(List.of(), poll(nodeA, scanA), "nothing ended: every question was answered or waits");
    }

    /** A new question after the deadline passed, before the conversation was emitted: it is emitted as TIMED_OUT. */
    @Test
    void aNewQuestionAfterTheDeadlineLeavesTheOldOneTimedOut() {
        long deadline = expect(nodeA, "q1", "order-confirmation");
        at(deadline);
        expect(nodeA, "q2", "next");

        List<Claim> ended = poll(nodeB, scanB);
        assertEquals(1, ended.size());
        assertEquals("q1", ended.get(0).conversation().id());
        assertFalse(ended.get(0).conversation().replaced(), "it timed out before it was replaced");
    }

    /** A node that died emitting an ended conversation, then a new question: the ended one is still emitted. */
    @Test
    void anEndedConversationWhoseEmitterDiedIsEmittedAfterANewQuestion() {
        long deadline = expect(nodeA, "q1", "order-confirmation");
        at(deadline);
        assertEquals(1, poll(nodeA, scanA).size(), "node A claims it to emit it, and dies");
        at(deadline + CLAIM_TIMEOUT);
        expect(nodeB, "q2", "next");

        List<Claim> ended = poll(nodeB, scanB);
        assertEquals(1, ended.size());
        assertEquals("q1", ended.get(0).conversation().id());
        nodeB.emitted(ended.get(0));
        assertEquals(1, nodeB.keys().size(), "only the new question is left");
    }

    /** MemoryAggregationRepository locks optimistically only when told to: without it, it is refused. */
    @Test
    void aMemoryRepositoryWithoutOptimisticLockingIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> node(new MemoryAggregationRepository(), Integer.MAX_VALUE));
        assertTrue(refused.getMessage().contains("conversationRepository"), refused.getMessage());
    }

    /** The in-memory store keeps at most maxConversations: the next is refused, naming the option. */
    @Test
    void theInMemoryStoreRefusesAConversationPastMaxConversations() {
        Conversations bounded = node(new MemoryAggregationRepository(true), 2);
        bounded.expect(DEVICE, "6287754446581", question("q1", "first", T0 + REPLY_TIMEOUT));
        bounded.expect(DEVICE, "6287754446582", question("q2", "second", T0 + REPLY_TIMEOUT));

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> bounded.expect(DEVICE, "6287754446583", question("q3", "third", T0 + REPLY_TIMEOUT)));
        assertTrue(refused.getMessage().contains("maxConversations"), refused.getMessage());
        assertEquals(2, bounded.keys().size());
    }

    /** A repository without optimistic locking could let two nodes claim one reply: it is refused at once. */
    @Test
    void aRepositoryWithoutOptimisticLockingIsRefused() {
        AggregationRepository pessimistic = new AggregationRepository() {
            @Override
            public Exchange add(CamelContext camelContext, String key, Exchange exchange) {
                return null;
            }

            @Override
            public Exchange get(CamelContext camelContext, String key) {
                return null;
            }

            @Override
            public void remove(CamelContext camelContext, String key, Exchange exchange) {
            }

            @Override
            public void confirm(CamelContext camelContext, String exchangeId) {
            }

            @Override
            public Set<String> getKeys() {
                return Set.of();
            }
        };

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new AggregationConversationStore(pessimistic, context, Integer.MAX_VALUE));
        assertTrue(refused.getMessage().contains("conversationRepository"), refused.getMessage());
    }
}
