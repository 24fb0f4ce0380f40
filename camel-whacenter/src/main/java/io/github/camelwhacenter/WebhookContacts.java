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

import io.github.camelwhacenter.device.SendAdmission;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import io.github.camelwhacenter.support.PhoneNumbers;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * Tells the device layer that a contact wrote to the device (unansweredBudget): its messages to that contact are not
 * counted against the budget within the window. Then the delivery goes on.
 */
final class WebhookContacts extends AsyncProcessorSupport {

    private final AsyncProcessor next;
    private final SendAdmission admission;
    private final String deviceId;
    private final String countryCode;

    WebhookContacts(AsyncProcessor next, SendAdmission admission, String deviceId, String countryCode) {
        this.next = next;
        this.admission = admission;
        this.deviceId = deviceId;
        this.countryCode = countryCode;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        String number = numberOf(exchange.getMessage().getBody(WhacenterIncomingMessage.class), countryCode);
        if (number != null) {
            admission.contactWrote(deviceId, number);
        }
        return next.process(exchange, callback);
    }

    /**
     * The contact who wrote, as the device's sends address it; null for a group message, no message, or a sender that
     * is no number the device could send to (a broadcast, a malformed one).
     */
    static String numberOf(WhacenterIncomingMessage incoming, String countryCode) {
        if (incoming == null || incoming.isGroup() || incoming.getFrom() == null) {
            return null;
        }
        try {
            return PhoneNumbers.normalise(incoming.getFrom(), countryCode);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
