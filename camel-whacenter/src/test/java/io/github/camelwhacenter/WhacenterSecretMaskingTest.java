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

import java.util.ArrayList;
import java.util.List;

import io.github.camelwhacenter.simulator.Fault;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.SECOND_DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The device id is a credential: it shows in no log line, exception text or endpoint description.
 */
class WhacenterSecretMaskingTest extends WhacenterTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").routeId("send")
                        .to("whacenter:send?number=6281234567890&deviceId={{device.id}}");
                from("direct:sendButton").routeId("sendButton")
                        .to("whacenter:sendButton?number=6281234567890&buttons=a,b");
            }
        };
    }

    @Override
    protected java.util.Properties useOverridePropertiesWithPropertiesComponent() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("device.id", SECOND_DEVICE_ID);
        return properties;
    }

    @Test
    void noDeviceIdInLogsOrExceptionsAcrossSuccessAndEveryFault() throws Exception {
        List<String> texts = new ArrayList<>();
        try (LogCapture logs = LogCapture.install()) {
            texts.add(context.getEndpoint("whacenter:send?deviceId=" + DEVICE_ID).toString());
            template.sendBody("direct:send", "ok");
            for (Fault fault : List.of(Fault.httpStatus(500, "failed for " + SECOND_DEVICE_ID), Fault.malformedBody(),
                    Fault.emptyBody(), Fault.dropConnection(), Fault.statusFalse("device " + SECOND_DEVICE_ID + " banned"))) {
                simulator.enqueueFault(fault);
                Exchange failed = template.send("direct:send", e -> e.getMessage().setBody("fails"));
                texts.add(String.valueOf(failed.getException()));
                for (Throwable t = failed.getException(); t != null; t = t.getCause()) {
                    texts.add(t.getMessage());
                }
            }
            Exchange unknown = template.send("direct:send", e -> {
                e.getMessage().setBody("unknown device");
                e.getMessage().setHeader(WhacenterConstants.DEVICE_ID, "unknown-device-31337");
            });
            texts.add(unknown.getException().getMessage());
            template.send("direct:sendButton", e -> e.getMessage().setBody("buttons"));
            context.getRouteController().stopRoute("send");
            texts.addAll(logs.lines());

            assertEquals(1, simulator.sentMessages(SECOND_DEVICE_ID).size(), "the placeholder device id was used");
            assertTrue(logs.lines().stream().anyMatch(l -> l.contains("WhacenterHttpException")),
                    "the failures were logged by the error handler: " + logs.lines().size() + " lines");
        }
        for (String text : texts) {
            for (String secret : SECRETS) {
                assertFalse(text != null && text.contains(secret), "a device id leaked into: " + text);
            }
        }
    }

    @Test
    void theSendButtonWarningIsLoggedOnceWhenTheEndpointStarts() {
        try (LogCapture logs = LogCapture.install()) {
            template.send("whacenter:sendButton?number=6281234567890&buttons=x,y", e -> e.getMessage().setBody("one"));
            template.send("whacenter:sendButton?number=6281234567890&buttons=x,y", e -> e.getMessage().setBody("two"));

            assertEquals(1, logs.lines().stream()
                    .filter(l -> l.startsWith("WARN") && l.contains("sendButton, which the gateway documents as no longer working"))
                    .count(), logs.lines().toString());
            assertEquals(2, simulator.requests("sendButton").size());
        }
    }
}
