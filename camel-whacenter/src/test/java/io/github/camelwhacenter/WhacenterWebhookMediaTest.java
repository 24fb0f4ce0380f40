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

import java.util.Random;

import io.github.camelwhacenter.simulator.IncomingMessage;
import io.github.camelwhacenter.simulator.WebhookDelivery;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * fetchMedia over real HTTP: the simulator delivers a media message whose media it serves itself, and the webhook
 * consumer fetches it before the route runs, or refuses a host off the allow-list or pointing inside before connecting.
 */
class WhacenterWebhookMediaTest extends WebhookTestSupport {

    private final byte[] png = new byte[150_000];
    private String mediaUrl;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the simulator serves on 127.0.0.1: allowed here by name and, explicitly, as a non-public address
                from("whacenter:webhook?webhookPath=/wa/media&fetchMedia=true&mediaAllowedHosts=127.0.0.1"
                     + "&mediaAllowNonPublicAddresses=true").routeId("media").to("mock:media");
                from("whacenter:webhook?webhookPath=/wa/offList&fetchMedia=true").routeId("offList").to("mock:offList");
                from("whacenter:webhook?webhookPath=/wa/inside&fetchMedia=true&mediaAllowedHosts=127.0.0.1"
                     + "&mediaFetchFailure=FLAG").routeId("inside").to("mock:inside");
                // decides after the webhook: only messages with media are kept
                from("whacenter:webhook?webhookPath=/wa/later").routeId("later")
                        .filter(simple("${body.media} != ''"))
                        .to("whacenter:fetchMedia?mediaAllowedHosts=127.0.0.1&mediaAllowNonPublicAddresses=true")
                        .to("mock:later");
                from("direct:fetch").to("whacenter:fetchMedia");
            }
        };
    }

    private WebhookDelivery deliverMediaTo(String path) {
        new Random(3).nextBytes(png);
        mediaUrl = simulator.serveMedia(png, "image/png", "chart.png");
        simulator.device(DEVICE_ID).setWebhookUrl(url(path));
        return simulator.deliverIncoming(DEVICE_ID, IncomingMessage.media("087754446580", "the chart", mediaUrl));
    }

    @Test
    void theMediaReachesTheRouteWithItsTypeAndName() throws Exception {
        MockEndpoint media = getMockEndpoint("mock:media");
        media.expectedMessageCount(1);

        WebhookDelivery delivery = deliverMediaTo("/wa/media");

        assertEquals(200, delivery.statusCode(), delivery.responseBody());
        media.assertIsSatisfied();
        Message message = media.getExchanges().get(0).getMessage();
        assertArrayEquals(png, message.getHeader(WhacenterConstants.MEDIA_DATA, byte[].class));
        assertEquals("image/png", message.getHeader(WhacenterConstants.MEDIA_CONTENT_TYPE));
        assertEquals("chart.png", message.getHeader(Exchange.FILE_NAME));
        assertEquals(1, simulator.mediaFetches(message.getHeader(WhacenterConstants.MEDIA, String.class)));
    }

    @Test
    void aHostOffTheAllowListFailsTheDeliveryWithoutAConnection() throws Exception {
        MockEndpoint offList = getMockEndpoint("mock:offList");
        offList.expectedMessageCount(0);

        WebhookDelivery delivery = deliverMediaTo("/wa/offList");

        assertEquals(500, delivery.statusCode(), "failed, so that the gateway delivers it again");
        offList.assertIsSatisfied();
        assertEquals(0, simulator.mediaFetches(mediaUrl));
    }

    @Test
    void aHostThatPointsInsideIsFlaggedAndNotConnectedTo() throws Exception {
        MockEndpoint inside = getMockEndpoint("mock:inside");
        inside.expectedMessageCount(1);

        WebhookDelivery delivery = deliverMediaTo("/wa/inside");

        assertEquals(200, delivery.statusCode(), delivery.responseBody());
        inside.assertIsSatisfied();
        Message message = inside.getExchanges().get(0).getMessage();
        assertNull(message.getHeader(WhacenterConstants.MEDIA_DATA));
        String error = message.getHeader(WhacenterConstants.MEDIA_FETCH_ERROR, String.class);
        assertTrue(error.startsWith("NOT_PUBLIC: ") && error.contains("mediaAllowNonPublicAddresses"), error);
        assertEquals(0, simulator.mediaFetches(message.getHeader(WhacenterConstants.MEDIA, String.class)));
    }

    @Test
    void aRouteThatDecidesLaterFetchesTheMediaAsItsBody() throws Exception {
        MockEndpoint later = getMockEndpoint("mock:later");
        later.expectedMessageCount(1);

        WebhookDelivery delivery = deliverMediaTo("/wa/later");

        assertEquals(200, delivery.statusCode(), delivery.responseBody());
        later.assertIsSatisfied();
        Message message = later.getExchanges().get(0).getMessage();
        assertArrayEquals(png, message.getBody(byte[].class));
        assertEquals("image/png", message.getHeader(Exchange.CONTENT_TYPE));
        assertEquals("chart.png", message.getHeader(Exchange.FILE_NAME));
        assertEquals(1, simulator.mediaFetches(mediaUrl));
    }

    @Test
    void fetchMediaRefusesAHostOffTheAllowListWithoutAConnection() {
        new Random(4).nextBytes(png);
        mediaUrl = simulator.serveMedia(png, "image/png", "chart.png");

        Exchange done = template.request("direct:fetch",
                exchange -> exchange.getMessage().setHeader(WhacenterConstants.MEDIA, mediaUrl));

        WhacenterMediaFetchException e = assertInstanceOf(WhacenterMediaFetchException.class, done.getException());
        assertEquals("NOT_ALLOWED", e.getReason());
        assertTrue(e.getMessage().startsWith("Whacenter fetchMedia: "), e.getMessage());
        assertEquals(0, simulator.mediaFetches(mediaUrl));
    }
}
