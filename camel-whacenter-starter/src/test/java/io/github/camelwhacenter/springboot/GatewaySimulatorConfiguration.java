package io.github.camelwhacenter.springboot;

import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A gateway simulator on loopback for the lifetime of the application context, with one paired device, and the
 * properties that point the whacenter component at it.
 */
@Configuration(proxyBeanMethods = false)
public class GatewaySimulatorConfiguration {

    /** A credential: no test may find it in an HTTP answer or a log line. */
    public static final String DEVICE_ID = "dev-5b8e2f71c9a04d3e";
    public static final String DEVICE_NUMBER = "6281200000001";

    @Bean(destroyMethod = "close")
    public WhacenterSimulator whacenterSimulator() {
        WhacenterSimulator simulator = WhacenterSimulator.start();
        simulator.addDevice(DEVICE_ID, DEVICE_NUMBER, "spring-boot");
        return simulator;
    }

    @Bean
    public DynamicPropertyRegistrar whacenterGatewayProperties(WhacenterSimulator simulator) {
        return registry -> {
            registry.add("camel.component.whacenter.base-url", simulator::baseUrl);
            registry.add("camel.component.whacenter.device-id", () -> DEVICE_ID);
        };
    }
}
