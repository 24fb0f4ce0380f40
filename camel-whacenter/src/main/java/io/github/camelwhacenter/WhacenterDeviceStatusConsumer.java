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

import java.util.Map;

import io.github.camelwhacenter.model.WhacenterDeviceState;
import io.github.camelwhacenter.model.WhacenterDeviceStatus;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * A device watchdog: the gateway pushes nothing when a device drops off, so this polls statusDevice and emits an
 * exchange when the device's state changes (and, with emitEveryPoll, on every poll). The first poll after each start
 * always emits. It polls once a minute unless delay says otherwise.
 */
public class WhacenterDeviceStatusConsumer extends ScheduledPollConsumer {

    private final WhacenterEndpoint endpoint;
    private volatile WhacenterDeviceState lastState;

    public WhacenterDeviceStatusConsumer(WhacenterEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        // the first poll after a (re)start emits, as documented, whatever was seen before the stop
        lastState = null;
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        WhacenterDeviceStatus status
                = (WhacenterDeviceStatus) endpoint.callGateway(WhacenterOperation.deviceStatus, Map.of());
        if (!isRunAllowed()) {
            return 0;
        }
        WhacenterDeviceState state = status.getState();
        WhacenterDeviceState previous = lastState;
        if (state == previous && !endpoint.getConfiguration().isEmitEveryPoll()) {
            return 0;
        }
        Exchange exchange = createExchange(false);
        try {
            exchange.getMessage().setBody(status);
            exchange.getMessage().setHeader(WhacenterConstants.DEVICE_STATE, state);
            exchange.getMessage().setHeader(WhacenterConstants.PREVIOUS_DEVICE_STATE, previous);
            getProcessor().process(exchange);
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Error processing the device status", exchange,
                        exchange.getException());
            } else {
                // a failed route sees the same change again at the next poll
                lastState = state;
            }
        } finally {
            releaseExchange(exchange, false);
        }
        return 1;
    }
}
