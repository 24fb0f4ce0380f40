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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.camelwhacenter.conversation.Conversation;
import io.github.camelwhacenter.conversation.ConversationStore;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.processor.aggregate.MemoryAggregationRepository;
import org.apache.camel.spi.AggregationRepository;
import org.apache.camel.spi.OptimisticLockingAggregationRepository;
import org.apache.camel.support.DefaultExchange;

/**
 * Keeps conversations in a Camel AggregationRepository with optimistic locking (camel-sql's JdbcAggregationRepository
 * shares them between nodes; MemoryAggregationRepository keeps them in this JVM): each conversation is an exchange of
 * text headers and a text body, which every such repository can store.
 */
final class AggregationConversationStore implements ConversationStore {

    /** JdbcAggregationRepository's version of a row: a replacement carries it, and the store adds one. */
    private static final String VERSION = "CamelOptimisticLockVersion";
    private static final String PREFIX = "CamelWhacenterConversation.";
    private static final String CONTEXT = PREFIX + "context.";

    private final OptimisticLockingAggregationRepository repository;
    private final CamelContext context;
    private final int maxConversations;

    /** @param maxConversations the most conversations kept; past it a new one is refused */
    AggregationConversationStore(AggregationRepository repository, CamelContext context, int maxConversations) {
        if (!(repository instanceof OptimisticLockingAggregationRepository optimistic)
            || repository instanceof MemoryAggregationRepository memory && !memory.isOptimisticLocking()) {
            throw new IllegalArgumentException("conversationRepository must lock optimistically, so that one node "
                    + "claims a reply: a " + repository.getClass().getName() + " does not lock "
                    + "optimistically (OptimisticLockingAggregationRepository); use camel-sql's JdbcAggregationRepository, or new "
                    + "MemoryAggregationRepository(true) in one JVM");
        }
        this.repository = optimistic;
        this.context = context;
        this.maxConversations = maxConversations;
    }

    @Override
    public Stored get(String key) {
        Exchange exchange = repository.get(context, key);
        return exchange == null ? null : new Stored(key, read(exchange), exchange);
    }

    @Override
    public Stored insert(String key, Conversation conversation) {
        if (maxConversations < Integer.MAX_VALUE && repository.getKeys().size() >= maxConversations) {
            throw new IllegalStateException(maxConversations + " conversations are kept already (maxConversations): "
                    + "add a whacenter:conversations route, which removes the ended ones, or give the component a "
                    + "conversationRepository");
        }
        Exchange written = write(conversation);
        if (!add(key, null, written)) {
            return null;
        }
        written.setProperty(VERSION, 1L);
        return new Stored(key, conversation, written);
    }

    @Override
    public Stored replace(Stored current, Conversation next) {
        Exchange old = (Exchange) current.version();
        Exchange written = write(next);
        Long version = old.getProperty(VERSION, Long.class);
        if (version != null) {
            written.setProperty(VERSION, version);
        }
        if (!add(current.key(), old, written)) {
            return null;
        }
        if (version != null) {
            written.setProperty(VERSION, version + 1);
        }
        return new Stored(current.key(), next, written);
    }

    @Override
    public void remove(Stored current) {
        Exchange old = (Exchange) current.version();
        try {
            repository.remove(context, current.key(), old);
        } catch (RuntimeException e) {
            if (!isLockLost(e)) {
                throw e;
            }
            return;
        }
        // JdbcAggregationRepository moves a removed row to its completed table until it is confirmed
        repository.confirm(context, old.getExchangeId());
    }

    @Override
    public Set<String> keys() {
        return repository.getKeys();
    }

    /** @return false when another writer changed the key first */
    private boolean add(String key, Exchange old, Exchange written) {
        try {
            repository.add(context, key, old, written);
            return true;
        } catch (OptimisticLockingAggregationRepository.OptimisticLockingException e) {
            return false;
        } catch (RuntimeException e) {
            if (isLockLost(e)) {
                    return false;
            }
            throw e;
        }
    }

    /** JdbcAggregationRepository wraps a lost race in a RuntimeException now and then. */
    private static boolean isLockLost(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingAggregationRepository.OptimisticLockingException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private Exchange write(Conversation conversation) {
        Exchange exchange = new DefaultExchange(context);
        Message message = exchange.getMessage();
        message.setBody(conversation.question());
        message.setHeader(PREFIX + "id", conversation.id());
        message.setHeader(PREFIX + "name", conversation.name());
        message.setHeader(PREFIX + "device", conversation.device());
        message.setHeader(PREFIX + "number", conversation.number());
        message.setHeader(PREFIX + "messageId", conversation.messageId());
        message.setHeader(PREFIX + "deadline", conversation.deadline());
        message.setHeader(PREFIX + "state", conversation.state().name());
        message.setHeader(PREFIX + "replaced", conversation.replaced());
        message.setHeader(PREFIX + "claimedBy", conversation.claimedBy());
        message.setHeader(PREFIX + "until", conversation.until());
        conversation.context().forEach((name, value) -> message.setHeader(CONTEXT + name, value));
        return exchange;
    }

    private static Conversation read(Exchange exchange) {
        Message message = exchange.getMessage();
        Map<String, String> kept = new LinkedHashMap<>();
        message.getHeaders().forEach((name, value) -> {
            if (name.startsWith(CONTEXT) && value != null) {
                kept.put(name.substring(CONTEXT.length()), value.toString());
            }
        });
        return new Conversation(text(message, "id"), text(message, "name"), text(message, "device"),
                text(message, "number"), text(message, "messageId"), message.getBody(String.class),
                number(message, "deadline"), kept,
                Conversation.State.valueOf(text(message, "state")),
                Boolean.TRUE.equals(message.getHeader(PREFIX + "replaced", Boolean.class)),
                text(message, "claimedBy"), number(message, "until"));
    }

    private static String text(Message message, String name) {
        return message.getHeader(PREFIX + name, String.class);
    }

    private static long number(Message message, String name) {
        Long value = message.getHeader(PREFIX + name, Long.class);
        return value == null ? 0 : value;
    }
}
