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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.slf4j.Logger;

import io.github.camelwhacenter.WhacenterException;

/**
 * The gateway calls of one owner (a producer, the gateway service) that have not completed, so that its stop can fail
 * each of them rather than leave an exchange waiting for good.
 */
public final class PendingCalls {

    private final Set<GatewayCall> calls = ConcurrentHashMap.newKeySet();

    public void add(GatewayCall call) {
        calls.add(call);
    }

    public void remove(GatewayCall call) {
        calls.remove(call);
    }

    /** Runs the action for each call pending now. */
    public void forEach(java.util.function.Consumer<GatewayCall> action) {
        calls.forEach(action);
    }

    /**
     * Fails every call still pending as stopped while pending, and logs how many there were.
     *
     * @param who  what stopped, as the log line names it
     * @param what what was pending, as the log line names it: gateway calls, exchanges
     * @return how many were pending
     */
    public int failAllStopped(Logger log, Object who, String what) {
        int failed = failAll(GatewayService::stoppedWhilePending);
        if (failed > 0) {
            log.warn("{} stopped with {} {} pending: each was failed", who, failed, what);
        }
        return failed;
    }

    /**
     * Fails every pending call with the failure chosen for it, continuing each exchange on this thread; a call
     * completing meanwhile keeps its own outcome.
     *
     * @return how many were pending
     */
    public int failAll(Function<GatewayCall, WhacenterException> failure) {
        List<GatewayCall> pending = new ArrayList<>(calls);
        RuntimeException first = null;
        for (GatewayCall call : pending) {
            try {
                call.failNow(failure.apply(call));
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
        return pending.size();
    }
}
