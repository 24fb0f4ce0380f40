package io.github.camelwhacenter;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The devices of one whacenter component in JMX (with camel-management): what the dev console shows, and an
 * operator's pause and resume of a device's sends. Devices are named by the fingerprint of their id, never the id.
 */
@ManagedResource(description = "Whacenter devices: state, guard, queue, sends, quotas; pause and resume sending")
public class ManagedWhacenterDevices extends ServiceSupport {

    private final WhacenterGatewayService gateway;

    ManagedWhacenterDevices(WhacenterGatewayService gateway) {
        this.gateway = gateway;
    }

    @ManagedAttribute(description = "The number of devices in use")
    public int getDeviceCount() {
        return gateway.deviceReport().size();
    }

    @ManagedAttribute(description = "One line per device: fingerprint, state, last checked, guard, queued and paused "
                                    + "sends, sends, failed sends, quota used")
    public String[] getDevices() {
        List<Map<String, Object>> report = gateway.deviceReport();
        return report.stream()
                .map(device -> device.entrySet().stream().filter(e -> e.getValue() != null)
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")))
                .toArray(String[]::new);
    }

    @ManagedOperation(description = "Pauses the message sends of the device with this fingerprint until resumed; "
                                    + "they wait, within sendQueueCapacity. Returns false for no such device")
    public boolean pauseDevice(String device) {
        return gateway.pauseDevice(device);
    }

    @ManagedOperation(description = "Resumes the message sends of the device with this fingerprint, paused ones first. "
                                    + "Returns false for no such device")
    public boolean resumeDevice(String device) {
        return gateway.resumeDevice(device);
    }
}
