package io.github.camelwhacenter.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh simulator with one connected device, dev-1, and a plain HTTP client for it. */
abstract class SimulatorTestSupport {

    protected WhacenterSimulator simulator;
    protected GatewayClient client;

    @BeforeEach
    void start() {
        simulator = WhacenterSimulator.start();
        simulator.addDevice("dev-1", "6281234567890", "shop");
        client = new GatewayClient(simulator);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }
}
