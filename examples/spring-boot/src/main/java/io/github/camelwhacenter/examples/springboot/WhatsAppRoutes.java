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
package io.github.camelwhacenter.examples.springboot;

import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.model.WhacenterDeviceStatus;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The example's two routes.
 */
@Component
public class WhatsAppRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // Incoming messages: the gateway POSTs them to camel.component.whacenter.webhook-path on this application's
        // own port (camel-platform-http-starter serves it through Spring Boot's web server). When whacenter.webhook-url
        // is set (WHACENTER_WEBHOOK_URL), the route registers that URL with the gateway as it starts; {{?...}} leaves
        // the option out when it is not set.
        from("whacenter:webhook?webhookExternalUrl={{?whacenter.webhook-url}}")
                .routeId("auto-reply")
                .log("Message from ${header.CamelWhacenterFrom} (${header.CamelWhacenterMessageType})")
                .filter(exchange -> !exchange.getMessage().getBody(WhacenterIncomingMessage.class).isGroup())
                // CamelWhacenterNumber is preset to the sender: the reply goes straight back
                .transform().body(WhacenterIncomingMessage.class, WhatsAppRoutes::reply)
                .to("whacenter:send")
                .log("Replied to ${header.CamelWhacenterNumber}, message id ${header.CamelWhacenterMessageId}");

        // The device watchdog: the gateway pushes nothing when the device drops off, so poll its status and log it at
        // the first poll and whenever it changes.
        from("whacenter:deviceStatus?delay={{example.device-check-interval}}")
                .routeId("device-watchdog")
                .process(exchange -> {
                    WhacenterDeviceStatus status = exchange.getMessage().getBody(WhacenterDeviceStatus.class);
                    log.info("Device {} ({}) is {}{}", status.getName(), status.getNumber(), status.getState(),
                            exchange.getMessage().getHeader(WhacenterConstants.PREVIOUS_DEVICE_STATE) == null
                                    ? "" : ", was " + exchange.getMessage().getHeader(WhacenterConstants.PREVIOUS_DEVICE_STATE));
                });
    }

    static String reply(WhacenterIncomingMessage message) {
        String name = message.getPushName() == null || message.getPushName().isBlank() ? "there" : message.getPushName();
        if (message.getMessage() == null || message.getMessage().isBlank()) {
            return "Hi " + name + ", thanks for your " + message.getMessageType() + "! We will get back to you soon.";
        }
        return "Hi " + name + ", thanks for your message \"" + message.getMessage() + "\"! We will get back to you soon.";
    }
}
