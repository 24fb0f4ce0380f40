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

import io.github.camelwhacenter.simulator.Fault;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's answers are read up to maxResponseSize, on the wire and once inflated: a huge answer or a
 * decompression bomb fails its exchange, and the pool it came through keeps serving; a pool that stopped running is
 * replaced.
 */
class WhacenterAnswerBoundsTest extends WhacenterTestSupport {

    private static final String SEND = "whacenter:send?number=6281234567890";

    @Test
    void anAnswerLargerThanTheBoundFailsItsExchangeAndThePoolGoesOn() {
        simulator.enqueueFault("send", Fault.largeBody(3 * 1024 * 1024));

        Exchange huge = template.send(SEND, e -> e.getMessage().setBody("huge answer"));
        Exchange next = template.send(SEND, e -> e.getMessage().setBody("next"));

        WhacenterResponseException tooLarge = failure(huge, WhacenterResponseException.class);
        assertTrue(tooLarge.getMessage().contains("maxResponseSize (1048576 bytes)"), tooLarge.getMessage());
        assertNull(next.getException(), "the pool still serves");
    }

    @Test
    void aDecompressionBombIsCutOffAtTheBound() {
        // about 50 KB on the wire, 50 MB once inflated
        simulator.setGzipUnasked(true);
        simulator.enqueueFault("send", Fault.largeBody(50 * 1024 * 1024));

        Exchange bomb = template.send(SEND + "&maxResponseSize=65536", e -> e.getMessage().setBody("bomb"));
        Exchange next = template.send(SEND + "&maxResponseSize=65536", e -> e.getMessage().setBody("next"));

        WhacenterResponseException tooLarge = failure(bomb, WhacenterResponseException.class);
        assertTrue(tooLarge.getMessage().contains("maxResponseSize (65536 bytes), once inflated"), tooLarge.getMessage());
        assertNull(next.getException());
    }

    @Test
    void aPoolThatStoppedRunningIsReplaced() throws Exception {
        WhacenterEndpoint endpoint = context.getEndpoint(SEND, WhacenterEndpoint.class);
        assertNull(template.send(endpoint, e -> e.getMessage().setBody("first")).getException());

        // what an Error on an I/O thread leaves behind: a client whose reactor is shut down for good
        endpoint.getGatewayClient().close();
        assertFalse(endpoint.getGatewayClient() == null);

        Exchange after = template.send(endpoint, e -> e.getMessage().setBody("after"));
        assertNull(after.getException(), "a new pool took over: " + after.getException());
        assertTrue(endpoint.getGatewayClient().isRunning());
    }
}
