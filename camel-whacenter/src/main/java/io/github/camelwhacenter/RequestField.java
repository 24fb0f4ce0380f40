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

import java.util.List;
import java.util.function.Function;

import io.github.camelwhacenter.model.WhacenterRequest;
import io.github.camelwhacenter.support.GatewaySchedule;
import io.github.camelwhacenter.support.HttpUrls;
import io.github.camelwhacenter.support.PhoneNumbers;

/**
 * The fields a gateway request can carry: where each comes from (typed body, header, endpoint option) and how it is
 * checked and brought to its wire form.
 */
enum RequestField {

    NUMBER("number", WhacenterConstants.NUMBER, "number", WhacenterRequest::getNumber,
           WhacenterConfiguration::getNumber) {
        @Override
        String toWire(Object value, FieldContext context) {
            return PhoneNumbers.normalise(value.toString(), context.countryCode());
        }
    },
    GROUP("group", WhacenterConstants.GROUP, "group", WhacenterRequest::getGroup, WhacenterConfiguration::getGroup),
    MESSAGE("message", null, null, WhacenterRequest::getMessage, configuration -> null),
    FILE("file", WhacenterConstants.FILE, "file", WhacenterRequest::getFile, WhacenterConfiguration::getFile) {
        @Override
        String toWire(Object value, FieldContext context) {
            return HttpUrls.requireAbsoluteHttpUrl(value.toString());
        }
    },
    SCHEDULE("schedule", WhacenterConstants.SCHEDULE, null, WhacenterRequest::getSchedule, configuration -> null) {
        @Override
        String toWire(Object value, FieldContext context) {
            return GatewaySchedule.toGatewayTime(value, context.zone(), context.clock());
        }
    },
    MESSAGE_ID("id", WhacenterConstants.MESSAGE_ID, null, WhacenterRequest::getMessageId, configuration -> null),
    WEBHOOK_URL("webhook", WhacenterConstants.WEBHOOK_URL, "webhookUrl", WhacenterRequest::getWebhookUrl,
                WhacenterConfiguration::getWebhookUrl) {
        @Override
        String toWire(Object value, FieldContext context) {
            return HttpUrls.requireAbsoluteHttpUrl(value.toString());
        }
    },
    BUTTONS("button", WhacenterConstants.BUTTONS, "buttons", WhacenterRequest::getButtons,
            WhacenterConfiguration::getButtons) {
        @Override
        String toWire(Object value, FieldContext context) {
            return value instanceof List<?> list
                    ? String.join(",", list.stream().map(String::valueOf).toList()) : value.toString().strip();
        }
    };

    private final String wireName;
    private final String header;
    private final String option;
    private final Function<WhacenterRequest, Object> fromRequest;
    private final Function<WhacenterConfiguration, Object> fromConfiguration;

    RequestField(String wireName, String header, String option, Function<WhacenterRequest, Object> fromRequest,
                 Function<WhacenterConfiguration, Object> fromConfiguration) {
        this.wireName = wireName;
        this.header = header;
        this.option = option;
        this.fromRequest = fromRequest;
        this.fromConfiguration = fromConfiguration;
    }

    /** The gateway's name for the field, e.g. {@code number}. */
    String wireName() {
        return wireName;
    }

    String header() {
        return header;
    }

    Object fromRequest(WhacenterRequest request) {
        return request == null ? null : fromRequest.apply(request);
    }

    Object fromConfiguration(WhacenterConfiguration configuration) {
        return fromConfiguration.apply(configuration);
    }

    /**
     * Checks the value and brings it to its wire form.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    String toWire(Object value, FieldContext context) {
        return value.toString();
    }

    /** Where a user sets this field, for error messages. */
    String whereToSet() {
        StringBuilder where = new StringBuilder();
        if (this == MESSAGE) {
            where.append("the message body");
        } else if (header != null) {
            where.append("the header ").append(header);
        }
        if (option != null) {
            where.append(", the endpoint option ").append(option);
        }
        where.append(this == MESSAGE ? " or" : " or the").append(" ").append(wireName).append(" of a WhacenterRequest body");
        return where.toString();
    }
}
