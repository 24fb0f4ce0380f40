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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import io.github.camelwhacenter.testing.FakeScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceSendQueueTest {

    private static final long MILLIS_30 = TimeUnit.MILLISECONDS.toNanos(30);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    /** On a fake clock: each send goes on the wire exactly an interval after the previous one did, in order. */
    @Test
    void startsSendsInOrderAnIntervalApartOnTheWire() {
        FakeScheduler clock = new FakeScheduler();
        DeviceSendQueue queue = new DeviceSendQueue(100, clock, DeviceSendQueue.Gate.OPEN, false, clock::nanoTime);
        List<Integer> order = new ArrayList<>();
        List<Long> wires = new ArrayList<>();
        long offered = clock.nanoTime();
        for (int i = 0; i < 8; i++) {
            int number = i;
            assertTrue(queue.offer(send(MILLIS_30, turn -> {
                order.add(number);
                wires.add(clock.nanoTime());
                turn.onWire();
                turn.finished();
            })));
        }

        clock.advance(1, TimeUnit.SECONDS);

        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), order);
        for (int i = 0; i < wires.size(); i++) {
            assertEquals(offered + i * MILLIS_30, wires.get(i), "send " + i + " on the wire");
        }
    }

    /** On a fake clock: with paceFirst, the first send waits a full interval, and not a nanosecond less. */
    @Test
    void withPaceFirstTheFirstSendWaitsAFullIntervalToo() {
        FakeScheduler clock = new FakeScheduler();
        DeviceSendQueue queue = new DeviceSendQueue(100, clock, DeviceSendQueue.Gate.OPEN, true, clock::nanoTime);
        List<Long> wires = new ArrayList<>();
        long offered = clock.nanoTime();
        queue.offer(send(MILLIS_30, turn -> {
            wires.add(clock.nanoTime());
            turn.finished();
        }));

        clock.advance(MILLIS_30 - 1, TimeUnit.NANOSECONDS);
        assertEquals(List.of(), wires, "another node may have sent just before this one took over");
        clock.advance(1, TimeUnit.NANOSECONDS);
        assertEquals(List.of(offered + MILLIS_30), wires);
    }

    /**
     * On a fake clock: the gap is counted from when the previous send went on the wire, not from when it started: a
     * first send that spends 80 ms opening a connection still gets the full interval before the next.
     */
    @Test
    void theGapIsMeasuredFromTheWireNotFromTheStart() {
        FakeScheduler clock = new FakeScheduler();
        DeviceSendQueue queue = new DeviceSendQueue(100, clock, DeviceSendQueue.Gate.OPEN, false, clock::nanoTime);
        AtomicReference<DeviceSendQueue.Turn> first = new AtomicReference<>();
        List<Long> wires = new ArrayList<>();
        long interval = MILLIS_30 * 3;
        queue.offer(send(interval, first::set));
        queue.offer(send(interval, turn -> {
            wires.add(clock.nanoTime());
            turn.onWire();
            turn.finished();
        }));
        clock.runDue();

        clock.advance(80, TimeUnit.MILLISECONDS);
        long firstWire = clock.nanoTime();
        first.get().onWire();
        first.get().finished();

        clock.advance(interval - 1, TimeUnit.NANOSECONDS);
        assertEquals(List.of(), wires);
        clock.advance(1, TimeUnit.NANOSECONDS);
        assertEquals(List.of(firstWire + interval), wires);
    }

    /** On a fake clock: however long the previous send takes, the next one starts only once it finished. */
    @Test
    void theNextSendWaitsUntilThePreviousOneFinished() {
        FakeScheduler clock = new FakeScheduler();
        DeviceSendQueue queue = new DeviceSendQueue(100, clock, DeviceSendQueue.Gate.OPEN, false, clock::nanoTime);
        AtomicReference<DeviceSendQueue.Turn> first = new AtomicReference<>();
        List<String> started = new ArrayList<>();
        queue.offer(send(TimeUnit.MICROSECONDS.toNanos(1), turn -> {
            started.add("first");
            turn.onWire();
            first.set(turn);
        }));
        queue.offer(send(0, turn -> {
            started.add("second");
            turn.finished();
        }));

        clock.advance(10, TimeUnit.SECONDS);
        assertEquals(List.of("first"), started, "the second is not even scheduled before the first finished");
        assertEquals(1, queue.waiting());
        assertEquals(0, clock.scheduled());

        first.get().finished();
        first.get().finished();
        clock.runDue();
        assertEquals(List.of("first", "second"), started);
    }

    /** On a fake clock: a gate (a quota, quiet hours) holds the next send beyond its interval, to the nanosecond. */
    @Test
    void aClosedGateHoldsTheNextSendUntilItOpens() {
        FakeScheduler clock = new FakeScheduler();
        long opens = clock.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        DeviceSendQueue.Gate gate = new DeviceSendQueue.Gate() {
            @Override
            public long waitNanos(DeviceSendQueue.Send next, long nowNanos) {
                return Math.max(0, opens - nowNanos);
            }

            @Override
            public void started(DeviceSendQueue.Send send, long nowNanos) {
            }
        };
        DeviceSendQueue queue = new DeviceSendQueue(100, clock, gate, false, clock::nanoTime);
        List<Long> wires = new ArrayList<>();
        queue.offer(send(MILLIS_30, turn -> {
            wires.add(clock.nanoTime());
            turn.finished();
        }));

        clock.advance(5, TimeUnit.MINUTES);
        assertEquals(List.of(opens), wires);
    }

    @Test
    void refusesSendsBeyondItsCapacity() {
        DeviceSendQueue queue = new DeviceSendQueue(2, scheduler);
        AtomicReference<DeviceSendQueue.Turn> first = new AtomicReference<>();
        assertTrue(queue.offer(send(0, first::set)));
        await().until(() -> first.get() != null);

        assertTrue(queue.offer(send(0, DeviceSendQueue.Turn::finished)));
        assertTrue(queue.offer(send(0, DeviceSendQueue.Turn::finished)));
        assertFalse(queue.offer(send(0, DeviceSendQueue.Turn::finished)), "two wait already");
        assertEquals(2, queue.waiting());
    }

    @Test
    void aSendThatThrowsIsAbortedAndTheQueueMovesOn() {
        DeviceSendQueue queue = new DeviceSendQueue(10, scheduler);
        AtomicReference<Exception> aborted = new AtomicReference<>();
        List<String> started = new CopyOnWriteArrayList<>();
        IllegalStateException thrown = new IllegalStateException("client creation failed");
        queue.offer(new DeviceSendQueue.Send() {
            @Override
            public long intervalNanos() {
                return 0;
            }

            @Override
            public void start(DeviceSendQueue.Turn turn) {
                throw thrown;
            }

            @Override
            public void abort(Exception reason) {
                aborted.set(reason);
            }
        });
        queue.offer(send(0, turn -> {
            started.add("next");
            turn.finished();
        }));

        await().until(() -> started.size() == 1);
        assertSame(thrown, aborted.get());
    }

    @Test
    void closeAbortsEveryWaitingSendOutsideTheQueuesLock() {
        DeviceSendQueue queue = new DeviceSendQueue(10, scheduler);
        AtomicReference<DeviceSendQueue.Turn> first = new AtomicReference<>();
        List<Boolean> lockHeld = new CopyOnWriteArrayList<>();
        queue.offer(send(TimeUnit.SECONDS.toNanos(60), first::set));
        await().until(() -> first.get() != null);
        for (int i = 0; i < 3; i++) {
            queue.offer(abortable(reason -> lockHeld.add(Thread.holdsLock(queue))));
        }

        queue.close(new IllegalStateException("stopping"));

        assertEquals(List.of(false, false, false), lockHeld);
        assertFalse(queue.offer(send(0, DeviceSendQueue.Turn::finished)), "a closed queue takes nothing");
        first.get().finished();
        assertEquals(0, queue.waiting());
    }

    @Test
    void waitingSendsAreAbortedWhenTheSchedulerRefuses() {
        DeviceSendQueue queue = new DeviceSendQueue(10, scheduler);
        AtomicReference<DeviceSendQueue.Turn> first = new AtomicReference<>();
        AtomicReference<Exception> aborted = new AtomicReference<>();
        queue.offer(send(0, first::set));
        queue.offer(abortable(aborted::set));
        await().until(() -> first.get() != null);

        scheduler.shutdownNow();
        first.get().finished();

        assertInstanceOf(RejectedExecutionException.class, aborted.get());
    }

    @Test
    void aRemovedSendNeverStartsAndTheNextOneDoes() {
        DeviceSendQueue queue = new DeviceSendQueue(10, scheduler);
        AtomicReference<DeviceSendQueue.Turn> first = new AtomicReference<>();
        List<String> started = new CopyOnWriteArrayList<>();
        queue.offer(send(0, first::set));
        await().until(() -> first.get() != null);
        DeviceSendQueue.Send removed = send(0, turn -> started.add("removed"));
        queue.offer(removed);
        queue.offer(send(0, turn -> {
            started.add("kept");
            turn.finished();
        }));

        assertTrue(queue.remove(removed));
        first.get().finished();

        await().until(() -> started.size() == 1);
        assertEquals(List.of("kept"), started);
    }

    @Test
    void theLongerOfRateAndIntervalWins() {
        assertEquals(0, DeviceSendQueue.intervalNanos(0, 1_000, 0));
        assertEquals(TimeUnit.MILLISECONDS.toNanos(250), DeviceSendQueue.intervalNanos(4, 1_000, 100));
        assertEquals(TimeUnit.MILLISECONDS.toNanos(500), DeviceSendQueue.intervalNanos(4, 1_000, 500));
    }

    @Test
    void aSendFailedAtCloseLeavesNothingInTheScheduler() {
        ScheduledThreadPoolExecutor pacer = removingOnCancel();
        try {
            DeviceSendQueue queue = new DeviceSendQueue(100, pacer);
            AtomicReference<Exception> aborted = new AtomicReference<>();
            queue.offer(send(0, DeviceSendQueue.Turn::finished));
            queue.offer(abortable(TimeUnit.MINUTES.toNanos(10), aborted::set));
            await().until(() -> queue.waiting() == 1 && pacer.getQueue().size() == 1);

            queue.close(new IllegalStateException("stopped"));

            assertEquals("stopped", aborted.get().getMessage());
            assertTrue(pacer.getQueue().isEmpty(), "the start of a send that will never start is still scheduled: "
                                                   + "it keeps the send, and the scheduler's thread after shutdown()");
        } finally {
            pacer.shutdownNow();
        }
    }

    @Test
    void aSendRemovedBeforeItsTurnLeavesNothingInTheScheduler() {
        ScheduledThreadPoolExecutor pacer = removingOnCancel();
        try {
            DeviceSendQueue queue = new DeviceSendQueue(100, pacer);
            queue.offer(send(0, DeviceSendQueue.Turn::finished));
            DeviceSendQueue.Send second = abortable(TimeUnit.MINUTES.toNanos(10), reason -> { });
            queue.offer(second);
            await().until(() -> queue.waiting() == 1 && pacer.getQueue().size() == 1);

            assertTrue(queue.remove(second));

            assertTrue(pacer.getQueue().isEmpty(), "a removed send is still referenced by its scheduled start");
        } finally {
            pacer.shutdownNow();
        }
    }

    private static ScheduledThreadPoolExecutor removingOnCancel() {
        ScheduledThreadPoolExecutor pacer = new ScheduledThreadPoolExecutor(1);
        pacer.setRemoveOnCancelPolicy(true);
        return pacer;
    }

    private static DeviceSendQueue.Send send(long intervalNanos, Consumer<DeviceSendQueue.Turn> body) {
        return new DeviceSendQueue.Send() {
            @Override
            public long intervalNanos() {
                return intervalNanos;
            }

            @Override
            public void start(DeviceSendQueue.Turn turn) {
                body.accept(turn);
            }

            @Override
            public void abort(Exception reason) {
                throw new AssertionError("aborted", reason);
            }
        };
    }

    private static DeviceSendQueue.Send abortable(Consumer<Exception> onAbort) {
        return abortable(0, onAbort);
    }

    /** A send that must never start, e.g. because its turn is far away. */
    private static DeviceSendQueue.Send abortable(long intervalNanos, Consumer<Exception> onAbort) {
        return new DeviceSendQueue.Send() {
            @Override
            public long intervalNanos() {
                return intervalNanos;
            }

            @Override
            public void start(DeviceSendQueue.Turn turn) {
                throw new AssertionError("must not start");
            }

            @Override
            public void abort(Exception reason) {
                onAbort.accept(reason);
            }
        };
    }
}
