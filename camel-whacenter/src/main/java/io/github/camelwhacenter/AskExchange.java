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

import java.util.concurrent.Executor;
import java.util.function.Consumer;

import io.github.camelwhacenter.conversation.PendingReplies;
import io.github.camelwhacenter.conversation.PendingReplies.NoReply;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * One whacenter:ask exchange: its question's send and the contact's reply, in either order, complete it once; a
 * failed send, a timeout or a stop fail it. Completion runs on a worker thread, never holding this object's lock.
 */
final class AskExchange implements PendingReplies.Waiter {

    private final Exchange exchange;
    private final AsyncCallback callback;
    private final Executor worker;
    private final Consumer<AskExchange> ended;
    private PendingReplies.Registration registration;
    private boolean sent;
    private boolean failed;
    private boolean completed;
    private WhacenterIncomingMessage reply;
    private NoReply noReply;

    /**
     * @param worker where the exchange goes on
     * @param ended  told once the exchange completed
     */
    AskExchange(Exchange exchange, AsyncCallback callback, Executor worker, Consumer<AskExchange> ended) {
        this.exchange = exchange;
        this.callback = callback;
        this.worker = worker;
        this.ended = ended;
    }

    void waitingAs(PendingReplies.Registration registration) {
        this.registration = registration;
    }

    PendingReplies.Registration registration() {
        return registration;
    }

    /** The question's send completed: the AsyncCallback of its call. */
    void sent(boolean doneSync) {
        boolean complete;
        synchronized (this) {
            sent = true;
            failed = exchange.getException() != null;
            complete = failed || reply != null || noReply != null;
        }
        if (failed) {
            // not asked, so nothing to wait for
            registration.cancel();
        }
        if (complete) {
            // already on a worker thread: the call's callback runs on one
            complete();
        }
    }

    @Override
    public void replied(WhacenterIncomingMessage message) {
        boolean complete;
        synchronized (this) {
            reply = message;
            complete = sent;
        }
        if (complete) {
            worker.execute(this::complete);
        }
    }

    @Override
    public void noReply(NoReply reason) {
        boolean complete;
        synchronized (this) {
            noReply = reason;
            complete = sent;
        }
        if (complete) {
            worker.execute(this::complete);
        }
    }

    private void complete() {
        WhacenterIncomingMessage answer;
        NoReply why;
        synchronized (this) {
            if (completed) {
                return;
            }
            completed = true;
            answer = reply;
            why = noReply;
        }
        try {
            if (!failed) {
                if (answer != null) {
                    exchange.getMessage().setBody(answer);
                    exchange.getMessage().setHeader(WhacenterConstants.FROM, answer.getFrom());
                } else {
                    exchange.setException(new WhacenterNoReplyException(why.name(), explain(why)));
                }
            }
        } finally {
            try {
                ended.accept(this);
            } finally {
                callback.done(false);
            }
        }
    }

    private static String explain(NoReply why) {
        return switch (why) {
            case TIMED_OUT -> "no reply within replyTimeout";
            case REPLACED -> "a later ask to the same contact took its place";
            case STOPPED -> "stopped while waiting for the reply";
        };
    }
}
