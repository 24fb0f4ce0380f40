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

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator on its own, for offline development:
 * {@code java -jar camel-whacenter-simulator.jar --port 8080 --device-id mydevice}.
 * Serves until the JVM is stopped (Ctrl-C).
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    /**
     * @param args see {@code --help}
     * @throws InterruptedException never in practice: the main thread waits for shutdown
     */
    public static void main(String[] args) throws InterruptedException {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SimulatorOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(SimulatorOptions.USAGE);
            return;
        }
        WhacenterSimulator simulator = start(options, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "whacenter-simulator-shutdown"));
        // the server's threads are daemons: this thread is what keeps the JVM serving
        stopped.await();
    }

    /**
     * Starts a simulator as the options describe and prints where it listens.
     *
     * @param options the parsed command line
     * @param out     where to print
     * @return the running simulator
     */
    static WhacenterSimulator start(SimulatorOptions options, PrintStream out) {
        WhacenterSimulator simulator = WhacenterSimulator.start(options.host, options.port);
        for (int i = 0; i < options.deviceIds.size(); i++) {
            String deviceId = options.deviceIds.get(i);
            SimulatedDevice device = simulator.addDevice(deviceId, options.numberOf(i), options.nameOf(deviceId));
            device.setWebhookUrl(options.webhook);
        }
        out.println("Whacenter simulator listening on " + simulator.baseUrl());
        for (SimulatedDevice device : simulator.devices()) {
            out.println("  device_id=" + device.deviceId() + "  number=" + device.number() + "  name=" + device.name()
                    + "  CONNECTED" + (device.webhookUrl() == null ? "" : "  webhook=" + device.webhookUrl()));
        }
        out.println("Control API: " + simulator.controlUrl() + "/ (see README)");
        out.println("Press Ctrl-C to stop.");
        return simulator;
    }
}
