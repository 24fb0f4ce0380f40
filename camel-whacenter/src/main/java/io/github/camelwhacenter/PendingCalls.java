package io.github.camelwhacenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The gateway calls of one owner (a producer, the gateway service) that have not completed, so that its stop can fail
 * each of them rather than leave an exchange waiting for good.
 */
final class PendingCalls {

    private final Set<GatewayCall> calls = ConcurrentHashMap.newKeySet();

    void add(GatewayCall call) {
        calls.add(call);
    }

    void remove(GatewayCall call) {
        calls.remove(call);
    }

    /** Runs the action for each call pending now. */
    void forEach(java.util.function.Consumer<GatewayCall> action) {
        calls.forEach(action);
    }

    /**
     * Fails every pending call with the failure chosen for it, continuing each exchange on this thread; a call
     * completing meanwhile keeps its own outcome.
     *
     * @return how many were pending
     */
    int failAll(Function<GatewayCall, WhacenterException> failure) {
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
