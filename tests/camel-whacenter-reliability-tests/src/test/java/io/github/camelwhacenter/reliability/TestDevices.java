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
package io.github.camelwhacenter.reliability;

import java.util.List;

/**
 * The devices of the suite. Their ids are credentials as far as the component knows: SecretsScanTest fails when any
 * of them shows up in a log line or an exception text of the suite.
 */
final class TestDevices {

    static final String DEVICE_ID = "rel-4c1d8e0b7a2f93d6";
    static final String DEVICE_NUMBER = "6281311110001";
    static final String SECOND_DEVICE_ID = "rel-9e5a0c3b6d1f7a28";
    static final String SECOND_DEVICE_NUMBER = "6281311110002";

    static final List<String> ALL_IDS = List.of(DEVICE_ID, SECOND_DEVICE_ID);

    private TestDevices() {
    }
}
