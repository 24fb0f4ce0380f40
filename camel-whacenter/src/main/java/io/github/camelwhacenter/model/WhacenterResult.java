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
package io.github.camelwhacenter.model;

/**
 * What the gateway answered: its status and message. Operations with data answer a subclass.
 */
public class WhacenterResult {

    private final String operation;
    private final boolean success;
    private final String gatewayMessage;

    public WhacenterResult(String operation, boolean success, String gatewayMessage) {
        this.operation = operation;
        this.success = success;
        this.gatewayMessage = gatewayMessage;
    }

    /** The operation that was performed, e.g. {@code send}. */
    public String getOperation() {
        return operation;
    }

    /** The gateway's {@code status}: false only when {@code throwExceptionOnFailure} is off. */
    public boolean isSuccess() {
        return success;
    }

    /** The gateway's {@code message}, e.g. {@code message sent} or {@code device not connected or not found}. */
    public String getGatewayMessage() {
        return gatewayMessage;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[operation=" + operation + ", success=" + success + ", message="
               + gatewayMessage + describeData() + "]";
    }

    protected String describeData() {
        return "";
    }
}
