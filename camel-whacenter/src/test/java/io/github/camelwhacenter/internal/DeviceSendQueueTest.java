package io.github.camelwhacenter.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceSendQueueTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void startsSendsInOrderAtLeastAnIntervalApart() {
        DeviceSendQueue queue = new DeviceSendQueue(0, 1_000, 30, scheduler);
        List<Integer> order = new CopyOnWriteArrayList<>();
        List<Long> starts = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 8; i++) {
            int number = i;
            queue.submit(send(finished -> {
                starts.add(System.nanoTime());
                order.add(number);
                finished.run();
            }));
        }

        await().until(() -> order.size() == 8);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), order);
        for (int i = 1; i < starts.size(); i++) {
            long gapMillis = TimeUnit.NANOSECONDS.toMillis(starts.get(i) - starts.get(i - 1));
            assertTrue(gapMillis >= 29, "send " + i + " started " + gapMillis + " ms after the previous one");
        }
    }

    @Test
    void theNextSendWaitsUntilThePreviousOneFinished() {
        DeviceSendQueue queue = new DeviceSendQueue(1_000, 1_000, 0, scheduler);
        AtomicReference<Runnable> finishFirst = new AtomicReference<>();
        List<String> started = new CopyOnWriteArrayList<>();
        queue.submit(send(finished -> {
            started.add("first");
            finishFirst.set(finished);
        }));
        queue.submit(send(finished -> {
            started.add("second");
            finished.run();
        }));

        await().until(() -> finishFirst.get() != null);
        assertEquals(List.of("first"), started, "the second is not even scheduled before the first finished");
        assertEquals(1, queue.waiting());

        finishFirst.get().run();
        finishFirst.get().run();
        await().until(() -> started.size() == 2);
        assertEquals(List.of("first", "second"), started);
    }

    @Test
    void waitingSendsAreAbortedWhenTheSchedulerStops() {
        DeviceSendQueue queue = new DeviceSendQueue(1, 60_000, 0, scheduler);
        AtomicReference<Runnable> finishFirst = new AtomicReference<>();
        AtomicReference<Exception> aborted = new AtomicReference<>();
        queue.submit(send(finishFirst::set));
        queue.submit(new DeviceSendQueue.Send() {
            @Override
            public void start(Runnable finished) {
                throw new AssertionError("must not start");
            }

            @Override
            public void abort(Exception reason) {
                aborted.set(reason);
            }
        });
        await().until(() -> finishFirst.get() != null);

        scheduler.shutdownNow();
        finishFirst.get().run();

        assertInstanceOf(java.util.concurrent.RejectedExecutionException.class, aborted.get());
    }

    @Test
    void isOffByDefault() {
        assertFalse(DeviceSendQueue.isEnabled(0, 0));
        assertTrue(DeviceSendQueue.isEnabled(0, 1));
        assertTrue(DeviceSendQueue.isEnabled(1, 0));
    }

    private static DeviceSendQueue.Send send(java.util.function.Consumer<Runnable> body) {
        return new DeviceSendQueue.Send() {
            @Override
            public void start(Runnable finished) {
                body.accept(finished);
            }

            @Override
            public void abort(Exception reason) {
                throw new AssertionError("aborted", reason);
            }
        };
    }
}
