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

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The standalone simulator's command line: {@code --port}, {@code --host}, {@code --device-id}
 * (repeatable or comma-separated), {@code --number}, {@code --name}, {@code --webhook},
 * {@code --help}. Both {@code --port 8080} and {@code --port=8080} work.
 */
final class SimulatorOptions {

    static final int DEFAULT_PORT = 8080;
    static final String DEFAULT_DEVICE_ID = "demo-device";
    static final String DEFAULT_NUMBER = "6281234567890";

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar camel-whacenter-simulator.jar [options]",
            "  --port N          port to listen on (default " + DEFAULT_PORT + ", 0 = any free port)",
            "  --host ADDRESS    address to bind (default " + WhacenterSimulator.LOOPBACK + "; anything else exposes it)",
            "  --device-id ID    a device to register; repeatable or comma-separated (default " + DEFAULT_DEVICE_ID + ")",
            "  --number N        the first device's own number (default " + DEFAULT_NUMBER + "; further devices count up)",
            "  --name NAME       the devices' display name (default: the device id)",
            "  --webhook URL     a webhook URL to set on every device",
            "  --help            show this help");

    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--port", "--host", "--device-id", "--number", "--name", "--webhook");

    int port = DEFAULT_PORT;
    String host = WhacenterSimulator.LOOPBACK;
    final List<String> deviceIds = new ArrayList<>();
    String number = DEFAULT_NUMBER;
    String name;
    String webhook;
    boolean help;

    /**
     * @param args the command line
     * @return the options
     * @throws IllegalArgumentException for an unknown option or a bad value, with a message for the user
     */
    static SimulatorOptions parse(String... args) {
        SimulatorOptions options = new SimulatorOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                options.help = true;
                continue;
            }
            if (!OPTIONS_WITH_VALUE.contains(arg)) {
                throw new IllegalArgumentException("unknown option: " + arg);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                value = args[++i];
            }
            switch (arg) {
                case "--port" -> options.port = port(value);
                case "--host" -> options.host = value;
                case "--device-id" -> {
                    for (String id : value.split(",")) {
                        if (!id.isBlank()) {
                            options.deviceIds.add(id.trim());
                        }
                    }
                }
                case "--number" -> options.number = value;
                case "--name" -> options.name = value;
                case "--webhook" -> options.webhook = value;
                default -> throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
        if (options.deviceIds.isEmpty()) {
            options.deviceIds.add(DEFAULT_DEVICE_ID);
        }
        return options;
    }

    /** @return the number of the {@code index}-th device: the given number counted up, so each device has its own */
    String numberOf(int index) {
        if (index == 0 || !number.chars().allMatch(Character::isDigit)) {
            return number;
        }
        String counted = new BigInteger(number).add(BigInteger.valueOf(index)).toString();
        return number.startsWith("0") ? "0" + counted : counted;
    }

    String nameOf(String deviceId) {
        return name == null ? deviceId : name;
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("--port must be 0..65535, was " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, was " + value);
        }
    }
}
