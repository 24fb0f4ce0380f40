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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.WhacenterCircuitBreaker;
import io.github.camelwhacenter.WhacenterDeviceNotConnectedException;
import io.github.camelwhacenter.WhacenterGatewayException;
import io.github.camelwhacenter.WhacenterNotSentException;
import io.github.camelwhacenter.WhacenterOperation;
import io.github.camelwhacenter.WhacenterSendQueueFullException;
import io.github.camelwhacenter.support.Secrets;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.device.DeviceLayer.ACCEPTED;
import static io.github.camelwhacenter.device.DeviceLayer.DEVICE;
import static io.github.camelwhacenter.device.DeviceLayer.NOT_CONNECTED;
import static io.github.camelwhacenter.device.DeviceLayer.OTHER_DEVICE;
import static io.github.camelwhacenter.device.DeviceLayer.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The circuit breaker's rules (the reference's "Circuit breaker") and an operator's suspend and resume, on a fake
 * clock: when it opens, what sends do while it is open (FAIL_FAST, PAUSE), how it probes the device once per
 * deviceCheckInterval and closes, and that other operations are never held.
 */
class DeviceCircuitBreakerRulesTest {

    private static DeviceLayer withCircuitBreaker(WhacenterCircuitBreaker mode) {
        DeviceLayer.Options options = new DeviceLayer.Options();
        options.circuitBreaker = mode;
        options.circuitBreakerThreshold = 3;
        options.sendQueueCapacity = 3;
        options.deviceCheckIntervalMillis = 30_000;
        DeviceLayer layer = new DeviceLayer(options);
        layer.startEndpoint(DEVICE);
        return layer;
    }

    private static DeviceLayer.Send refusedAsNotConnected(DeviceLayer layer) {
        DeviceLayer.Send send = layer.send(DEVICE);
        layer.answer(send, NOT_CONNECTED);
        assertInstanceOf(WhacenterGatewayException.class, send.failure);
        return send;
    }

    private static boolean open(DeviceLayer layer) {
        return layer.registry.circuitBreaker(DEVICE).isOpen();
    }

    @Test
    void aStatusSayingTheDeviceIsDisconnectedOpensItAndFailFastRefusesSendsSayingWhatToDo() {
        DeviceLayer layer = withCircuitBreaker(WhacenterCircuitBreaker.FAIL_FAST);
        layer.registry.monitorOf(DEVICE).observed(status("DISCONNECTED"));

        DeviceLayer.Send refused = layer.send(DEVICE);
        assertInstanceOf(WhacenterDeviceNotConnectedException.class, refused.failure);
        assertFalse(refused.onWire(), "nothing was sent");
        assertTrue(refused.failure.getMessage().contains("relogDevice"), refused.failure.getMessage());
        assertTrue(layer.call(WhacenterOperation.deviceStatus, DEVICE, Map.of(), 0).onWire(),
                "a status call is how the device gets back: never held");
        assertTrue(layer.call(WhacenterOperation.relogDevice, DEVICE, Map.of(), 0).onWire());
    }

    @Test
    void itOpensAfterThresholdSendsInARowWereRefusedAsNotConnectedAndAnAcceptedSendStartsTheCountAgain() {
        DeviceLayer layer = withCircuitBreaker(WhacenterCircuitBreaker.FAIL_FAST);
        refusedAsNotConnected(layer);
        refusedAsNotConnected(layer);
        DeviceLayer.Send accepted = layer.send(DEVICE);
        layer.answer(accepted, ACCEPTED);
        refusedAsNotConnected(layer);
        refusedAsNotConnected(layer);
        assertFalse(open(layer), "two in a row since the accepted one");

        DeviceLayer.Send another = layer.send(DEVICE);
        layer.answer(another, "{\"status\":false,\"message\":\"number not on WhatsApp\",\"data\":[]}");
        assertFalse(open(layer), "a refusal for another reason counts neither way");
        refusedAsNotConnected(layer);
        assertTrue(open(layer), "the third in a row");
        assertInstanceOf(WhacenterDeviceNotConnectedException.class, layer.send(DEVICE).failure);
    }

    @Test
    void whileOpenItAsksTheGatewayOncePerIntervalAndClosesWhenTheDeviceIsBack() {
        DeviceLayer layer = withCircuitBreaker(WhacenterCircuitBreaker.FAIL_FAST);
        layer.deviceStatus.put(DEVICE, "DISCONNECTED");
        layer.registry.monitorOf(DEVICE).observed(status("DISCONNECTED"));
        assertEquals(0, layer.statusPolls);

        layer.time.advance(30_000 - 1, TimeUnit.MILLISECONDS);
        assertEquals(0, layer.statusPolls, "a millisecond before the interval");
        layer.time.advance(1, TimeUnit.MILLISECONDS);
        assertEquals(1, layer.statusPolls);
        layer.time.advance(60, TimeUnit.SECONDS);
        assertEquals(3, layer.statusPolls, "one per interval");
        assertTrue(open(layer));

        layer.deviceStatus.put(DEVICE, "CONNECTED");
        layer.time.advance(30, TimeUnit.SECONDS);
        assertEquals(4, layer.statusPolls);
        assertFalse(open(layer), "closed by its own probe");
        layer.time.advance(5, TimeUnit.MINUTES);
        assertEquals(4, layer.statusPolls, "no probe while closed");
        assertTrue(layer.send(DEVICE).onWire());
    }

