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
package io.github.camelwhacenter.springboot;

import java.util.List;

import io.github.camelwhacenter.WhacenterComponent;
import io.github.camelwhacenter.WhacenterConfiguration;
import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.WhacenterHttpMethod;
import io.github.camelwhacenter.model.WhacenterMessageSent;
import io.github.camelwhacenter.model.WhacenterResult;
import io.github.camelwhacenter.simulator.RecordedRequest;
import io.github.camelwhacenter.simulator.SentMessage;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.ComponentCustomizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The camel.component.whacenter.* properties of a Spring Boot application configure the component, and the
 * producer reaches the gateway they point at.
 */
@SpringBootTest(classes = WhacenterTestApplication.class, properties = {
        "camel.component.whacenter.time-zone=Asia/Makassar",
        "camel.component.whacenter.default-country-code=60",
        "camel.component.whacenter.connect-timeout=2500",
        "camel.component.whacenter.response-timeout=4000",
        "camel.component.whacenter.max-connections=7",
        "camel.component.whacenter.http-method=get",
        "camel.component.whacenter.throw-exception-on-failure=false",
        "camel.component.whacenter.lazy-start-producer=true",
        // generous enough not to slow the tests down
        "camel.component.whacenter.send-rate-limit=1000",
        "camel.component.whacenter.send-rate-period=60000",
        "camel.component.whacenter.min-send-interval=5",
        "camel.component.whacenter.send-queue-capacity=250",
        "camel.component.whacenter.worker-pool-size=4" })
class WhacenterComponentAutoConfigurationTest {

    @Autowired
    private CamelContext camelContext;
    @Autowired
    private ProducerTemplate template;
    @Autowired
    private WhacenterSimulator simulator;
    @Autowired
    private ApplicationContext applicationContext;

    @BeforeEach
    void forgetEarlierRequests() {
        simulator.clearRequests();
    }

    @Test
    void thePropertiesConfigureTheComponent() {
        WhacenterComponent component = camelContext.getComponent("whacenter", WhacenterComponent.class);
        WhacenterConfiguration configuration = component.getConfiguration();

        assertEquals(DEVICE_ID, configuration.getDeviceId());
        assertEquals(simulator.baseUrl(), configuration.getBaseUrl());
        assertEquals("Asia/Makassar", configuration.getTimeZone());
        assertEquals("60", configuration.getDefaultCountryCode());
        assertEquals(2500, configuration.getConnectTimeout());
        assertEquals(4000, configuration.getResponseTimeout());
        assertEquals(7, configuration.getMaxConnections());
        assertEquals(WhacenterHttpMethod.GET, configuration.getHttpMethod());
        assertFalse(configuration.isThrowExceptionOnFailure());
        assertTrue(component.isLazyStartProducer());
        assertEquals(1000, configuration.getSendRateLimit());
        assertEquals(60000, configuration.getSendRatePeriod());
        assertEquals(5, configuration.getMinSendInterval());
        assertEquals(250, component.getSendQueueCapacity());
        assertEquals(4, component.getWorkerPoolSize());
        // options left unset keep the component's defaults
        assertNull(configuration.getProxyHost());
        assertFalse(component.isUseGlobalSslContextParameters());
    }

    @Test
    void theStarterRegistersItsPropertiesAndCustomizer() {
        WhacenterComponentConfiguration properties = applicationContext.getBean(WhacenterComponentConfiguration.class);
        assertEquals("Asia/Makassar", properties.getTimeZone());
        assertEquals(simulator.baseUrl(), properties.getBaseUrl());
        assertTrue(applicationContext.getBeansOfType(ComponentCustomizer.class).containsKey("configureWhacenterComponent"));
    }

    @Test
    void theProducerSendsThroughTheGatewayTheyPointAt() {
        int before = simulator.sentMessages(DEVICE_ID).size();

        Exchange exchange = template.request("whacenter:send", e -> {
            e.getMessage().setBody("Halo from Spring Boot");
            e.getMessage().setHeader(WhacenterConstants.NUMBER, "012-345 6789");
        });

        assertNull(exchange.getException());
        WhacenterMessageSent result = exchange.getMessage().getBody(WhacenterMessageSent.class);
        assertTrue(result.isSuccess());
        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(before + 1, sent.size());
        SentMessage message = sent.get(sent.size() - 1);
        assertEquals(String.valueOf(message.id()), result.getMessageId());
        assertEquals("Halo from Spring Boot", message.message());
        assertEquals("60123456789", message.number(), "local number completed with default-country-code");
        RecordedRequest request = simulator.requests("send").get(0);
        assertEquals("GET", request.method(), "http-method");
    }

    @Test
    void schedulesAreSentInTheConfiguredTimeZone() {
        template.send("whacenter:send", e -> {
            e.getMessage().setBody("Later");
            e.getMessage().setHeader(WhacenterConstants.NUMBER, "6281234567890");
            e.getMessage().setHeader(WhacenterConstants.SCHEDULE, "2099-01-31T09:30:00Z");
        });

        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        SentMessage message = sent.get(sent.size() - 1);
        assertEquals("Later", message.message());
        // 09:30 UTC is 17:30 in Makassar (the default zone, Jakarta, would give 16:30)
        assertEquals("2099-01-31 17:30:00", message.schedule());
    }

    @Test
    void aRefusalIsAResultWhenThrowExceptionOnFailureIsOff() {
        Exchange exchange = template.request("whacenter:send", e -> {
            e.getMessage().setBody("Nobody sends this");
            e.getMessage().setHeader(WhacenterConstants.NUMBER, "6281234567890");
            e.getMessage().setHeader(WhacenterConstants.DEVICE_ID, "unknown-device-31337");
        });

        assertNull(exchange.getException(), "throw-exception-on-failure=false");
        WhacenterResult result = exchange.getMessage().getBody(WhacenterResult.class);
        assertFalse(result.isSuccess());
        assertEquals(Boolean.FALSE, exchange.getMessage().getHeader(WhacenterConstants.SUCCESS));
    }

    @Test
    void theComponentIsTheOneCamelUses() {
        WhacenterComponent component = camelContext.getComponent("whacenter", WhacenterComponent.class);
        assertSame(component, camelContext.getEndpoint("whacenter:send").getComponent());
    }
}
