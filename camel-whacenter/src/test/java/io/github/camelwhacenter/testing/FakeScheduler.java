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
package io.github.camelwhacenter.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler on a fake clock, for timing rules proven without time passing: tasks run on the test's thread when
 * {@link #advance} moves the clock past their due time, in due order, the clock standing at each task's due time
 * while it runs. {@link #nanoTime()} is the clock, for the code under test to read; {@link #clock()} is the same time
 * as a wall clock.
 */
public final class FakeScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private static final long START_NANOS = 1_000_000_000L;

    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private final Instant startInstant;
    private final ZoneId zone;
    private long now = START_NANOS;
    private long sequence;
    private boolean shutdown;

    /** A clock that starts at 2026-01-05T00:00:00Z (a Monday). */
    public FakeScheduler() {
        this(Instant.parse("2026-01-05T00:00:00Z"), ZoneOffset.UTC);
    }

    /** @param start what the wall clock says at first */
    public FakeScheduler(Instant start, ZoneId zone) {
        this.startInstant = start;
        this.zone = zone;
    }

    public long nanoTime() {
        return now;
    }

    /** The same time as a wall clock. */
    public Clock clock() {
        return new FakeClock(zone);
    }

    private final class FakeClock extends Clock {
        private final ZoneId zone;

        private FakeClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new FakeClock(other);
        }

        @Override
        public Instant instant() {
            return startInstant.plusNanos(now - START_NANOS);
        }
    }

    /** Moves the clock forward, running every task that falls due on the way. */
    public void advance(long duration, TimeUnit unit) {
        long until = now + unit.toNanos(duration);
        for (Task next = tasks.peek(); next != null && next.due <= until; next = tasks.peek()) {
            tasks.poll();
            now = Math.max(now, next.due);
            if (!next.cancelled) {
                next.run();
            }
        }
        now = until;
    }

    /** Moves the clock forward by the duration. */
    public void advance(Duration duration) {
        advance(duration.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Runs what is due now. */
    public void runDue() {
        advance(0, TimeUnit.NANOSECONDS);
    }

    /** How many tasks wait, cancelled ones left out. */
    public long scheduled() {
        return tasks.stream().filter(task -> !task.cancelled).count();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (shutdown) {
            throw new RejectedExecutionException("shut down");
        }
        Task task = new Task(command, now + unit.toNanos(Math.max(delay, 0)), sequence++);
        tasks.add(task);
        return task;
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        if (shutdown) {
            throw new RejectedExecutionException("shut down");
        }
        Task task = new Task(command, now + unit.toNanos(Math.max(initialDelay, 0)), sequence++);
        task.repeatNanos = unit.toNanos(delay);
        tasks.add(task);
        return task;
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> pending = tasks.stream().filter(task -> !task.cancelled).map(task -> task.task).toList();
        tasks.clear();
        return pending;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown && tasks.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    private final class Task implements ScheduledFuture<Object> {
        private final Runnable task;
        private long due;
        private long order;
        private long repeatNanos;
        private boolean cancelled;
        private boolean done;

        /** Runs the task; a repeating one is due again a delay after this run. */
        void run() {
            if (repeatNanos <= 0) {
                done = true;
            }
            task.run();
            if (repeatNanos > 0 && !cancelled) {
                due = now + repeatNanos;
                order = sequence++;
                tasks.add(this);
            }
        }

        Task(Runnable task, long due, long order) {
            this.task = task;
            this.due = due;
            this.order = order;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - now, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Task that = (Task) other;
            return due != that.due ? Long.compare(due, that.due) : Long.compare(order, that.order);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            if (done || cancelled) {
                return false;
            }
            cancelled = true;
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }
    }
}
