package io.github.camelwhacenter.springboot;

import io.github.camelwhacenter.WhacenterComponent;
import io.github.camelwhacenter.WhacenterConfiguration;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static io.github.camelwhacenter.springboot.GatewaySimulatorConfiguration.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * camel.component.whacenter.customizer.enabled=false: the properties are bound, but the starter's customizer does
 * not apply them to the component.
 */
@SpringBootTest(classes = WhacenterTestApplication.class, properties = {
        "camel.component.whacenter.customizer.enabled=false",
        "camel.component.whacenter.time-zone=Asia/Makassar" })
class WhacenterCustomizerDisabledTest {

    @Autowired
    private CamelContext camelContext;
    @Autowired
    private WhacenterComponentConfiguration properties;

    @Test
    void thePropertiesAreBoundButNotApplied() {
        assertEquals(DEVICE_ID, properties.getDeviceId());
        assertEquals("Asia/Makassar", properties.getTimeZone());

        WhacenterConfiguration configuration
                = camelContext.getComponent("whacenter", WhacenterComponent.class).getConfiguration();
        assertNull(configuration.getDeviceId());
        assertEquals("Asia/Jakarta", configuration.getTimeZone());
    }
}
