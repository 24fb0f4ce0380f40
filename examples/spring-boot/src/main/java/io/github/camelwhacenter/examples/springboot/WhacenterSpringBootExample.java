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

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that answers WhatsApp messages through the Whacenter gateway and watches its device.
 * <ul>
 * <li>{@link WhatsAppRoutes}: the webhook route, served on this application's own port, auto-replies to every
 * message; the device watchdog logs the device's state when it changes;</li>
 * <li>{@link DeviceStatusController}: {@code GET /device} asks the gateway for the device's status;</li>
 * <li>{@link GatewayConfiguration}: the real gateway when {@code WHACENTER_DEVICE_ID} or {@code WHACENTER_BASE_URL}
 * is set, an embedded gateway simulator otherwise.</li>
 * </ul>
 * The whacenter component is configured by the {@code camel.component.whacenter.*} properties of
 * {@code application.yaml}.
 */
@SpringBootApplication
public class WhacenterSpringBootExample {

    public static void main(String[] args) {
        SpringApplication.run(WhacenterSpringBootExample.class, args);
    }
}
