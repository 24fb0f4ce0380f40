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
 * What message sends to a device do while its circuit breaker is open: the device is known not to be connected to
 * WhatsApp, and the gateway would only refuse them.
 */
public enum WhacenterCircuitBreaker {
    /** No circuit breaker: sends go to the gateway whatever is known of the device. */
    OFF,
    /** Sends fail at once with WhacenterDeviceNotConnectedException, final: nothing was sent. */
    FAIL_FAST,
    /**
     * Sends are held, at most sendQueueCapacity of them, until the device is seen connected again; paced sends then go
     * in the order they came.
     */
    PAUSE
}
