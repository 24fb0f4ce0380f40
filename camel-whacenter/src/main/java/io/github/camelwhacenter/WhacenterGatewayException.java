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

import io.github.camelwhacenter.model.WhacenterResult;

/**
 * The gateway refused the request: it answered {@code status:false} (on HTTP 200), for example
 * {@code device not connected or not found}.
 */
public class WhacenterGatewayException extends WhacenterException {

    private final String gatewayMessage;
    private final transient WhacenterResult result;

    public WhacenterGatewayException(String operation, String gatewayMessage, WhacenterResult result) {
        super(operation, "the gateway answered status:false: " + gatewayMessage, null);
        this.gatewayMessage = gatewayMessage;
        this.result = result;
    }

    /** The gateway's own message, as it sent it. */
    public String getGatewayMessage() {
        return gatewayMessage;
    }

    /** The parsed answer, the same object the route gets with {@code throwExceptionOnFailure=false}. */
    public WhacenterResult getResult() {
        return result;
    }
}
