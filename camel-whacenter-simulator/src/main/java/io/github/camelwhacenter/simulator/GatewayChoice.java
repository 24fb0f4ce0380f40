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
package io.github.camelwhacenter.simulator;

import java.util.function.Function;

/**
 * Which gateway an application talks to, by one rule every example of the project follows: with both
 * {@code WHACENTER_DEVICE_ID} and {@code WHACENTER_BASE_URL} set, the real gateway they name; with neither, the
 * embedded simulator; one without the other is a mistake, refused with a message that says what to set.
 *
 * @param baseUrl  the real gateway's API base URL, or null for the simulator
 * @param deviceId the real device's id (a credential), or null for the simulator
 */
public record GatewayChoice(String baseUrl, String deviceId) {

    public static final String DEVICE_ID_VARIABLE = "WHACENTER_DEVICE_ID";
    public static final String BASE_URL_VARIABLE = "WHACENTER_BASE_URL";

    /**
     * @param  environment              a variable's value by name, null or blank when it is not set
     *                                  ({@code System::getenv}, or Spring's {@code Environment::getProperty})
     * @throws IllegalArgumentException when one of the two variables is set without the other
     */
    public static GatewayChoice from(Function<String, String> environment) {
        String deviceId = value(environment.apply(DEVICE_ID_VARIABLE));
        String baseUrl = value(environment.apply(BASE_URL_VARIABLE));
        if (deviceId == null && baseUrl == null) {
            return new GatewayChoice(null, null);
        }
        if (deviceId == null || baseUrl == null) {
            throw new IllegalArgumentException("To use a real gateway set both " + DEVICE_ID_VARIABLE + " and "
                                               + BASE_URL_VARIABLE + " (https://app.whacenter.com/api); unset both to "
                                               + "use the embedded simulator. " + (deviceId == null
                                                       ? DEVICE_ID_VARIABLE + " is not set."
                                                       : BASE_URL_VARIABLE + " is not set."));
        }
        return new GatewayChoice(baseUrl, deviceId);
    }

    /** Whether the embedded simulator stands in for the gateway. */
    public boolean simulated() {
        return baseUrl == null;
    }

    /** Never the device id: it is a credential. */
    @Override
    public String toString() {
        return simulated() ? "the embedded simulator" : "the gateway at " + baseUrl;
    }

    private static String value(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
