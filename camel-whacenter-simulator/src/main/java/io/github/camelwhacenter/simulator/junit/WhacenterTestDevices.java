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

import java.util.List;

/**
 * The devices of every simulator {@link WhacenterSimulatorExtension} starts: the one place the project's tests take
 * device ids and numbers from. Tests name them through the extension ({@code WhacenterSimulatorExtension.DEVICE_ID});
 * they stand in an interface of constants of their own so that a test without JUnit Jupiter on its class path (the
 * Apache Karaf test, under JUnit 4 in the container) can name them too: the compiler reads the extension's JUnit
 * supertypes to find a constant there, not here.
 */
public interface WhacenterTestDevices {

    /** The device the tests send as: paired and connected. */
    String DEVICE_ID = "dev-7f3a9c2e51b04d8e";
    /** The own number of {@link #DEVICE_ID}. */
    String DEVICE_NUMBER = "6281200000001";
    /** The display name of {@link #DEVICE_ID}. */
    String DEVICE_NAME = "demo";

    /** A second device, paired and connected, for tests of several devices. */
    String SECOND_DEVICE_ID = "dev-2b1c0d9e8f7a6b5c";
    /** The own number of {@link #SECOND_DEVICE_ID}. */
    String SECOND_DEVICE_NUMBER = "6281200000002";

    /** A third device, paired and connected, for tests that spread sends over three devices. */
    String THIRD_DEVICE_ID = "dev-4e6a8c0b2d9f1e37";
    /** The own number of {@link #THIRD_DEVICE_ID}. */
    String THIRD_DEVICE_NUMBER = "6281200000004";

    /** A device that is paired but not connected: the gateway refuses its sends. */
    String DISCONNECTED_DEVICE_ID = "dev-0a0b0c0d0e0f0a0b";
    /** The own number of {@link #DISCONNECTED_DEVICE_ID}. */
    String DISCONNECTED_DEVICE_NUMBER = "6281200000003";

    /** Every device id a simulator of the extension has. */
    List<String> DEVICE_IDS = List.of(DEVICE_ID, SECOND_DEVICE_ID, THIRD_DEVICE_ID, DISCONNECTED_DEVICE_ID);
}
