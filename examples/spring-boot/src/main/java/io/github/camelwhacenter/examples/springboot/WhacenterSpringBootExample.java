package io.github.camelwhacenter.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that answers WhatsApp messages through the Whacenter gateway and watches its device.
 * <ul>
 * <li>{@link WhatsAppRoutes}: the webhook route, served on this application's own port, auto-replies to every
 * message; the device watchdog logs the device's state when it changes;</li>
 * <li>{@link DeviceStatusController}: {@code GET /device} asks the gateway for the device's status;</li>
 * <li>{@link GatewayConfiguration}: the real gateway when {@code WHACENTER_DEVICE_ID} or {@code WHACENTER_BASE_URL}
 * is set, an embedded gateway simulator otherwise.</li>
 * </ul>
 * The whacenter component is configured by the {@code camel.component.whacenter.*} properties of
 * {@code application.yaml}.
 */
@SpringBootApplication
public class WhacenterSpringBootExample {

    public static void main(String[] args) {
        SpringApplication.run(WhacenterSpringBootExample.class, args);
    }
}
