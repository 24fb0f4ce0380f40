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

import java.util.Set;

/**
 * Where conversations are kept, shared by every node that uses the same store: each change replaces a value only if
 * it is the one read (optimistic locking), so that of two nodes changing the same conversation one wins.
 */
public interface ConversationStore {

    /** A conversation as read, with what the store needs to tell whether it changed since. */
    record Stored(String key, Conversation conversation, Object version) {
    }

    /** @return the conversation under the key; null when there is none */
    Stored get(String key);

    /** @return what was written; null when the key holds a conversation already */
    Stored insert(String key, Conversation conversation);

    /** @return what was written; null when the conversation changed since it was read */
    Stored replace(Stored current, Conversation next);

    /** Removes the conversation unless it changed since it was read. */
    void remove(Stored current);

    /** The keys of every conversation kept, of every device. */
    Set<String> keys();
}
