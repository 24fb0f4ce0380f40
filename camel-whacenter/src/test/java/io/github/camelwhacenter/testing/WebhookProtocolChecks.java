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
package io.github.camelwhacenter.testing;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import io.github.camelwhacenter.testing.WebhookProtocolClient.Answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One cell of the webhook's protocol matrix: the answers a webhook gives over one protocol on one engine, which must be
 * those it gives over HTTP/1.1. Every cell's route is {@code from("whacenter:webhook?" + }{@link #WEBHOOK_OPTIONS}{@code )}
 * counting what reaches it.
 */
public final class WebhookProtocolChecks {

    public static final String PATH = "/whacenter/matrix";
    public static final String TOKEN = "m4trix-t0ken-5e2d";
    public static final int MAX_BODY = 4096;
    /** The consumer's options in every cell: a token, duplicates skipped, a small body bound. */
    public static final String WEBHOOK_OPTIONS = "webhookPath=" + PATH + "&webhookToken=" + TOKEN
                                                 + "&skipDuplicates=true&webhookMaxBodySize=" + MAX_BODY;

    private static final AtomicInteger MESSAGES = new AtomicInteger();

    private WebhookProtocolChecks() {
    }

    /**
     * Runs every check of the cell.
     *
     * @param expectedVersion what the protocol comes out as on this engine: {@code HTTP/2}, or {@code HTTP/1.1} where
     *                        the engine does not take HTTP/2 on it and the client falls back
     * @param routed          how many deliveries reached the route so far
     */
    public static void assertWebhookAnswers(WebhookProtocolClient client, String expectedVersion, IntSupplier routed)
            throws Exception {
        String cell = client.protocol() + ": ";
        String delivery = delivery("hello over " + client.protocol());
        int before = routed.getAsInt();

        Answer valid = client.post(PATH + "?token=" + TOKEN, "application/json", delivery);
        assertEquals(200, valid.status(), cell + "a valid delivery: " + valid);
        assertEquals(expectedVersion, valid.version(), cell + "the protocol it came over");
        assertEquals(before + 1, routed.getAsInt(), cell + "a valid delivery reaches the route once");

        Answer repeated = client.post(PATH + "?token=" + TOKEN, "application/json", delivery);
        assertEquals(200, repeated.status(), cell + "a repeated delivery is acknowledged: " + repeated);
        assertTrue(repeated.body().contains("duplicate ignored"), cell + repeated.body());
        assertEquals(before + 1, routed.getAsInt(), cell + "a repeated delivery does not reach the route again");

        if (client.protocol() == WebhookProtocol.HTTP_1_1) {
            Answer continued = client.postExpectingContinue(PATH + "?token=" + TOKEN, "application/json",
                    delivery("after 100 Continue"));
            assertEquals(200, continued.status(), cell + "a delivery that waits for 100 Continue: " + continued);
            assertEquals(before + 2, routed.getAsInt(), cell + "the delivery that waited for 100 Continue was routed");
        }
        int routedBefore = routed.getAsInt();

        Answer noToken = client.post(PATH, "application/json", delivery("no token"));
        assertEquals(401, noToken.status(), cell + "no token: " + noToken);

        Answer malformed = client.post(PATH + "?token=" + TOKEN, "application/json", "{\"from\": \"6281");
        assertEquals(400, malformed.status(), cell + "a malformed body: " + malformed);

        Answer get = client.get(PATH + "?token=" + TOKEN);
        assertEquals(405, get.status(), cell + "a GET: " + get);

        Answer declared = client.postDeclaredButWithheld(PATH + "?token=" + TOKEN, 10L * 1024 * 1024);
        assertEquals(413, declared.status(), cell + "a declared length over the bound, the body held back: " + declared);

        Answer endless = client.postUndeclaredAndEndless(PATH + "?token=" + TOKEN, 2 * MAX_BODY);
        assertEquals(413, endless.status(), cell + "a body without a length, growing over the bound and never ending: "
                                            + endless);

        Answer after = client.post(PATH + "?token=" + TOKEN, "application/json", delivery("after the refusals"));
        assertEquals(200, after.status(), cell + "a valid delivery after the refusals: " + after);
        assertEquals(expectedVersion, after.version(), cell + "the protocol it came over");
        assertEquals(routedBefore + 1, routed.getAsInt(), cell + "only the valid deliveries reached the route");
    }

    /** A delivery as the gateway posts it, a new message each call. */
    public static String delivery(String text) {
        int n = MESSAGES.incrementAndGet();
        return "{\"pushName\":\"Budi\",\"from\":\"087754446580\",\"to\":\"6281200000001\",\"message_type\":\"text\","
               + "\"message\":\"" + text + "\",\"media\":\"\",\"is_group\":false,\"id_group\":\"\",\"timestamp\":\""
               + String.format("2025-07-21 08:%02d:%02d", (n / 60) % 60, n % 60) + "\",\"source\":\"WHACENTER\"}";
    }
}
