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

import java.util.Locale;
import java.util.Set;

import io.github.camelwhacenter.device.OptOuts;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * Records an incoming opt-out or opt-in keyword before the route runs, and says so in CamelWhacenterOptOut: a
 * store that cannot record it fails the delivery, so that the gateway delivers it again and no STOP is lost.
 */
final class WebhookOptOut extends AsyncProcessorSupport {

    private final AsyncProcessor route;
    private final OptOuts optOuts;
    private final String deviceId;
    private final String countryCode;
    private final Set<String> optOutWords;
    private final Set<String> optInWords;

    WebhookOptOut(AsyncProcessor route, OptOuts optOuts, String deviceId, String countryCode, Set<String> optOutWords,
                  Set<String> optInWords) {
        this.route = route;
        this.optOuts = optOuts;
        this.deviceId = deviceId;
        this.countryCode = countryCode;
        this.optOutWords = optOutWords;
        this.optInWords = optInWords;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        WhacenterIncomingMessage incoming = exchange.getMessage().getBody(WhacenterIncomingMessage.class);
        String number = WebhookContacts.numberOf(incoming, countryCode);
        if (number != null && incoming.getMessage() != null) {
            String word = incoming.getMessage().strip().toUpperCase(Locale.ROOT);
            boolean out = optOutWords.contains(word);
            if (out || optInWords.contains(word)) {
                try {
                    if (out) {
                        optOuts.optOut(deviceId, number);
                    } else {
                        optOuts.optIn(deviceId, number);
                    }
                } catch (RuntimeException e) {
                    exchange.setException(new WhacenterException("webhook", "the " + (out ? "opt-out" : "opt-in")
                            + " could not be recorded in the optOutRepository, so the delivery fails and the gateway "
                            + "delivers it again: " + e.getMessage(), e));
                    callback.done(true);
                    return true;
                }
                exchange.getMessage().setHeader(WhacenterConstants.OPT_OUT, out ? "OPT_OUT" : "OPT_IN");
            }
        }
        return route.process(exchange, callback);
    }
}
