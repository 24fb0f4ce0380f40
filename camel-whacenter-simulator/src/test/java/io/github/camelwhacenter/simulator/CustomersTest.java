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
package io.github.camelwhacenter.simulator;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A customer answers what the device sends it, through the device's webhook, over HTTP. */
class CustomersTest extends SimulatorTestSupport {

    private WebhookReceiver receiver;

    @BeforeEach
    void receiver() {
        receiver = new WebhookReceiver(200, "ok");
        simulator.addDevice("dev-1", "6285156108635", "shop").setWebhookUrl(receiver.url("/hook"));
    }

    @AfterEach
    void closeReceiver() {
        receiver.close();
    }

    @Test
    void aCustomerAnswersEachMessageTheDeviceSendsItAfterTheDelay() {
        simulator.customerReplies("dev-1", "6281234567890", "YES", Duration.ofMillis(50));

        client.postForm("send", "device_id", "dev-1", "number", "6281234567890", "message", "Confirm? YES or NO");
        client.postForm("send", "device_id", "dev-1", "number", "6289999999999", "message", "not a customer");
        client.postForm("send", "device_id", "dev-1", "number", "6281234567890", "message", "later",
                "schedule", "2099-01-01 10:00:00");

        await().atMost(Duration.ofSeconds(10)).until(() -> simulator.customerDeliveries().size() == 1);
        assertEquals(List.of(new WebhookDelivery(200, "ok")), simulator.customerDeliveries());
        String posted = receiver.received().get(0).text();
        assertTrue(posted.contains("\"from\":\"6281234567890\"") && posted.contains("\"message\":\"YES\""), posted);
    }

    @Test
    void theControlApiAddsACustomerAndResetForgetsIt() throws Exception {
        client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(simulator.controlUrl()
                + "/customers?device_id=dev-1&number=6281234567890&reply=STOP&delayMillis=0"))
                .method("POST", java.net.http.HttpRequest.BodyPublishers.noBody()));

        client.postForm("send", "device_id", "dev-1", "number", "6281234567890", "message", "hi");
        await().atMost(Duration.ofSeconds(10)).until(() -> simulator.customerDeliveries().size() == 1);
        assertTrue(receiver.received().get(0).text().contains("\"message\":\"STOP\""));

        simulator.reset();
        simulator.customerReplies("dev-1", "6282222222222", "other", Duration.ZERO);
        client.postForm("send", "device_id", "dev-1", "number", "6281234567890", "message", "hi again");
        client.postForm("send", "device_id", "dev-1", "number", "6282222222222", "message", "hi");
        // replies go out in the order of their sends: once the other customer's came, a forgotten one would have too
        await().atMost(Duration.ofSeconds(10)).until(() -> simulator.customerDeliveries().size() == 1);
        List<WebhookReceiver.Received> received = receiver.received();
        assertEquals(2, received.size());
        assertTrue(received.get(1).text().contains("\"message\":\"other\""), received.get(1).text());
    }

    @Test
    void aCustomerThatStopsReplyingAnswersNoMore() {
        simulator.customerReplies("dev-1", "6281234567890", "YES", Duration.ZERO);
        simulator.customerReplies("dev-1", "6282222222222", "other", Duration.ZERO);
        assertTrue(simulator.customerStopsReplying("dev-1", "6281234567890"));
        assertFalse(simulator.customerStopsReplying("dev-1", "6281234567890"), "no longer a customer");

        client.postForm("send", "device_id", "dev-1", "number", "6281234567890", "message", "hi");
        client.postForm("send", "device_id", "dev-1", "number", "6282222222222", "message", "hi");
        // replies go out in the order of their sends: once the other customer's came, the first one's would have too
        await().atMost(Duration.ofSeconds(10)).until(() -> simulator.customerDeliveries().size() == 1);
        assertEquals(1, receiver.received().size());
        assertTrue(receiver.received().get(0).text().contains("\"message\":\"other\""));
    }
}
