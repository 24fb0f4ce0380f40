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

import io.github.camelwhacenter.model.WhacenterDeviceState;
import io.github.camelwhacenter.model.WhacenterDeviceStatus;
import org.apache.camel.ProducerTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /device}: the device's status, asked of the gateway now. A Spring MVC controller on the same port as the
 * webhook route. The device id is a credential and is not part of the answer.
 */
@RestController
public class DeviceStatusController {

    /** What {@code GET /device} answers, as JSON. */
    public record DeviceView(String name, String number, WhacenterDeviceState state, boolean connected) {
    }

    private final ProducerTemplate template;

    public DeviceStatusController(ProducerTemplate template) {
        this.template = template;
    }

    @GetMapping("/device")
    public DeviceView device() {
        WhacenterDeviceStatus status = template.requestBody("whacenter:deviceStatus", null, WhacenterDeviceStatus.class);
        return new DeviceView(status.getName(), status.getNumber(), status.getState(), status.isConnected());
    }
}
