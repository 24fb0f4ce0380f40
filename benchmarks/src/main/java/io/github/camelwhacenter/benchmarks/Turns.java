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
package io.github.camelwhacenter.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Which of two clients an iteration of an {@code alternating} benchmark measures: the baseline (raw) or the subject
 * (the component), in the order baseline, subject, subject, baseline, repeated. Both are measured in the same JVM,
 * turn about, so that a change of load from other processes hits both alike; {@link BenchmarkMain} splits the
 * iterations again. Warm-up iterations take turns too: keep their number a multiple of 4.
 */
@State(Scope.Benchmark)
public class Turns {

    private static final boolean[] SUBJECT_TURNS = { false, true, true, false };

    private int iteration;
    volatile boolean subject;

    @Setup(Level.Iteration)
    public void next() {
        subject = isSubjectTurn(iteration++);
    }

    /** @param iteration the iteration's number from 0, warm-up iterations included */
    static boolean isSubjectTurn(int iteration) {
        return SUBJECT_TURNS[iteration % SUBJECT_TURNS.length];
    }
}
