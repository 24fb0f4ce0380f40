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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

import io.github.camelwhacenter.conversation.Conversation.State;
import io.github.camelwhacenter.support.Secrets;

/**
 * The conversations the routes expect replies to, in a store every node shares: a question is recorded per device and
 * contact, the contact's next message claims it (one node wins), a route failure gives the claim back, and one whose
 * deadline passed, or that a later question replaced, is claimed once to be emitted as ended. A claim lapses after
 * {@code claimTimeout}, so that the conversation of a node that died while holding it is taken over.
 */
public final class Conversations {

    /** How many times a change is tried again when another node changed the conversation in between. */
    private static final int ATTEMPTS = 8;

    /** What a contact's message is to the conversations. */
    public enum Outcome {
        /** no conversation expects it: an ordinary message */
        NONE,
        /** it answers the conversation, now claimed by this node */
        CLAIMED,
        /** another node handles this same message now: deliver it again later */
        IN_FLIGHT,
        /** this same message answered the conversation already: a repeated delivery */
        REPEATED
    }

    /** A conversation claimed by this node, or why none was. */
    public record Claim(Outcome outcome, ConversationStore.Stored stored) {
        static final Claim NONE = new Claim(Outcome.NONE, null);

        /** The claimed conversation; null unless CLAIMED. */
        public Conversation conversation() {
            return stored == null ? null : stored.conversation();
        }
    }

    private final ConversationStore store;
    private final LongSupplier clock;
    private final long claimTimeout;
    private final LongAdder recorded = new LongAdder();
    private final LongAdder replied = new LongAdder();
    private final LongAdder repeated = new LongAdder();
    private final LongAdder givenBack = new LongAdder();
    private final LongAdder ended = new LongAdder();

    /**
     * @param clock        epoch milliseconds
     * @param claimTimeout milliseconds a claim holds before another node may take it over
     */
    public Conversations(ConversationStore store, LongSupplier clock, long claimTimeout) {
        this.store = store;
        this.clock = clock;
        this.claimTimeout = claimTimeout;
    }

    /** The key of a device's conversation with a contact: neither in clear. */
    public static String key(String deviceId, String number) {
        return Secrets.digest("conversation", deviceId, number);
    }

    /** The fingerprint a device's conversations carry, so that its conversations consumer finds its own. */
    public static String device(String deviceId) {
        return Secrets.digest("device", deviceId);
    }

