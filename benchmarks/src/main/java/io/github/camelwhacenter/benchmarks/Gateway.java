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
package io.github.camelwhacenter.benchmarks;

import io.github.camelwhacenter.simulator.WhacenterSimulator;

/** The simulated gateway every benchmark talks to, and the one message they all send. */
final class Gateway {

    static final String DEVICE_ID = "benchmark-device";
    static final String DEVICE_NUMBER = "6281234567890";
    static final String RECIPIENT = "6289876543210";
    static final String MESSAGE = "Your order 10443 has shipped and will arrive on Thursday.";

    /** The simulator's request threads, and the JDK HTTP server's own two: not counted as client threads. */
    static final String SIMULATOR_THREAD_PREFIX = "whacenter-simulator-";
    static final String JDK_SERVER_DISPATCHER = "HTTP-Dispatcher";
    static final String JDK_SERVER_TIMER = "idle-timeout-task";

    private Gateway() {
    }

    /** A simulator on a free loopback port with one connected device; it keeps a short history so the heap stays flat. */
    static WhacenterSimulator start() {
        WhacenterSimulator simulator = WhacenterSimulator.start();
        simulator.addDevice(DEVICE_ID, DEVICE_NUMBER, "benchmark");
        simulator.setHistoryLimit(1_000);
        return simulator;
    }

    /** The producer endpoint sending {@link #MESSAGE}-like bodies to the number in the header. */
    static String sendUri(WhacenterSimulator simulator, int maxConnections) {
        return "whacenter:send?deviceId=" + DEVICE_ID + "&baseUrl=" + simulator.baseUrl() + "&maxConnections="
               + maxConnections;
    }

    static boolean isSimulatorThread(String name) {
        return name.startsWith(SIMULATOR_THREAD_PREFIX) || name.startsWith(JDK_SERVER_DISPATCHER)
               || name.equals(JDK_SERVER_TIMER);
    }
}
