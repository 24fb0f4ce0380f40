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

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Consumer;

import io.github.camelwhacenter.model.WhacenterRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input is refused before any HTTP call, with an error that names the field and the fix.
 */
class WhacenterValidationTest extends WhacenterTestSupport {

    @AfterEach
    void nothingReachedTheGateway() {
        assertTrue(simulator.requests().isEmpty(), "a refused request must not reach the gateway");
    }

    @Test
    void refusesANumberWithLetters() {
        WhacenterValidationException e = refused("whacenter:send", m -> {
            m.getMessage().setBody("hi");
            m.getMessage().setHeader(WhacenterConstants.NUMBER, "0812-CALL-ME");
        });

        assertEquals("number", e.getField());
        assertTrue(e.getMessage().contains("0812-CALL-ME"), e.getMessage());
        assertTrue(e.getMessage().contains("CamelWhacenterNumber"), e.getMessage());
    }

    @Test
    void refusesANumberTooShortToBeReal() {
        WhacenterValidationException e = refused("whacenter:send", m -> m.getMessage()
                .setBody(WhacenterRequest.text("0812", "hi")));

        assertEquals("number", e.getField());
        assertTrue(e.getMessage().contains("digits"), e.getMessage());
    }

    @Test
    void refusesAMissingNumber() {
        WhacenterValidationException e = refused("whacenter:send", m -> m.getMessage().setBody("hi"));

        assertEquals("number", e.getField());
        assertTrue(e.getMessage().contains("number is missing"), e.getMessage());
    }

    @Test
    void refusesAnEmptyMessage() {
        WhacenterValidationException e = refused("whacenter:send?number=6281234567890", m -> m.getMessage().setBody("  "));

        assertEquals("message", e.getField());
        assertTrue(e.getMessage().contains("only a file may go without a caption"), e.getMessage());
    }

    @Test
    void refusesABodyThatIsNotText() {
        WhacenterValidationException e = refused("whacenter:send?number=6281234567890",
                m -> m.getMessage().setBody(java.util.Map.of("text", "hello")));

        assertEquals("message", e.getField());
        assertTrue(e.getMessage().contains("not text") && e.getMessage().contains("setBody"), e.getMessage());
    }

    @Test
    void refusesAnEmptyGroupMessage() {
        WhacenterValidationException e = refused("whacenter:sendGroup?group=Family", m -> m.getMessage().setBody(""));

        assertEquals("message", e.getField());
    }

    @Test
    void refusesAScheduleInThePast() {
        WhacenterValidationException e = refused("whacenter:send?number=6281234567890", m -> {
            m.getMessage().setBody("too late");
            m.getMessage().setHeader(WhacenterConstants.SCHEDULE, ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).minusMinutes(5));
        });

        assertEquals("schedule", e.getField());
        assertTrue(e.getMessage().contains("not in the future"), e.getMessage());
    }

    @Test
    void refusesAMalformedSchedule() {
        WhacenterValidationException e = refused("whacenter:send?number=6281234567890", m -> {
            m.getMessage().setBody("when?");
            m.getMessage().setHeader(WhacenterConstants.SCHEDULE, "next tuesday");
        });

        assertEquals("schedule", e.getField());
        assertTrue(e.getMessage().contains("yyyy-MM-dd HH:mm:ss"), e.getMessage());
    }

    @Test
    void refusesARelativeFileUrl() {
        WhacenterValidationException e = refused("whacenter:send?number=6281234567890", m -> {
            m.getMessage().setBody("see attachment");
            m.getMessage().setHeader(WhacenterConstants.FILE, "/tmp/cat.jpg");
        });

        assertEquals("file", e.getField());
        assertTrue(e.getMessage().contains("absolute http(s) URL"), e.getMessage());
    }

    @Test
    void refusesAWebhookUrlThatIsNotHttp() {
        WhacenterValidationException e = refused("whacenter:setWebhook",
                m -> m.getMessage().setHeader(WhacenterConstants.WEBHOOK_URL, "ftp://example.com/hook"));

        assertEquals("webhook", e.getField());
    }

    @Test
    void refusesAMissingMessageIdForDelete() {
        WhacenterValidationException e = refused("whacenter:deleteMessage", m -> m.getMessage().setBody(null));

        assertEquals("id", e.getField());
        assertTrue(e.getMessage().contains(WhacenterConstants.MESSAGE_ID), e.getMessage());
    }

    @Test
    void refusesAnUnknownOperationHeader() {
        WhacenterValidationException e = refused("whacenter:deviceStatus",
                m -> m.getMessage().setHeader(WhacenterConstants.OPERATION, "sendSticker"));

        assertEquals("operation", e.getField());
        assertTrue(e.getMessage().contains("sendGroup"), "lists the valid operations: " + e.getMessage());
    }

    @Test
    void refusesAMissingDeviceId() {
        context.getComponent("whacenter", WhacenterComponent.class).getConfiguration().setDeviceId(null);

        WhacenterValidationException e = refused("whacenter:deviceStatus?baseUrl=" + simulator.baseUrl(),
                m -> m.getMessage().setBody(null));

        assertEquals("deviceId", e.getField());
    }

    @Test
    void anUnknownOperationFailsWhenTheRouteStarts() throws Exception {
        try (DefaultCamelContext other = new DefaultCamelContext()) {
            other.getPropertiesComponent().addInitialProperty("device.id", DEVICE_ID);
            other.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:start").to("whacenter:sendSticker?deviceId={{device.id}}");
                }
            });
            Exception e = assertThrows(Exception.class, other::start);
            String messages = CauseMessages.of(e);
            assertTrue(messages.contains("Unknown Whacenter operation 'sendSticker'"), messages);
            assertTrue(messages.contains("deviceStatus"), "lists the valid operations: " + messages);
            assertTrue(!messages.contains(DEVICE_ID), "the device id is masked: " + messages);
        }
    }

    @Test
    void anInvalidTimeZoneFailsWhenTheEndpointStarts() {
        Exception e = assertThrows(Exception.class,
                () -> template.sendBody("whacenter:deviceStatus?timeZone=Mars/Olympus", null));

        assertTrue(CauseMessages.of(e).contains("timeZone 'Mars/Olympus'"), CauseMessages.of(e));
    }

    private WhacenterValidationException refused(String uri, Consumer<Exchange> setup) {
        Exchange exchange = template.request(uri, setup::accept);
        WhacenterValidationException e = failure(exchange, WhacenterValidationException.class);
        for (String secret : SECRETS) {
            assertTrue(!e.getMessage().contains(secret), "no device id in: " + e.getMessage());
        }
        return e;
    }
}
