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
 * The circuit breaker refused a send because the device is known not to be connected to WhatsApp. Nothing was sent, and
 * sending again before the device is reconnected would be refused again: final, no
 * {@link WhacenterTransportException}, so the redelivery clause the README recommends does not repeat it.
 */
public class WhacenterDeviceNotConnectedException extends WhacenterException {

    public WhacenterDeviceNotConnectedException(String operation, String message) {
        super(operation, message, null);
    }
}