    /**
     * Records a question sent (or about to be) to the contact. A conversation still pending with it is replaced: kept
     * aside, ended, for the conversations consumer to emit as REPLACED.
     *
     * @throws IllegalStateException when other nodes kept changing it
     */
    public void expect(String deviceId, String number, Conversation conversation) {
        String key = key(deviceId, number);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ConversationStore.Stored current = store.get(key);
            if (current == null) {
                if (store.insert(key, conversation) != null) {
                    recorded.increment();
                    return;
                }
                continue;
            }
            Conversation old = current.conversation();
            long now = clock.getAsLong();
            Conversation aside = null;
            Conversation next = conversation;
            switch (old.state()) {
                case PENDING:
                    aside = ended(old, now);
                    break;
                case CLAIMED:
                    if (Conversation.TIMEOUT.equals(old.claimedBy())) {
                        // a node emits it now (it ends with its emission), or died doing so: emitted from aside
                        aside = old.heldAt(now) ? null : old;
                    } else if (old.heldAt(now)) {
                        // its reply is being handled, maybe by the route asking this: that message answers this one not
                        next = conversation.answeredBy(old.claimedBy());
                    } else {
                        // the node handling its reply died
                        aside = ended(old, now);
                    }
                    break;
                case ANSWERED:
                    next = conversation.answeredBy(old.claimedBy());
                    break;
                default:
                    throw new IllegalStateException(old.state().name());
            }
            ConversationStore.Stored movedAside = aside == null ? null
                    : store.insert(key + ".ended." + UUID.randomUUID(), aside);
            if (store.replace(current, next) != null) {
                recorded.increment();
                return;
            }
            if (movedAside != null) {
                store.remove(movedAside);
            }
        }
        throw new IllegalStateException("the conversation kept changing while it was recorded (" + ATTEMPTS + " attempts)");
    }

    /** A conversation a new question ends: as it is when its deadline passed (TIMED_OUT), else REPLACED. */
    private static Conversation ended(Conversation old, long now) {
        return now >= old.deadline() ? old : old.replacedAt(now);
    }
    /**
     * Whether the conversation under the key still waits for its reply: pending before its deadline, or its reply
     * being handled now.
     */
    public boolean isOpen(String key) {
        ConversationStore.Stored current = store.get(key);
        if (current == null) {
            return false;
        }
        Conversation conversation = current.conversation();
        long now = clock.getAsLong();
        return switch (conversation.state()) {
            case PENDING -> !conversation.replaced() && now < conversation.deadline();
            case CLAIMED -> !Conversation.TIMEOUT.equals(conversation.claimedBy()) && conversation.heldAt(now);
            case ANSWERED -> false;
        };
    }

    /** The gateway accepted the question: the reply will say which message it answers. */
    public void sent(String deviceId, String number, String id, String messageId) {
        update(deviceId, number, id, conversation -> conversation.withMessageId(messageId), false);
    }

    /** The question was not sent: nothing expects a reply to it. */
    public void notSent(String deviceId, String number, String id) {
        update(deviceId, number, id, null, true);
    }

    private void update(String deviceId, String number, String id,
                        java.util.function.UnaryOperator<Conversation> change, boolean remove) {
        String key = key(deviceId, number);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ConversationStore.Stored current = store.get(key);
            // only this question while it waits: one answered, claimed or replaced since stays as it is
            if (current == null || !current.conversation().id().equals(id)
                || current.conversation().state() != State.PENDING) {
                return;
            }
            if (remove) {
                store.remove(current);
                return;
            }
            if (store.replace(current, change.apply(current.conversation())) != null) {
                return;
            }
        }
    }

    /**
     * A message from the contact came in: claims the conversation it answers, if one waits for it.
     *
     * @param fingerprint what tells this message from another (the webhook's deduplication key)
     */
    public Claim claimReply(String deviceId, String number, String fingerprint) {
        String key = key(deviceId, number);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ConversationStore.Stored current = store.get(key);
            if (current == null) {
                return Claim.NONE;
            }
            Conversation conversation = current.conversation();
            long now = clock.getAsLong();
            boolean same = fingerprint.equals(conversation.claimedBy());
            switch (conversation.state()) {
                case ANSWERED:
                    return same ? repeated() : Claim.NONE;
                case CLAIMED:
                    if (!same) {
                        // another message answered it, or it is being emitted as ended
                        return Claim.NONE;
                    }
                    if (conversation.heldAt(now)) {
                        return new Claim(Outcome.IN_FLIGHT, null);
                    }
                    // the node that claimed it for this message did not finish within claimTimeout: taken over
                    break;
                case PENDING:
                    if (same) {
                        // the message that answered the question before this one, delivered again
                        return repeated();
                    }
                    if (conversation.replaced() || now >= conversation.deadline()) {
                        // too late: the conversations consumer emits it as ended
                        return Claim.NONE;
                    }
                    break;
                default:
                    throw new IllegalStateException(conversation.state().name());
            }
            ConversationStore.Stored claimed = store.replace(current, conversation.claimed(fingerprint, now + claimTimeout));
            if (claimed != null) {
                replied.increment();
                return new Claim(Outcome.CLAIMED, claimed);
            }
        }
        // other nodes kept changing it: this delivery fails, and the gateway delivers it again
        return new Claim(Outcome.IN_FLIGHT, null);
    }

    /**
     * The route handled the reply: the conversation is answered, kept until its deadline (at least claimTimeout) so
     * that a repeated delivery of the same message is not handed to a route again.
     *
     * @return false when the claim lapsed and another node changed the conversation
     */
    public boolean answered(Claim claim) {
        Conversation conversation = claim.conversation();
        long keep = Math.max(conversation.deadline(), clock.getAsLong() + claimTimeout);
        return store.replace(claim.stored(), conversation.answered(conversation.claimedBy(), keep)) != null;
    }

    /**
     * The route failed: the claim is given back, so that the message delivered again claims it.
     *
     * @return false when the claim lapsed and another node changed the conversation
     */
    public boolean giveBack(Claim claim) {
        givenBack.increment();
        return store.replace(claim.stored(), claim.conversation().givenBack()) != null;
    }

    private Claim repeated() {
        repeated.increment();
        return new Claim(Outcome.REPEATED, null);
    }

    /**
     * Claims the conversation under the key to emit it as ended, when it is the device's and ended: past its deadline
     * with no reply, or replaced. An answered one kept past its time is removed.
     *
     * @param scan told when the key is next worth reading
     * @return the claim; null when there is nothing to emit under the key now
     */
    public Claim claimEnded(String key, String device, ConversationScan scan) {
        ConversationStore.Stored current = store.get(key);
        if (current == null) {
            scan.gone(key);
            return null;
        }
        Conversation conversation = current.conversation();
        long now = clock.getAsLong();
        if (!device.equals(conversation.device())) {
            scan.readAgainAt(key, now + ConversationScan.REREAD_MILLIS);
            return null;
        }
        switch (conversation.state()) {
            case ANSWERED:
                if (now >= conversation.until()) {
                    store.remove(current);
                    scan.gone(key);
                } else {
                    scan.readAgainAt(key, Math.min(conversation.until(), now + ConversationScan.REREAD_MILLIS));
                }
                return null;
            case CLAIMED:
                if (conversation.heldAt(now) || now < conversation.deadline()) {
                    // held, or a reply's lapsed claim before the deadline: the message delivered again takes it over
                    scan.readAgainAt(key, Math.min(Math.max(conversation.until(), conversation.deadline()),
                            now + ConversationScan.REREAD_MILLIS));
                    return null;
                }
                break;
            case PENDING:
                if (!conversation.replaced() && now < conversation.deadline()) {
                    scan.readAgainAt(key, Math.min(conversation.deadline(), now + ConversationScan.REREAD_MILLIS));
                    return null;
                }
                break;
            default:
                throw new IllegalStateException(conversation.state().name());
        }
        ConversationStore.Stored claimed = store.replace(current, conversation.claimed(Conversation.TIMEOUT, now + claimTimeout));
        // lost to another node: read again soon, in case that node dies
        scan.readAgainAt(key, now + claimTimeout);
        return claimed == null ? null : new Claim(Outcome.CLAIMED, claimed);
    }

    /** The ended conversation was emitted: it is gone. */
    public void emitted(Claim claim) {
        ended.increment();
        store.remove(claim.stored());
    }

    /**
     * What this node did since the component started: conversations recorded, replies claimed, repeated deliveries
     * recognised, claims given back, ended conversations emitted. Never a number or a name.
     */
    public Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("recorded", recorded.sum());
        report.put("replied", replied.sum());
        report.put("repeated", repeated.sum());
        report.put("givenBack", givenBack.sum());
        report.put("ended", ended.sum());
        return report;
    }

    /** The store's keys, for a scan. */
    public java.util.Set<String> keys() {
        return store.keys();
    }

    /** The clock's now, in epoch milliseconds. */
    public long now() {
        return clock.getAsLong();
    }
}
