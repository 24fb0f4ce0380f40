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

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import io.github.camelwhacenter.simulator.SimulatedDevice;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_IDS;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_NUMBER;
import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DISCONNECTED_DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The extension, on test classes of its own run by a launcher of this test's: when each simulator runs, which tests
 * and lifecycle methods share it, its devices, and that it is closed after the class or the test.
 */
class WhacenterSimulatorExtensionTest {

    /** Set while this test runs the fixtures below, which do nothing elsewhere (an IDE running the whole package). */
    private static final String FIXTURES = "whacenter.simulatorExtension.fixtures";

    /** What a fixture saw: the port of the simulator running at a point of its lifecycle. */
    private record Seen(String where, int port) {
    }

    private static final List<Seen> SEEN = new CopyOnWriteArrayList<>();

    @Test
    void perTestStartsAFreshSimulatorForEachTestAndClosesItAfterIt() {
        TestExecutionSummary summary = run(PerTest.class);

        assertEquals(2, summary.getTestsSucceededCount(), failures(summary));
        List<Integer> ports = ports("test");
        assertEquals(2, ports.size(), SEEN::toString);
        assertNotEquals(ports.get(0), ports.get(1), "a simulator of its own for each test");
        assertEquals(List.of("beforeEach", "test", "afterEach", "beforeEach", "test", "afterEach"),
                SEEN.stream().map(Seen::where).toList());
        for (int test = 0; test < 2; test++) {
            List<Seen> lifecycle = SEEN.subList(3 * test, 3 * test + 3);
            assertEquals(1, lifecycle.stream().map(Seen::port).distinct().count(),
                    "@BeforeEach and @AfterEach see the test's simulator: " + SEEN);
        }
        ports.forEach(port -> assertFalse(listening(port), "closed after its test: " + port));
    }

    @Test
    void perClassStartsOneSimulatorForTheClassAndItsNestedClassesAndClosesItAfterThem() {
        TestExecutionSummary summary = run(PerClass.class);

        assertEquals(3, summary.getTestsSucceededCount(), failures(summary));
        Set<Integer> ports = SEEN.stream().map(Seen::port).collect(Collectors.toSet());
        assertEquals(1, ports.size(), "@BeforeAll, every test, the nested class's and @AfterAll share one: " + SEEN);
        assertEquals(List.of("beforeAll", "test", "test", "nested", "afterAll"), SEEN.stream().map(Seen::where).toList());
        assertFalse(listening(ports.iterator().next()), "closed after the class");
    }

    @Test
    void extendWithRunsPerClassAndPassesTheSimulatorAsAParameter() {
        TestExecutionSummary summary = run(ExtendedWith.class);

        assertEquals(2, summary.getTestsSucceededCount(), failures(summary));
        assertEquals(1, SEEN.stream().map(Seen::port).distinct().count(), SEEN::toString);
        assertFalse(listening(SEEN.get(0).port()));
    }

    @Test
    void aPerTestSimulatorIsNotRunningYetWhenTheTestInstanceIsMade() {
        TestExecutionSummary summary = run(PerTestInConstructor.class);

        assertEquals(1, summary.getTotalFailureCount(), "the test fails: its instance cannot be made");
        Throwable failure = summary.getFailures().get(0).getException();
        assertInstanceOf(ParameterResolutionException.class, failure);
        assertTrue(failure.getMessage().contains("before each test"), failure.getMessage());
    }

    @Test
    void withoutDevicesTheSimulatorHasNone() {
        TestExecutionSummary summary = run(WithoutDevices.class);

        assertEquals(1, summary.getTestsSucceededCount(), failures(summary));
    }

    @Test
    void startSimulatorStartsTheSameDevicesOutsideOfJUnit() {
        try (WhacenterSimulator simulator = WhacenterSimulatorExtension.startSimulator()) {
            assertStandardDevices(simulator);
        }
    }

    @Test
    void nothingRunsBeforeTheExtensionStartsIt() {
        WhacenterSimulatorExtension extension = WhacenterSimulatorExtension.perTest();

        IllegalStateException e = assertThrows(IllegalStateException.class, extension::baseUrl);
        assertTrue(e.getMessage().contains("before each test"), e.getMessage());
        assertEquals(DEVICE_ID, extension.deviceId());
    }

