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
package io.github.camelwhacenter.simulator.junit;

import io.github.camelwhacenter.simulator.SimulatedDevice;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A {@link WhacenterSimulator} for JUnit Jupiter tests: started on a free port of loopback with the test devices of
 * {@link WhacenterTestDevices}, before all tests of a class ({@link #perClass()}) or before each test
 * ({@link #perTest()}), and closed after them.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();
 *
 * @Test
 * void sends() {
 *     component.getConfiguration().setBaseUrl(GATEWAY.baseUrl());
 *     component.getConfiguration().setDeviceId(GATEWAY.deviceId());
 *     ...
 *     assertEquals(1, GATEWAY.simulator().sentMessages(WhacenterSimulatorExtension.DEVICE_ID).size());
 * }
 * }</pre>
 *
 * <p>Register it on a static field: its simulator is then running before any {@code @BeforeAll} (per class) or
 * {@code @BeforeEach} method (per test) of the class and its subclasses, and is closed after their {@code @AfterAll}
 * or {@code @AfterEach} methods, so that what a test set up against it is stopped first. It also resolves parameters
 * of type {@link WhacenterSimulator} of the test, lifecycle and (per class) constructor methods. With
 * {@code @ExtendWith(WhacenterSimulatorExtension.class)} it runs per class, and tests reach it by such parameters.
 *
 * <p>Every simulator it starts has the same devices (none after {@link #withoutDevices()}): {@link #DEVICE_ID},
 * {@link #SECOND_DEVICE_ID} and {@link #THIRD_DEVICE_ID} paired and connected, {@link #DISCONNECTED_DEVICE_ID} paired
 * but not connected. Their ids
 * are credentials as far as the component knows: a test may check that none of {@link #DEVICE_IDS} shows up where a
 * secret must not. They are defined once, in {@link WhacenterTestDevices}. {@link #startSimulator()} starts the same
 * simulator for code that JUnit Jupiter does not run.
 *
 * <p>This class needs {@code junit-jupiter-api}, which the simulator's jar does not bring (it runs on the JDK alone):
 * the tests that use it have it already.
 */
public final class WhacenterSimulatorExtension implements WhacenterTestDevices, BeforeAllCallback, AfterAllCallback,
        BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private enum Lifetime {
        CLASS, TEST
    }

    private final Lifetime lifetime;
    private final boolean withDevices;
    private volatile WhacenterSimulator simulator;
    /** The unique id of the extension context that started the running simulator, which alone closes it. */
    private volatile String startedBy;

    /** For {@code @ExtendWith(WhacenterSimulatorExtension.class)}: the same as {@link #perClass()}. */
    public WhacenterSimulatorExtension() {
        this(Lifetime.CLASS, true);
    }

    private WhacenterSimulatorExtension(Lifetime lifetime, boolean withDevices) {
        this.lifetime = lifetime;
        this.withDevices = withDevices;
    }

    /**
     * @return an extension that starts one simulator before all tests of the class it is registered in (nested classes
     *         included) and closes it after them: what a test leaves in it (sent messages, recorded requests, faults,
     *         device state) the next one finds, unless it calls {@link WhacenterSimulator#reset()}
     */
    public static WhacenterSimulatorExtension perClass() {
        return new WhacenterSimulatorExtension(Lifetime.CLASS, true);
    }

    /** @return an extension that starts a fresh simulator before each test and closes it after that test */
    public static WhacenterSimulatorExtension perTest() {
        return new WhacenterSimulatorExtension(Lifetime.TEST, true);
    }

    /**
     * @return an extension with the same lifetime whose simulators have no device at all: for tests of the simulator
     *         itself, whose devices are part of what they check
     */
    public WhacenterSimulatorExtension withoutDevices() {
        return new WhacenterSimulatorExtension(lifetime, false);
    }

    /**
     * Starts a simulator as the extension does, for code that JUnit Jupiter does not run: a bean of a Spring test
     * application, whose context outlives a test class, or a jqwik container.
     *
     * @return the running simulator, on a free port of loopback, with the devices of this class; close it when done
     */
    public static WhacenterSimulator startSimulator() {
        WhacenterSimulator started = WhacenterSimulator.start();
        try {
            started.addDevice(DEVICE_ID, DEVICE_NUMBER, DEVICE_NAME);
            started.addDevice(SECOND_DEVICE_ID, SECOND_DEVICE_NUMBER, "second");
            started.addDevice(THIRD_DEVICE_ID, THIRD_DEVICE_NUMBER, "third");
            started.addDevice(DISCONNECTED_DEVICE_ID, DISCONNECTED_DEVICE_NUMBER, "offline").setConnected(false);
            return started;
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    /**
     * @return the running simulator
     * @throws IllegalStateException when none is running: before the extension started it (a per-test simulator
     *                               before {@code @BeforeEach}) or after it closed it
     */
    public WhacenterSimulator simulator() {
        WhacenterSimulator running = simulator;
        if (running == null) {
            throw new IllegalStateException("no Whacenter simulator is running: " + this + " starts one "
                    + (lifetime == Lifetime.CLASS ? "before all tests of its class" : "before each test")
                    + ", when registered on a static field of the test class");
        }
        return running;
    }

    /** @return the running simulator's gateway base URL, e.g. {@code http://127.0.0.1:41234/api} */
    public String baseUrl() {
        return simulator().baseUrl();
    }

    /** @return {@link #DEVICE_ID}, the device the tests send as */
    public String deviceId() {
        return DEVICE_ID;
    }

    /** @return {@link #DEVICE_ID}'s device on the running simulator, to change its state */
    public SimulatedDevice device() {
        return simulator().device(DEVICE_ID);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (lifetime == Lifetime.CLASS && simulator == null) {
            start(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // per class but registered too late for beforeAll (an instance field): this test's alone
        if (simulator == null) {
            start(context);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        closeIfStartedBy(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        closeIfStartedBy(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == WhacenterSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        try {
            return simulator();
        } catch (IllegalStateException e) {
            throw new ParameterResolutionException(e.getMessage() + "; it cannot be passed to "
                    + parameterContext.getDeclaringExecutable(), e);
        }
    }

    private void start(ExtensionContext context) {
        simulator = withDevices ? startSimulator() : WhacenterSimulator.start();
        startedBy = context.getUniqueId();
    }

    private void closeIfStartedBy(ExtensionContext context) {
        WhacenterSimulator running = simulator;
        if (running != null && context.getUniqueId().equals(startedBy)) {
            simulator = null;
            startedBy = null;
            running.close();
        }
    }

    @Override
    public String toString() {
        WhacenterSimulator running = simulator;
        return "WhacenterSimulatorExtension[" + (lifetime == Lifetime.CLASS ? "per class" : "per test")
               + (withDevices ? "" : ", without devices")
               + (running == null ? ", not running" : ", " + running.baseUrl()) + "]";
    }
}
