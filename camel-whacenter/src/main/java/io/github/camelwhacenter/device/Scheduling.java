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

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The clocks and threads the device layer works with: the component's in production, fake ones in a test, so that
 * every timing rule can be proven to the nanosecond without waiting.
 *
 * @param scheduler where paced sends wait for their turn and open circuit breakers probe the device, asked when needed
 * @param worker    where a circuit breaker's probe asks the gateway, off the scheduler's one thread
 * @param nanoClock the clock intervals, quota windows and idle time are measured on, as System.nanoTime
 * @param clock     the wall clock quiet hours, warm-up days and what the health checks show are read on
 * @param random    where the send jitter comes from
 */
public record Scheduling(Supplier<ScheduledExecutorService> scheduler, Executor worker, LongSupplier nanoClock,
                         Clock clock, RandomGenerator random) {
}
