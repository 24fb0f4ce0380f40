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
package io.github.camelwhacenter.device;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.WhacenterNotSentException;
import io.github.camelwhacenter.WhacenterOperation;
import io.github.camelwhacenter.WhacenterSendQueueFullException;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.device.DeviceLayer.DEVICE;
import static io.github.camelwhacenter.device.DeviceLayer.OTHER_DEVICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pace of a device's message sends (the reference's "Send rate limit"), on a fake clock: one policy per device,
 * an endpoint only tightens it, one send at a time in order a full interval apart from the wire, other operations and
 * devices never held, a bounded queue.
 */
class SendAdmissionPaceTest {

    private static final long INTERVAL = TimeUnit.MILLISECONDS.toNanos(100);

    private static DeviceLayer paced(long intervalMillis) {
        DeviceLayer.Options options = new DeviceLayer.Options();
        options.sendIntervalMillis = intervalMillis;
        options.sendQueueCapacity = 3;
        return new DeviceLayer(options);
    }

    @Test
    void theSendsOfADeviceGoOnTheWireOneIntervalApartInTheirOrder() {
        DeviceLayer layer = paced(100);
        long start = layer.now();
        List<DeviceLayer.Send> sends = List.of(layer.send(DEVICE), layer.send(DEVICE), layer.send(DEVICE));
        layer.advanceAccepting(Duration.ofSeconds(1));

        for (int i = 0; i < sends.size(); i++) {
            assertEquals(start + i * INTERVAL, sends.get(i).wireNanos, "send " + i);
            assertTrue(sends.get(i).completed && sends.get(i).failure == null, sends.get(i)::toString);
        }
    }

    @Test
    void theNextSendWaitsUntilThePreviousWasAnsweredWhenThatTakesLongerThanTheInterval() {
        DeviceLayer layer = paced(100);
        long start = layer.now();
        DeviceLayer.Send first = layer.send(DEVICE);
        DeviceLayer.Send second = layer.send(DEVICE);
        layer.time.advance(250, TimeUnit.MILLISECONDS);
        assertFalse(second.onWire(), "the first is not answered yet");

        layer.answer(first, DeviceLayer.ACCEPTED);
        layer.time.runDue();
        // a full interval after the first went on the wire has passed: the second goes as soon as the first is answered
        assertEquals(start + TimeUnit.MILLISECONDS.toNanos(250), second.wireNanos);
    }

    @Test
    void theFirstSendGoesAtOnceAndWithPaceFirstSendAfterAFullInterval() {
        DeviceLayer layer = paced(100);
        long start = layer.now();
        assertEquals(start, layer.send(DEVICE).wireNanos);

        DeviceLayer.Options options = new DeviceLayer.Options();
        options.sendIntervalMillis = 100;
        options.paceFirstSend = true;
        DeviceLayer pacedFirst = new DeviceLayer(options);
        long begin = pacedFirst.now();
        DeviceLayer.Send first = pacedFirst.send(DEVICE);
        pacedFirst.advanceAccepting(Duration.ofMillis(200));
        assertEquals(begin + INTERVAL, first.wireNanos);
    }

    @Test
    void anEndpointMayTightenTheDevicesPaceButNotLoosenIt() {
        DeviceLayer layer = paced(100);
        long start = layer.now();
        DeviceLayer.Send first = layer.call(WhacenterOperation.send, DEVICE, Map.of(), 250);
        DeviceLayer.Send slower = layer.call(WhacenterOperation.send, DEVICE, Map.of(), 250);
        DeviceLayer.Send looser = layer.call(WhacenterOperation.send, DEVICE, Map.of(), 10);
        layer.advanceAccepting(Duration.ofSeconds(1));

        assertEquals(start, first.wireNanos);
        assertEquals(start + TimeUnit.MILLISECONDS.toNanos(250), slower.wireNanos, "the endpoint's longer interval");
        assertEquals(slower.wireNanos + INTERVAL, looser.wireNanos, "the component's interval, not the endpoint's 10 ms");
    }

    @Test
    void otherOperationsAndOtherDevicesAreNotHeldBack() {
        DeviceLayer layer = paced(100);
        long start = layer.now();
        layer.send(DEVICE);
        DeviceLayer.Send waiting = layer.send(DEVICE);
        DeviceLayer.Send status = layer.call(WhacenterOperation.deviceStatus, DEVICE, Map.of(), 0);
        DeviceLayer.Send other = layer.send(OTHER_DEVICE);

        assertFalse(waiting.onWire());
        assertEquals(start, status.wireNanos, "a status call of the device goes at once");
        assertEquals(start, other.wireNanos, "another device's send goes at once");
    }

    @Test
    void aSendBeyondTheQueueCapacityFailsAtOnceAndTheOthersGoOn() {
        DeviceLayer layer = paced(100);
        layer.send(DEVICE);
        List<DeviceLayer.Send> queued = List.of(layer.send(DEVICE), layer.send(DEVICE), layer.send(DEVICE));
        DeviceLayer.Send beyond = layer.send(DEVICE);

        assertTrue(beyond.completed, "failed at once");
        assertInstanceOf(WhacenterSendQueueFullException.class, beyond.failure);
        assertFalse(beyond.onWire());
        layer.advanceAccepting(Duration.ofSeconds(1));
        queued.forEach(send -> assertTrue(send.completed && send.failure == null, send::toString));
    }

    @Test
    void theRegistrysStopFailsTheQueuedSendsAsNotSent() throws Exception {
        DeviceLayer layer = paced(100);
        DeviceLayer.Send first = layer.send(DEVICE);
        DeviceLayer.Send queued = layer.send(DEVICE);
        layer.registry.stop();

        assertTrue(queued.completed);
        assertInstanceOf(WhacenterNotSentException.class, queued.failure);
        assertFalse(queued.onWire());
        assertTrue(first.onWire() && !first.completed, "a send on the wire keeps its own outcome");
    }
}
