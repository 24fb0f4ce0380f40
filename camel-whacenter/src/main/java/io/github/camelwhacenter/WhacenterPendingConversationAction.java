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

/**
 * What a send that expects a reply does when a conversation with the same contact still waits for its reply.
 */
public enum WhacenterPendingConversationAction {
    /**
     * The send goes now and its conversation takes the pending one's place; whacenter:conversations emits the pending
     * one as REPLACED.
     */
    REPLACE,
    /**
     * The send waits in this JVM, holding no thread and within maxPendingReplies, until the pending conversation is
     * answered or ended, then goes; questions to one contact go in the order they came. A stop fails a waiting send with
     * WhacenterNotSentException.
     */
    WAIT
}
