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
 * The device's send queue already holds {@code sendQueueCapacity} paced sends waiting for their turn, so this one was
 * refused at once rather than growing the heap without bound. Nothing was sent.
 */
public class WhacenterSendQueueFullException extends WhacenterNotSentException {

    private final int capacity;

    public WhacenterSendQueueFullException(String operation, int capacity) {
        super(operation, "the device's send queue is full (" + capacity + " sends waiting for their turn): "
                         + "slow the route down, raise sendQueueCapacity, or redeliver later", null);
        this.capacity = capacity;
    }

    /** The capacity of the queue that was full. */
    public int getCapacity() {
        return capacity;
    }
}
