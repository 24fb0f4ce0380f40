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
package io.github.camelwhacenter.gateway;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelwhacenter.WhacenterOperation;
import io.github.camelwhacenter.support.Secrets;

/**
 * What one call asks of the gateway: the operation, the device it is made for, and the wire fields in wire order
 * (device_id included). Above this package a call is only this; its HTTP request is built here.
 *
 * @param fields the gateway's field names and values, not changed once handed over
 */
public record GatewayRequest(WhacenterOperation operation, String deviceId, Map<String, String> fields) {

    /** The field that schedules a message: the gateway holds it until then. */
    public static final String SCHEDULE = "schedule";

    public GatewayRequest {
        fields = Collections.unmodifiableMap(fields);
    }

    /** Whether the gateway holds the message until its schedule. */
    public boolean isScheduled() {
        return fields.containsKey(SCHEDULE);
    }

    /** The same request, scheduled for this time (the gateway's format and time zone). */
    public GatewayRequest withSchedule(String schedule) {
        Map<String, String> scheduled = new LinkedHashMap<>(fields);
        scheduled.put(SCHEDULE, schedule);
        return new GatewayRequest(operation, deviceId, scheduled);
    }

    /** Never the device id or a field's value: they may be credentials or a customer's message. */
    @Override
    public String toString() {
        return "GatewayRequest[" + operation + " of device " + Secrets.fingerprint(deviceId) + "]";
    }
}