    static void assertStandardDevices(WhacenterSimulator simulator) {
        assertEquals(Set.copyOf(DEVICE_IDS), simulator.devices().stream().map(SimulatedDevice::deviceId)
                .collect(Collectors.toSet()));
        assertEquals(DEVICE_NUMBER, simulator.device(DEVICE_ID).number());
        for (String id : DEVICE_IDS) {
            assertEquals(!id.equals(DISCONNECTED_DEVICE_ID), simulator.device(id).isConnected(), id);
        }
        assertTrue(simulator.baseUrl().startsWith("http://127.0.0.1:"), simulator.baseUrl());
    }

    @EnabledIfSystemProperty(named = FIXTURES, matches = "true")
    static class PerTest {

        @RegisterExtension
        static WhacenterSimulatorExtension gateway = WhacenterSimulatorExtension.perTest();

        @BeforeEach
        void before() {
            SEEN.add(new Seen("beforeEach", gateway.simulator().port()));
        }

        @Test
        void one(WhacenterSimulator simulator) {
            assertSame(gateway.simulator(), simulator);
            assertStandardDevices(simulator);
            SEEN.add(new Seen("test", simulator.port()));
        }

        @Test
        void two() {
            assertTrue(listening(gateway.simulator().port()));
            assertEquals(gateway.simulator().device(DEVICE_ID), gateway.device());
            SEEN.add(new Seen("test", gateway.simulator().port()));
        }

        @AfterEach
        void after() {
            SEEN.add(new Seen("afterEach", gateway.simulator().port()));
        }
    }

    @EnabledIfSystemProperty(named = FIXTURES, matches = "true")
    static class PerClass {

        @RegisterExtension
        static WhacenterSimulatorExtension gateway = WhacenterSimulatorExtension.perClass();

        @BeforeAll
        static void beforeAll(WhacenterSimulator simulator) {
            assertStandardDevices(simulator);
            SEEN.add(new Seen("beforeAll", simulator.port()));
        }

        @Test
        void one() {
            SEEN.add(new Seen("test", gateway.simulator().port()));
        }

        @Test
        void two() {
            SEEN.add(new Seen("test", gateway.simulator().port()));
        }

        @Nested
        class Inner {
            @Test
            void nested(WhacenterSimulator simulator) {
                SEEN.add(new Seen("nested", simulator.port()));
            }
        }

        @AfterAll
        static void afterAll() {
            assertTrue(listening(gateway.simulator().port()));
            SEEN.add(new Seen("afterAll", gateway.simulator().port()));
        }
    }

    @EnabledIfSystemProperty(named = FIXTURES, matches = "true")
    @ExtendWith(WhacenterSimulatorExtension.class)
    static class ExtendedWith {

        @Test
        void one(WhacenterSimulator simulator) {
            assertStandardDevices(simulator);
            SEEN.add(new Seen("test", simulator.port()));
        }

        @Test
        void two(WhacenterSimulator simulator) {
            SEEN.add(new Seen("test", simulator.port()));
        }
    }

    @EnabledIfSystemProperty(named = FIXTURES, matches = "true")
    static class PerTestInConstructor {

        @RegisterExtension
        static WhacenterSimulatorExtension gateway = WhacenterSimulatorExtension.perTest();

        private final WhacenterSimulator simulator;

        PerTestInConstructor(WhacenterSimulator simulator) {
            this.simulator = simulator;
        }

        @Test
        void never() {
            SEEN.add(new Seen("test", simulator.port()));
        }
    }

    @EnabledIfSystemProperty(named = FIXTURES, matches = "true")
    static class WithoutDevices {

        @RegisterExtension
        static WhacenterSimulatorExtension gateway = WhacenterSimulatorExtension.perTest().withoutDevices();

        @Test
        void none() {
            assertEquals(List.of(), gateway.simulator().devices());
        }
    }

    private static TestExecutionSummary run(Class<?> fixture) {
        SEEN.clear();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        System.setProperty(FIXTURES, "true");
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture))
                    .build(), listener);
        } finally {
            System.clearProperty(FIXTURES);
        }
        return listener.getSummary();
    }

    private static List<Integer> ports(String where) {
        return SEEN.stream().filter(s -> s.where().equals(where)).map(Seen::port).toList();
    }

    private static String failures(TestExecutionSummary summary) {
        List<String> failures = new ArrayList<>();
        summary.getFailures().forEach(f -> failures.add(f.getTestIdentifier().getDisplayName() + ": " + f.getException()));
        return failures.toString();
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