    @Test
    void anAcceptedSendClosesIt() {
        DeviceLayer layer = withCircuitBreaker(WhacenterCircuitBreaker.FAIL_FAST);
        DeviceLayer.Send inFlight = layer.send(DEVICE);
        layer.registry.monitorOf(DEVICE).observed(status("QR_WAITING"));
        assertTrue(open(layer));

        layer.answer(inFlight, ACCEPTED);
        assertFalse(open(layer));
    }

    @Test
    void pauseHoldsSendsWithinTheCapacityAndSendsThemInTheirOrderOnceTheDeviceIsSeenConnected() {
        DeviceLayer layer = withCircuitBreaker(WhacenterCircuitBreaker.PAUSE);
        layer.registry.monitorOf(DEVICE).observed(status("DISCONNECTED"));
        List<DeviceLayer.Send> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            held.add(layer.send(DEVICE));
        }
        DeviceLayer.Send beyond = layer.send(DEVICE);
        assertInstanceOf(WhacenterSendQueueFullException.class, beyond.failure, "beyond sendQueueCapacity");
        held.forEach(send -> assertFalse(send.onWire() || send.completed, send::toString));
        assertEquals(3, layer.registry.circuitBreaker(DEVICE).heldSends());

        layer.registry.monitorOf(DEVICE).observed(status("CONNECTED"));
        assertEquals(held, layer.sends.stream().filter(DeviceLayer.Send::onWire).toList(), "in the order they came");
        layer.acceptAll();
        held.forEach(send -> assertNull(send.failure, send::toString));
    }

    @Test
    void theRegistrysStopFailsTheHeldSendsAsNotSent() throws Exception {
        DeviceLayer layer = withCircuitBreaker(WhacenterCircuitBreaker.PAUSE);
        layer.registry.monitorOf(DEVICE).observed(status("DISCONNECTED"));
        DeviceLayer.Send held = layer.send(DEVICE);
        layer.registry.stop();
        assertInstanceOf(WhacenterNotSentException.class, held.failure);
        assertEquals(0, layer.time.scheduled(), "no probe left");
    }

    @Test
    void anOperatorsSuspendHoldsSendsWhateverTheModeAndResumeSendsThemUnlessTheCircuitBreakerIsOpen() {
        DeviceLayer layer = withCircuitBreaker(WhacenterCircuitBreaker.OFF);
        String fingerprint = Secrets.fingerprint(DEVICE);
        assertFalse(layer.registry.suspend("00000000"), "no such device");
        assertTrue(layer.registry.suspend(fingerprint));
        DeviceLayer.Send held = layer.send(DEVICE);
        assertFalse(held.onWire());
        assertTrue(layer.call(WhacenterOperation.deviceStatus, DEVICE, Map.of(), 0).onWire(), "other operations go on");

        assertTrue(layer.registry.resume(fingerprint));
        assertTrue(held.onWire());

        DeviceLayer paused = withCircuitBreaker(WhacenterCircuitBreaker.PAUSE);
        paused.registry.suspend(fingerprint);
        DeviceLayer.Send waiting = paused.send(DEVICE);
        paused.registry.monitorOf(DEVICE).observed(status("DISCONNECTED"));
        paused.registry.resume(fingerprint);
        assertFalse(waiting.onWire(), "resumed, but the circuit breaker is open");
        paused.registry.monitorOf(DEVICE).observed(status("CONNECTED"));
        assertTrue(waiting.onWire());
    }

    @Test
    void theReportShowsTheCircuitBreakerAndTheHeldSendsByFingerprint() {
        DeviceLayer layer = withCircuitBreaker(WhacenterCircuitBreaker.PAUSE);
        layer.registry.monitorOf(DEVICE).observed(status("DISCONNECTED"));
        layer.send(DEVICE);
        Map<String, Object> device = layer.registry.report().get(0);
        assertEquals(Secrets.fingerprint(DEVICE), device.get("device"));
        assertEquals("DISCONNECTED", device.get("state"));
        assertEquals("open", device.get("circuitBreaker"));
        assertEquals(1, device.get("heldSends"));
        assertFalse(device.toString().contains(DEVICE), "never the device id");
        layer.advanceAccepting(Duration.ZERO);
    }

    @Test
    void aDeviceNamedOnlyInAHeaderHasNoCircuitBreaker() {
        DeviceLayer layer = withCircuitBreaker(WhacenterCircuitBreaker.FAIL_FAST);
        for (int i = 0; i < 5; i++) {
            DeviceLayer.Send send = layer.send(OTHER_DEVICE);
            assertTrue(send.onWire(), "offered to the gateway however often it was refused: " + send);
            layer.answer(send, NOT_CONNECTED);
            assertInstanceOf(WhacenterGatewayException.class, send.failure);
        }
        assertNull(layer.registry.circuitBreaker(OTHER_DEVICE));
    }
}
