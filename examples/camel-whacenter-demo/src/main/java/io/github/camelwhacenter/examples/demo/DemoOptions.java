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
package io.github.camelwhacenter.examples.demo;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import io.github.camelwhacenter.simulator.GatewayChoice;

/**
 * What the demo runs against and how, read from environment variables and command line arguments.
 *
 * @param gatewayBaseUrl  the real gateway's base URL, or null to run on the embedded simulator
 * @param deviceId        the real device id (a credential), or null to run on the embedded simulator
 * @param server          whether to keep serving the webhook after the scripted steps
 * @param host            the address the webhook server binds to
 * @param port            the webhook server's port, or 0 to pick a free one
 * @param webhookUrl      the public URL the gateway should post to, without the token (real gateway only), or null
 * @param webhookToken    the secret the registered webhook URL carries as query parameter {@code token}
 * @param recipient       who the demo's messages go to, or null (real gateway without WHACENTER_DEMO_NUMBER)
 * @param imageUrl        the public URL of the image the demo sends
 */
public record DemoOptions(String gatewayBaseUrl,
                          String deviceId,
                          boolean server,
                          String host,
                          int port,
                          String webhookUrl,
                          String webhookToken,
                          String recipient,
                          String imageUrl) {

    /** The number of the simulated customer who writes "help" and receives the demo's messages (local form). */
    public static final String SIMULATED_CUSTOMER = "081234567890";
    /** The image the demo sends by URL: the Apache Camel logo. */
    public static final String DEFAULT_IMAGE_URL = "https://camel.apache.org/apple-touch-icon-120x120.png";
    /** The webhook server's port when serving a real gateway and WHACENTER_DEMO_PORT is not set. */
    public static final int DEFAULT_SERVER_PORT = 8080;

    public static final String USAGE = """
            Usage: mvn -f examples/camel-whacenter-demo exec:java [-Dexec.args=--server]

              --server   keep running after the demo steps, serving the webhook (Ctrl-C to stop);
                         the same as WHACENTER_DEMO_SERVER=true

            Runs on the embedded gateway simulator unless both of these are set:
              WHACENTER_DEVICE_ID        the device id of your Whacenter device (a credential)
              WHACENTER_BASE_URL         the gateway's API, e.g. https://app.whacenter.com/api
            and then also reads:
              WHACENTER_DEMO_NUMBER      the number the demo messages (your own phone), e.g. 6281234567890
              WHACENTER_WEBHOOK_URL      the public URL that reaches this demo's /whacenter/webhook
                                         (e.g. a tunnel); without it the webhook is left as it is
              WHACENTER_WEBHOOK_TOKEN    the secret the webhook URL carries (default: a random one)
              WHACENTER_DEMO_PORT        the webhook server's port (default 8080 against a real gateway)
              WHACENTER_DEMO_IMAGE_URL   the image to send (default: the Apache Camel logo)
            """;

    public DemoOptions {
        if ((gatewayBaseUrl == null) != (deviceId == null)) {
            throw new IllegalArgumentException("a real gateway needs both its base URL and a device id");
        }
        if (webhookToken == null || webhookToken.isBlank()) {
            throw new IllegalArgumentException("the webhook token must not be empty");
        }
    }

    /** Whether the demo runs on the embedded gateway simulator. */
    public boolean simulated() {
        return gatewayBaseUrl == null;
    }

    /** The options of a run on the embedded simulator, with the webhook on a free loopback port. */
    public static DemoOptions simulator(boolean server) {
        return new DemoOptions(null, null, server, "127.0.0.1", 0, null, randomToken(), SIMULATED_CUSTOMER,
                DEFAULT_IMAGE_URL);
    }

    /**
     * Reads the options.
     *
     * @param env  the environment variables
     * @param args the command line arguments
     * @throws IllegalArgumentException with a message for the user when they are inconsistent
     */
    public static DemoOptions from(Map<String, String> env, String... args) {
        boolean server = Boolean.parseBoolean(value(env, "WHACENTER_DEMO_SERVER"));
        for (String arg : args) {
            if (arg.equals("--server")) {
                server = true;
            } else if (!arg.isBlank()) {
                throw new IllegalArgumentException("unknown argument: " + arg + "\n\n" + USAGE);
            }
        }
        // the project's one rule: both variables name the real gateway, neither the simulator, one alone is refused
        GatewayChoice gateway = GatewayChoice.from(env::get);
        String deviceId = gateway.deviceId();
        String baseUrl = gateway.baseUrl();
        if (gateway.simulated()) {
            DemoOptions simulated = simulator(server);
            return new DemoOptions(null, null, server, simulated.host(), port(env, 0), null,
                    orElse(value(env, "WHACENTER_WEBHOOK_TOKEN"), simulated.webhookToken()), SIMULATED_CUSTOMER,
                    orElse(value(env, "WHACENTER_DEMO_IMAGE_URL"), DEFAULT_IMAGE_URL));
        }
        String webhookUrl = value(env, "WHACENTER_WEBHOOK_URL");
        if (webhookUrl != null && (webhookUrl.contains("?") || !webhookUrl.matches("(?i)https?://.+"))) {
            throw new IllegalArgumentException("WHACENTER_WEBHOOK_URL must be an http(s) URL without a query, such as"
                                               + " https://example.com/whacenter/webhook: the demo adds ?token=...");
        }
        return new DemoOptions(baseUrl, deviceId, server, "0.0.0.0", port(env, DEFAULT_SERVER_PORT), webhookUrl,
                orElse(value(env, "WHACENTER_WEBHOOK_TOKEN"), randomToken()),
                value(env, "WHACENTER_DEMO_NUMBER"), orElse(value(env, "WHACENTER_DEMO_IMAGE_URL"), DEFAULT_IMAGE_URL));
    }

    private static int port(Map<String, String> env, int defaultPort) {
        String text = value(env, "WHACENTER_DEMO_PORT");
        if (text == null) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("WHACENTER_DEMO_PORT must be a port number, was " + text);
    }

    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static String randomToken() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toLowerCase(Locale.ROOT);
    }
}
