package io.github.camelwhacenter.reliability;

import io.github.camelwhacenter.WhacenterComponent;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;

/**
 * A CamelContext whose whacenter component sends as {@link TestDevices#DEVICE_ID} to a fresh gateway simulator on
 * loopback. The device id is set on the component, never in an endpoint URI.
 */
abstract class GatewayTestSupport extends CamelTestSupport {

    protected WhacenterSimulator simulator;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        simulator = WhacenterSimulator.start();
        simulator.addDevice(TestDevices.DEVICE_ID, TestDevices.DEVICE_NUMBER, "reliability");
        simulator.addDevice(TestDevices.SECOND_DEVICE_ID, TestDevices.SECOND_DEVICE_NUMBER, "reliability-2");
        CamelContext context = super.createCamelContext();
        WhacenterComponent component = new WhacenterComponent();
        component.getConfiguration().setDeviceId(TestDevices.DEVICE_ID);
        component.getConfiguration().setBaseUrl(simulator.baseUrl());
        component.getConfiguration().setResponseTimeout(5_000);
        configure(component);
        context.addComponent("whacenter", component);
        return context;
    }

    /** Further component options of a test class. */
    protected void configure(WhacenterComponent component) {
    }

    @AfterEach
    void stopSimulator() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
