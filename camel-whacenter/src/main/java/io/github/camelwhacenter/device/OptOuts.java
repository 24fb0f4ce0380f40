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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import io.github.camelwhacenter.support.Secrets;
import org.apache.camel.spi.IdempotentRepository;

/**
 * The contacts that asked a device to stop writing to them, in a Camel {@link IdempotentRepository} the root hands
 * over: in memory, or shared by every node (camel-sql's JdbcMessageIdRepository). Each entry is the SHA-256 of the
 * device id and the contact's number, so the store holds neither in clear. Counts what happened per device, for the dev
 * console and JMX.
 */
public final class OptOuts {

    private final IdempotentRepository store;
    private final Map<String, Counts> counts = new ConcurrentHashMap<>();

    public OptOuts(IdempotentRepository store) {
        this.store = store;
    }

    /** Whether the contact opted out of the device's messages; the store's failure is thrown as it is. */
    public boolean isOptedOut(String deviceId, String number) {
        return store.contains(key(deviceId, number));
    }

    /** The contact wrote an opt-out keyword: no message of the device's reaches it until it opts in again. */
    public void optOut(String deviceId, String number) {
        String key = key(deviceId, number);
        if (!store.contains(key)) {
            store.add(key);
            // confirmed, so that a store that claims (as the JDBC one does) keeps the entry whatever a transaction does
            store.confirm(key);
        }
        counts(deviceId).optOuts.increment();
    }

    /** The contact wrote an opt-in keyword. */
    public void optIn(String deviceId, String number) {
        store.remove(key(deviceId, number));
        counts(deviceId).optIns.increment();
    }

    /** A send to a contact that opted out was refused. */
    public void refused(String deviceId) {
        counts(deviceId).refusedSends.increment();
    }

    /** Per device, by its id's fingerprint: opt-outs and opt-ins received, sends refused. Never a number. */
    public List<Map<String, Object>> report() {
        return counts.entrySet().stream().map(entry -> {
            Map<String, Object> device = new LinkedHashMap<>();
            device.put("device", Secrets.fingerprint(entry.getKey()));
            device.put("optOuts", entry.getValue().optOuts.sum());
            device.put("optIns", entry.getValue().optIns.sum());
            device.put("refusedSends", entry.getValue().refusedSends.sum());
            return device;
        }).collect(Collectors.toList());
    }

    private Counts counts(String deviceId) {
        return counts.computeIfAbsent(deviceId, id -> new Counts());
    }

    static String key(String deviceId, String number) {
        return Secrets.digest(deviceId, number);
    }

    private static final class Counts {
        final LongAdder optOuts = new LongAdder();
        final LongAdder optIns = new LongAdder();
        final LongAdder refusedSends = new LongAdder();
    }
}
