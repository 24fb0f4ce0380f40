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

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.camelwhacenter.device.DeviceRegistry;
import io.github.camelwhacenter.device.OptOuts;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The devices of one whacenter component in JMX (with camel-management): what the dev console shows, and an
 * operator's suspend and resume of a device's sends. Devices are named by the fingerprint of their id, never the id.
 */
@ManagedResource(description = "Whacenter devices (state, circuit breaker, queue, sends, quotas) and webhooks; suspend and resume sending")
public class ManagedWhacenterDevices extends ServiceSupport implements CamelContextAware {

    private final DeviceRegistry devices;
    private final Supplier<OptOuts> optOuts;
    private final Supplier<Map<String, Object>> conversations;
    private CamelContext camelContext;

    ManagedWhacenterDevices(DeviceRegistry devices, Supplier<OptOuts> optOuts,
                            Supplier<Map<String, Object>> conversations) {
        this.devices = devices;
        this.optOuts = optOuts;
        this.conversations = conversations;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @ManagedAttribute(description = "The number of devices in use")
    public int getDeviceCount() {
        return devices.report().size();
    }

    @ManagedAttribute(description = "One line per device: fingerprint, state, last checked, circuit breaker, queued and "
                                    + "held sends, sends, failed sends, quota used")
    public String[] getDevices() {
        List<Map<String, Object>> report = devices.report();
        return report.stream().map(WhacenterReports::line).toArray(String[]::new);
    }

    @ManagedAttribute(description = "One line per whacenter:webhook route of the context: route, path, registered URL "
                                    + "(token masked), deliveries, duplicates, failures, refused posts, last delivery")
    public String[] getWebhooks() {
        CamelContext context = getCamelContext();
        if (context == null) {
            return new String[0];
        }
        return WhacenterReports.webhooks(context).stream().map(WhacenterReports::line)
                .toArray(String[]::new);
    }

    @ManagedAttribute(description = "One line per device that received an opt-out or opt-in keyword: fingerprint, "
                                    + "opt-outs, opt-ins, sends refused; never a number")
    public String[] getOptOuts() {
        OptOuts current = optOuts.get();
        return current == null ? new String[0] : current.report().stream().map(WhacenterReports::line).toArray(String[]::new);
    }

    @ManagedAttribute(description = "This node's conversations: recorded, replies claimed, repeated deliveries, claims "
                                    + "given back, ended ones emitted, sends and asks waiting now; never a number or a name")
    public String getConversations() {
        Map<String, Object> report = conversations.get();
        return report == null ? "" : WhacenterReports.line(report);
    }

    @ManagedOperation(description = "Suspends the message sends of the device with this fingerprint until resumed; "
                                    + "they are held, within sendQueueCapacity. Returns false for no such device")
    public boolean suspendDevice(String device) {
        return devices.suspend(device);
    }

    @ManagedOperation(description = "Resumes the message sends of the device with this fingerprint, held ones first. "
                                    + "Returns false for no such device")
    public boolean resumeDevice(String device) {
        return devices.resume(device);
    }

    /** @deprecated the former name of {@link #suspendDevice(String)} */
    @Deprecated
    @ManagedOperation(description = "Deprecated: use suspendDevice")
    public boolean pauseDevice(String device) {
        return suspendDevice(device);
    }
}
