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
package io.github.camelwhacenter.gateway;

import io.github.camelwhacenter.WhacenterOperation;
import io.github.camelwhacenter.model.WhacenterDeviceStatus;
import io.github.camelwhacenter.model.WhacenterMessageSent;
import io.github.camelwhacenter.model.WhacenterResult;
import io.github.camelwhacenter.model.WhacenterWebhookInfo;

/**
 * The shapes of the gateway's answers and the typed result each becomes.
 */
public enum AnswerShape {

    MESSAGE_SENT {
        @Override
        public WhacenterResult read(String operation, JsonAnswer answer) {
            return new WhacenterMessageSent(operation, answer.status(), answer.message(), answer.text("id"));
        }
    },
    DEVICE_STATUS {
        @Override
        public WhacenterResult read(String operation, JsonAnswer answer) {
            return new WhacenterDeviceStatus(operation, answer.status(), answer.message(),
                    answer.text("status"), answer.text("nomor"), answer.text("nama"), answer.text("qr"));
        }
    },
    WEBHOOK {
        @Override
        public WhacenterResult read(String operation, JsonAnswer answer) {
            return new WhacenterWebhookInfo(operation, answer.status(), answer.message(), answer.text("webhook"));
        }
    },
    ACKNOWLEDGEMENT,
    /** Raw PNG bytes rather than a JSON answer; a JSON answer is read only when the gateway refuses. */
    PNG_IMAGE;

    public WhacenterResult read(String operation, JsonAnswer answer) {
        return new WhacenterResult(operation, answer.status(), answer.message());
    }

    /** How the gateway answers the operation; null for webhook and fetchMedia, which are not gateway calls. */
    @SuppressWarnings("deprecation")
    public static AnswerShape of(WhacenterOperation operation) {
        return switch (operation) {
            case send, sendGroup, ask -> MESSAGE_SENT;
            case sendButton, deleteMessage, relogDevice -> ACKNOWLEDGEMENT;
            case deviceStatus -> DEVICE_STATUS;
            case qr -> PNG_IMAGE;
            case getWebhook, setWebhook -> WEBHOOK;
            case webhook, conversations, fetchMedia -> null;
        };
    }
}
