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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.util.List;

import io.github.camelwhacenter.examples.demo.DemoScript.DemoException;
import io.github.camelwhacenter.examples.demo.DemoScript.DemoResult;
import io.github.camelwhacenter.simulator.IncomingMessage;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * The Camel Whacenter demo: Camel Main with the routes of {@link DemoRoutes}, on the embedded gateway simulator
 * unless WHACENTER_DEVICE_ID and WHACENTER_BASE_URL name a real gateway. Prints a transcript of each step and exits,
 * or with {@code --server} keeps serving the webhook.
 */
public final class WhacenterDemo {

    private final DemoOptions options;
    private final DemoGateway gateway;
    private final PrintStream out;
    private final InputStream console;
    private volatile Main main;
    private volatile DemoResult result;
    private volatile RuntimeException failure;

    /**
     * @param options what to run and how
     * @param gateway the gateway to talk to
     * @param out     where the transcript goes
     * @param console where, in server mode on the simulator, the customer's messages are typed; null for none
     */
    public WhacenterDemo(DemoOptions options, DemoGateway gateway, PrintStream out, InputStream console) {
        this.options = options;
        this.gateway = gateway;
        this.out = out;
        this.console = console;
    }

    public static void main(String[] args) {
        DemoOptions options;
        try {
            options = DemoOptions.from(System.getenv(), args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        int exitCode = run(options, System.out, System.in);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /**
     * Runs the demo on the gateway the options name, starting the embedded simulator when they name none.
     *
     * @return the process exit code: 0 when every step succeeded
     */
    public static int run(DemoOptions options, PrintStream out, InputStream console) {
        if (!options.simulated()) {
            return new WhacenterDemo(options, DemoGateway.remote(options.gatewayBaseUrl(), options.deviceId()), out, console)
                    .run();
        }
        try (WhacenterSimulator simulator = WhacenterSimulator.start()) {
            return new WhacenterDemo(options, DemoGateway.simulated(simulator), out, console).run();
        }
    }

    /**
     * Starts Camel Main, runs the demo's steps and, unless serving, stops it again.
     *
     * @return the process exit code: 0 when every step succeeded
     */
    public int run() {
        int port = options.port() != 0 ? options.port() : freeLoopbackPort();
        String webhookAddress = webhookAddress(port);
        Transcript transcript = new Transcript(out, List.of(gateway.deviceId(), options.webhookToken()));

        Main main = new Main();
        this.main = main;
        main.configure().addRoutesBuilder(new DemoRoutes());
        // the values application.properties refers to
        main.addInitialProperty("whacenter.base-url", gateway.baseUrl());
        main.addInitialProperty("demo.server.host", options.host());
        main.addInitialProperty("demo.server.port", String.valueOf(port));
        main.addInitialProperty("demo.webhook.address", webhookAddress != null ? webhookAddress : "");
        String mediaPublicUrl = mediaPublicUrl(webhookAddress);
        main.addInitialProperty("demo.media.public-url", mediaPublicUrl != null ? mediaPublicUrl : "");
        main.addInitialProperty("demo.webhook.token", options.webhookToken());
        main.addInitialProperty("demo.recipient", options.recipient() != null ? options.recipient() : "");
        main.addInitialProperty("demo.image-url", options.imageUrl());
        // the device id is a credential: an override property, which Camel Main leaves out of its startup summary
        main.addOverrideProperty("camel.component.whacenter.device-id", gateway.deviceId());
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport started) {
                runScript(main, transcript, port, webhookAddress, mediaPublicUrl);
            }
        });
        try {
            main.run();
        } catch (Exception e) {
            failure = new DemoException("Camel did not start: " + e.getMessage(), e);
        }
        if (failure != null) {
            transcript.blank();
            transcript.line("FAILED: " + failure.getMessage());
            return 1;
        }
        return 0;
    }

