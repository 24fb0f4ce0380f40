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
package io.github.camelwhacenter;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.github.camelwhacenter.simulator.IncomingMessage;
import io.github.camelwhacenter.support.Secrets;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whacenter dev console (resolved as Camel resolves it, from the generated service file) and the JMX MBean show
 * the documented fields and no secret; JMX pauses and resumes a device's sends.
 */
class WhacenterConsoleAndJmxTest extends WebhookTestSupport {

    private static final String TOKEN = "hook-c0ns0le-7a";

    @Override
    protected boolean useJmx() {
        return true;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("whacenter", WhacenterComponent.class).setHourlyQuota(100);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("whacenter:send");
                from("whacenter:webhook?webhookToken=" + TOKEN + "&webhookExternalUrl=" + url("/whacenter/webhook"))
                        .routeId("webhook").to("mock:incoming");
            }
        };
    }

    private Exchange send(String text) throws Exception {
        return sendText("6281234567890", text).get(10, TimeUnit.SECONDS);
    }

    private void assertNoSecret(String text) {
        for (String secret : SECRETS) {
            assertFalse(text.contains(secret), () -> "a device id in " + text);
        }
        assertFalse(text.contains(TOKEN), () -> "the token in " + text);
    }

    @Test
    void theConsoleShowsDevicesAndWebhooksWithoutSecrets() throws Exception {
        assertNull(send("hello").getException());
        simulator.deliverIncoming(DEVICE_ID, IncomingMessage.text("081234567890", "hi"));
        getMockEndpoint("mock:incoming").expectedMessageCount(1);
        getMockEndpoint("mock:incoming").assertIsSatisfied();

        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("whacenter");
        assertNotNull(console, "found through META-INF/services/org/apache/camel/dev-console/whacenter");
        Map<?, ?> json = (Map<?, ?>) console.call(DevConsole.MediaType.JSON);
        List<?> devices = (List<?>) json.get("devices");
        Map<?, ?> device = (Map<?, ?>) devices.get(0);
        assertEquals(Secrets.fingerprint(DEVICE_ID), device.get("device"));
        assertEquals(1L, device.get("sends"));
        assertEquals(0L, device.get("failedSends"));
        assertEquals(0, device.get("queuedSends"));
        assertEquals(1, device.get("hourlyQuotaUsed"));
        assertEquals("off", device.get("circuitBreaker"));
        Map<?, ?> webhook = (Map<?, ?>) ((List<?>) json.get("webhooks")).get(0);
        assertEquals(1L, webhook.get("deliveries"));
        assertTrue(String.valueOf(webhook.get("registeredUrl")).contains("token=xxxxxx"), webhook::toString);
        assertNotNull(webhook.get("lastDelivery"));
        assertNoSecret(json.toString());

        String text = (String) console.call(DevConsole.MediaType.TEXT);
        assertTrue(text.contains("Device device=" + Secrets.fingerprint(DEVICE_ID)), text);
        assertTrue(text.contains("Webhook route=webhook"), text);
        assertNoSecret(text);
    }

    @Test
    void jmxShowsTheDevicesAndSuspendsAndResumesTheirSends() throws Exception {
        assertNull(send("before").getException());
        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        // one per component: Camel names a service by its class and identity, ManagedWhacenterDevices(0x...)
        List<ObjectName> names = jmx.queryNames(new ObjectName("org.apache.camel:context=" + context.getManagementName()
                                                               + ",type=services,*"), null).stream()
                .filter(name -> name.getKeyProperty("name").startsWith("ManagedWhacenterDevices(")).toList();
        assertEquals(1, names.size(), () -> String.valueOf(jmx.queryNames(null, null)));
        ObjectName devices = names.get(0);
        assertEquals(1, jmx.getAttribute(devices, "DeviceCount"));
        String[] lines = (String[]) jmx.getAttribute(devices, "Devices");
        assertTrue(lines[0].contains("device=" + Secrets.fingerprint(DEVICE_ID)) && lines[0].contains("sends=1"),
                lines[0]);
        assertNoSecret(String.join("\n", lines));
        String[] webhooks = (String[]) jmx.getAttribute(devices, "Webhooks");
        assertTrue(webhooks[0].startsWith("route=webhook path=/whacenter/webhook registeredUrl="), webhooks[0]);
        assertTrue(webhooks[0].contains("token=xxxxxx"), webhooks[0]);
        assertNoSecret(String.join("\n", webhooks));

        String fingerprint = Secrets.fingerprint(DEVICE_ID);
        assertEquals(true, jmx.invoke(devices, "suspendDevice", new Object[] { fingerprint }, new String[] { "java.lang.String" }));
        var held = sendText("6281234567890", "held");
        assertFalse(held.isDone());
        assertEquals(1, simulator.requests("send").size(), "suspended: nothing more reached the gateway");
        assertTrue(((String[]) jmx.getAttribute(devices, "Devices"))[0].contains("heldSends=1"));

        assertEquals(true, jmx.invoke(devices, "resumeDevice", new Object[] { fingerprint }, new String[] { "java.lang.String" }));
        assertNull(held.get(10, TimeUnit.SECONDS).getException());
        assertEquals(2, simulator.requests("send").size());
        assertEquals(false, jmx.invoke(devices, "suspendDevice", new Object[] { "00000000" }, new String[] { "java.lang.String" }));
        // the former name of the operation still works, for a script written against it
        assertEquals(true, jmx.invoke(devices, "pauseDevice", new Object[] { fingerprint }, new String[] { "java.lang.String" }));
        assertEquals(true, jmx.invoke(devices, "resumeDevice", new Object[] { fingerprint }, new String[] { "java.lang.String" }));
    }
}
