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

import io.github.camelwhacenter.model.WhacenterDeviceStatus;
import io.github.camelwhacenter.model.WhacenterRequest;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.SECOND_DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Per message, a typed body beats headers, and headers beat the endpoint URI.
 */
class WhacenterHeaderPrecedenceTest extends WhacenterTestSupport {

    @Test
    void theUriNumberIsTheDefault() {
        template.sendBody("whacenter:send?number=6281111111111", "from the URI");

        assertEquals("6281111111111", simulator.sentMessages(DEVICE_ID).get(0).number());
    }

    @Test
    void aHeaderOverridesTheUri() {
        template.sendBodyAndHeader("whacenter:send?number=6281111111111", "from the header",
                WhacenterConstants.NUMBER, "6282222222222");

        assertEquals("6282222222222", simulator.sentMessages(DEVICE_ID).get(0).number());
    }

    @Test
    void aTypedBodyOverridesHeaderAndUri() {
        template.sendBodyAndHeader("whacenter:send?number=6281111111111",
                WhacenterRequest.text("6283333333333", "typed"), WhacenterConstants.NUMBER, "6282222222222");

        assertEquals("6283333333333", simulator.sentMessages(DEVICE_ID).get(0).number());
        assertEquals("typed", simulator.sentMessages(DEVICE_ID).get(0).message());
    }

    @Test
    void theDeviceIdHeaderLetsOneRouteServeManyDevices() {
        template.sendBodyAndHeader("whacenter:send?number=6281111111111", "as the second device",
                WhacenterConstants.DEVICE_ID, SECOND_DEVICE_ID);

        assertEquals(1, simulator.sentMessages(SECOND_DEVICE_ID).size());
        assertTrue(simulator.sentMessages(DEVICE_ID).isEmpty());
    }

    @Test
    void theDeviceIdOnTheUriOverridesTheComponent() {
        context.getPropertiesComponent().addInitialProperty("second.device", SECOND_DEVICE_ID);
        template.sendBody("whacenter:send?number=6281111111111&deviceId={{second.device}}", "via URI placeholder");

        assertEquals(1, simulator.sentMessages(SECOND_DEVICE_ID).size());
    }

    @Test
    void theOperationHeaderOverridesTheUri() {
        WhacenterDeviceStatus status = template.requestBodyAndHeader("whacenter:send", null,
                WhacenterConstants.OPERATION, "deviceStatus", WhacenterDeviceStatus.class);

        assertTrue(status.isConnected());
        assertTrue(simulator.requests("send").isEmpty());
    }
}
