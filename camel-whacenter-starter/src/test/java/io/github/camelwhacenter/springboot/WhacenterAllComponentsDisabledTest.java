package io.github.camelwhacenter.springboot;

import io.github.camelwhacenter.WhacenterComponent;
import io.github.camelwhacenter.WhacenterConfiguration;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * camel.component.enabled=false turns off the auto-configuration of every component, this one included.
 * <p>
 * camel-platform-http-starter 4.14 does not start with camel.component.enabled=false unless its own component is
 * enabled again (its engine depends on the bean of its component's auto-configuration), hence
 * camel.component.platform-http.enabled=true.
 */
@SpringBootTest(classes = WhacenterTestApplication.class,
                properties = { "camel.component.enabled=false", "camel.component.platform-http.enabled=true" })
class WhacenterAllComponentsDisabledTest {

    @Autowired
    private CamelContext camelContext;
    @Autowired
    private ApplicationContext applicationContext;

    @Test
    void theComponentIsNotConfigured() {
        assertEquals(0, applicationContext.getBeanNamesForType(WhacenterComponentConfiguration.class).length);
        WhacenterConfiguration configuration
                = camelContext.getComponent("whacenter", WhacenterComponent.class).getConfiguration();
        assertNull(configuration.getDeviceId());
        assertEquals(WhacenterConfiguration.DEFAULT_BASE_URL, configuration.getBaseUrl());
    }
}
