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
 * The request never left for the gateway, so sending the exchange again cannot duplicate a message: the producer or
 * the component stopped before the send's turn came, or the device's send queue was full. It is final for Camel's
 * error handler (it is no {@link WhacenterTransportException}), so a dead letter channel receives the exchange.
 */
public class WhacenterNotSentException extends WhacenterException {

    public WhacenterNotSentException(String operation, String message, Throwable cause) {
        super(operation, "not sent: " + message, cause);
    }
}
