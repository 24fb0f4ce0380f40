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