    private void runScript(Main main, Transcript transcript, int port, String webhookAddress, String mediaPublicUrl) {
        try {
            printHeader(transcript, main.getCamelContext().getVersion(), port);
            DemoScript script = new DemoScript(main.getCamelContext(), main.getCamelContext().createProducerTemplate(),
                    options, gateway, webhookAddress, mediaPublicUrl, transcript);
            result = script.run();
            transcript.blank();
            if (options.server()) {
                serve(transcript, script, port);
                return;
            }
            transcript.line("Done: " + result.steps() + " steps.");
            if (gateway.isSimulated()) {
                transcript.line("Against your own device: WHACENTER_DEVICE_ID=..."
                                + " WHACENTER_BASE_URL=https://app.whacenter.com/api (see the README).");
            }
            transcript.line("Keep the webhook running: add -Dexec.args=--server");
        } catch (RuntimeException e) {
            failure = e;
        }
        main.completed();
    }

    private void serve(Transcript transcript, DemoScript script, int port) {
        transcript.line("Serving the webhook at http://" + displayHost() + ":" + port + DemoRoutes.WEBHOOK_PATH
                        + " - stop with Ctrl-C.");
        if (gateway.isSimulated() && console != null) {
            transcript.line("Type a message as the customer " + options.recipient()
                            + " and press Enter: the simulator delivers it to the webhook.");
            Thread chat = new Thread(() -> chat(transcript, script), "demo-console");
            chat.setDaemon(true);
            chat.start();
        } else if (!gateway.isSimulated()) {
            transcript.line("Write \"help\" to your device from a phone: the auto-reply route answers.");
        }
    }

    /** Delivers each line typed on the console as a message from the simulated customer. */
    private void chat(Transcript transcript, DemoScript script) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(console, Charset.defaultCharset()));
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                transcript.blank();
                transcript.line("<-- the gateway POSTs to the webhook: from=" + options.recipient() + " message=\""
                                + line + "\"");
                try {
                    script.deliver(IncomingMessage.text(options.recipient(), line).pushName(DemoScript.CUSTOMER_NAME));
                } catch (RuntimeException e) {
                    transcript.line("FAILED: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            transcript.line("(the console closed: " + e.getMessage() + ")");
        }
    }

    private void printHeader(Transcript transcript, String camelVersion, int port) {
        transcript.line("Camel Whacenter demo: Apache Camel " + camelVersion + ", Camel Main and the Java DSL");
        if (gateway.isSimulated()) {
            transcript.line("Gateway: the embedded simulator at " + gateway.baseUrl() + ", device \""
                            + DemoGateway.SIMULATED_DEVICE_NAME + "\" (" + DemoGateway.SIMULATED_DEVICE_NUMBER + ")");
        } else {
            transcript.line("Gateway: " + gateway.baseUrl());
        }
        transcript.line("Webhook: http://" + displayHost() + ":" + port + DemoRoutes.WEBHOOK_PATH
                        + " on Camel Main's HTTP server (camel-platform-http-main)");
        transcript.line("Secrets (the device id, the webhook token) are shown as " + Transcript.MASK + ".");
        if (!gateway.isSimulated()) {
            transcript.line("Only the simulator records the requests it receives: against a real gateway the transcript"
                            + " shows its answers.");
        }
    }

    private String displayHost() {
        return "0.0.0.0".equals(options.host()) ? "localhost" : options.host();
    }

    /**
     * The address to register at the gateway, to which the route adds the token; null when a real gateway was given
     * no public URL.
     */
    private String webhookAddress(int port) {
        return gateway.isSimulated() ? "http://" + options.host() + ":" + port + DemoRoutes.WEBHOOK_PATH
                : options.webhookUrl();
    }

    /**
     * Where the gateway reaches this demo's HTTP server, for the files it fetches: the webhook address's scheme, host and
     * port; null when there is none.
     */
    private static String mediaPublicUrl(String webhookAddress) {
        if (webhookAddress == null || webhookAddress.isBlank()) {
            return null;
        }
        java.net.URI uri = java.net.URI.create(webhookAddress);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** Ends a run that is serving (--server), as Ctrl-C does. */
    public void stop() {
        Main running = main;
        if (running != null) {
            running.completed();
        }
    }

    /** @return the result of the last run's steps, or null when they did not complete */
    DemoResult result() {
        return result;
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }
}
