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

import io.github.camelwhacenter.simulator.SentMessage;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.apache.camel.main.Main;

/**
 * Runs the YAML routes of {@code src/main/resources/routes} with Camel Main: on the embedded gateway simulator, or on
 * the gateway named by WHACENTER_BASE_URL and WHACENTER_DEVICE_ID.
 */
public final class YamlRoutesExample {

    static final String SIMULATED_DEVICE_ID = "example-device";

    private YamlRoutesExample() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("WHACENTER_BASE_URL") != null && System.getenv("WHACENTER_DEVICE_ID") != null) {
            // a real gateway: application.properties reads both variables
            System.exit(new Main().run(args));
        }
        try (WhacenterSimulator simulator = WhacenterSimulator.start()) {
            simulator.addDevice(SIMULATED_DEVICE_ID, "6281200000001", "yaml-example");
            System.out.println("Gateway: the embedded simulator at " + simulator.baseUrl());
            int exitCode = run(simulator.baseUrl(), SIMULATED_DEVICE_ID, args);
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
     * @return Camel Main's exit code
     */
    public static int run(String baseUrl, String deviceId, String... args) throws Exception {
        Main main = new Main();
        // override properties win over application.properties (and, unlike those, are not listed in Camel's startup log)
        main.addOverrideProperty("camel.component.whacenter.base-url", baseUrl);
        main.addOverrideProperty("camel.component.whacenter.device-id", deviceId);
        return main.run(args);
    }
}
