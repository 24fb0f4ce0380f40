package io.github.camelwhacenter.springboot;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * A Spring Boot application with nothing but auto-configuration and the gateway simulator.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(GatewaySimulatorConfiguration.class)
public class WhacenterTestApplication {
}
