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

/**
 * The gateway's answer envelope {@code {"status":..,"message":..,"data":..}}, rendered as PHP
 * renders it: compact, slashes escaped, {@code data} an object on success and {@code []} otherwise.
 */
final class Envelope {

    static final String DEVICE_NOT_FOUND = "device not connected or not found";
    static final String EMPTY_DATA = "[]";

    private Envelope() {
    }

    /**
     * @param message  the success message
     * @param dataJson rendered {@code data}, e.g. from {@link #data()}, or {@link #EMPTY_DATA}
     * @return the answer
     */
    static Answer.Json success(String message, String dataJson) {
        return render(true, message, dataJson);
    }

    /**
     * @param message the failure message
     * @return the answer, with {@code "data":[]}
     */
    static Answer.Json failure(String message) {
        return render(false, message, EMPTY_DATA);
    }

    /** @return a builder for a {@code data} object in the envelope's style */
    static JsonObjectBuilder data() {
        return new JsonObjectBuilder(JsonStyle.PHP);
    }

    private static Answer.Json render(boolean status, String message, String dataJson) {
        return new Answer.Json(new JsonObjectBuilder(JsonStyle.PHP)
                .add("status", status)
                .add("message", message)
                .addRaw("data", dataJson)
                .build());
    }
}
