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
 * The contact opted out of the device's messages (it wrote an opt-out keyword): the send was refused before any call to
 * the gateway. Final: sending it again fails the same way until the contact opts in again; do not retry it.
 */
public class WhacenterOptedOutException extends WhacenterNotSentException {

    public WhacenterOptedOutException(String operation, String message) {
        super(operation, message, null);
    }
}
