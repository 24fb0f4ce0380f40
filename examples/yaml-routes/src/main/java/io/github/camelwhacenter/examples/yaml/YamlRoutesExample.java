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
package io.github.camelwhacenter.examples.yaml;

import io.github.camelwhacenter.simulator.GatewayChoice;
import io.github.camelwhacenter.simulator.SentMessage;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.apache.camel.main.Main;

/**
 * Runs the YAML routes of {@code src/main/resources/routes} with Camel Main: on the gateway named by WHACENTER_BASE_URL
 * and WHACENTER_DEVICE_ID when both are set, on the embedded gateway simulator when neither is (the project's one
 * rule, {@link GatewayChoice}).
 */
public final class YamlRoutesExample {

    static final String SIMULATED_DEVICE_ID = "example-device";
    /** Who the example messages on the simulator: a made-up customer. */
    static final String SIMULATED_CUSTOMER = "081234567890";

    private YamlRoutesExample() {
    }

    public static void main(String[] args) throws Exception {
        GatewayChoice gateway;
        try {
            gateway = GatewayChoice.from(System::getenv);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (!gateway.simulated()) {
            // a real gateway: application.properties reads both variables, and WHACENTER_EXAMPLE_NUMBER
            System.out.println("Gateway: " + gateway);
            System.exit(new Main().run(args));
        }
        try (WhacenterSimulator simulator = WhacenterSimulator.start()) {
            simulator.addDevice(SIMULATED_DEVICE_ID, "6281200000001", "yaml-example");
            System.out.println("Gateway: the embedded simulator at " + simulator.baseUrl());
            int exitCode = run(simulator.baseUrl(), SIMULATED_DEVICE_ID, SIMULATED_CUSTOMER, args);
            System.out.println("The simulator accepted these messages:");
            for (SentMessage sent : simulator.sentMessages(SIMULATED_DEVICE_ID)) {
                System.out.println("  #" + sent.id() + " to " + sent.number() + ": " + sent.message()
                                   + (sent.file() != null ? " [file " + sent.file() + "]" : ""));
            }
            if (exitCode != 0) {
                System.exit(exitCode);
            }
        }
    }

    /**
     * Boots Camel Main with the route files on the given gateway, such as a simulator, until the routes are done.
     *
     * @param  customer who the example messages; empty for nobody
     * @return          Camel Main's exit code
     */
    public static int run(String baseUrl, String deviceId, String customer, String... args) throws Exception {
        Main main = new Main();
        // override properties win over application.properties (and, unlike those, are not listed in Camel's startup log)
        main.addOverrideProperty("camel.component.whacenter.base-url", baseUrl);
        main.addOverrideProperty("camel.component.whacenter.device-id", deviceId);
        main.addOverrideProperty("example.customer", customer);
        return main.run(args);
    }
}
