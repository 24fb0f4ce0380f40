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

import java.util.Map;
import java.util.Objects;

/**
 * A question sent to a contact whose reply a route expects, as the conversation store keeps it: what the reply is
 * handed with (the conversation's name, the id of the message it answers, the context the route kept), its deadline,
 * and who holds it now. Immutable: each change is a new value written over the old one only if that is unchanged.
 *
 * @param id        this question's own id, so that its send's outcome updates it and not a later one
 * @param name      the conversation's name, chosen by the route
 * @param device    the fingerprint of the device id that asked (never the id itself)
 * @param number    the contact's number
 * @param messageId the gateway's id of the question; null until the gateway answered its send
 * @param question  the question's text; null when there was none (a file without caption)
 * @param deadline  epoch milliseconds after which no reply is expected
 * @param context   the headers the route kept, as text
 * @param state     where it is in its life
 * @param replaced  whether a later question to the same contact took its place
 * @param claimedBy the fingerprint of the message that claimed it, or {@link #TIMEOUT}; pending, the message that
 *                  answered the question before it (a repeated delivery of that message does not answer this one)
 * @param until     epoch milliseconds: when a claim lapses, or until when an answered one is kept
 */
public record Conversation(String id, String name, String device, String number, String messageId, String question,
                           long deadline, Map<String, String> context, State state, boolean replaced, String claimedBy,
                           long until) {

    /** The claim of a node emitting the conversation as ended without a reply. */
    public static final String TIMEOUT = "timeout";

    /** Where a conversation is in its life. */
    public enum State {
        /** waiting for the contact's reply (or, replaced, for the conversations consumer to emit it) */
        PENDING,
        /** a node handles the reply, or emits the conversation as ended, until {@code until} */
        CLAIMED,
        /** the reply was handed to a route; kept until {@code until} so that a repeated delivery is known */
        ANSWERED
    }

    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        context = Map.copyOf(context);
    }

    /** A new question, pending. */
    public static Conversation pending(String id, String name, String device, String number, String question,
                                       long deadline, Map<String, String> context) {
        return new Conversation(id, name, device, number, null, question, deadline, context, State.PENDING, false, null, 0);
    }

    Conversation withMessageId(String sentId) {
        return new Conversation(id, name, device, number, sentId, question, deadline, context, state, replaced, claimedBy, until);
    }

    Conversation answeredBy(String previousReply) {
        return new Conversation(id, name, device, number, messageId, question, deadline, context, state, replaced, previousReply, 0);
    }

    Conversation claimed(String by, long lapsesAt) {
        return new Conversation(id, name, device, number, messageId, question, deadline, context, State.CLAIMED, replaced, by, lapsesAt);
    }

    Conversation givenBack() {
        return new Conversation(id, name, device, number, messageId, question, deadline, context, State.PENDING, replaced, null, 0);
    }

    Conversation answered(String by, long keptUntil) {
        return new Conversation(id, name, device, number, messageId, question, deadline, context, State.ANSWERED, replaced, by, keptUntil);
    }

    Conversation replacedAt(long now) {
        return new Conversation(id, name, device, number, messageId, question, now, context, State.PENDING, true, null, 0);
    }

    /** Whether a node holds it now. */
    boolean heldAt(long now) {
        return state == State.CLAIMED && now < until;
    }
}
