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
package io.github.camelwhacenter.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference's advice for several nodes: the device watchdog under Camel's master component. Three JVMs share a
 * camel-file lock directory and one simulator; exactly one polls the device. Killed abruptly (SIGKILL, no graceful
 * stop), its lock goes with the process, and another node takes over within the lease: the cluster service tries
 * for the lock every 200 ms.
 */
class WatchdogFailoverTest {

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    private static final Duration TAKEOVER = Duration.ofSeconds(10);

    private record Poll(String node, long atMillis) {
    }

    private final List<Poll> polls = new CopyOnWriteArrayList<>();
    private final Map<String, Process> nodes = new ConcurrentHashMap<>();
    private final AtomicLong started = new AtomicLong();

    private Process startNode(String name, String baseUrl, Path locks) throws IOException {
        Process process = NodeProcess.start(WatchdogNode.class, name, line -> {
            if (line.startsWith(WatchdogNode.POLLED)) {
                String[] fields = line.split(" ");
                polls.add(new Poll(fields[1], Long.parseLong(fields[2])));
            } else if (line.startsWith(WatchdogNode.STARTED)) {
                started.incrementAndGet();
            }
        }, baseUrl, locks.toString(), name);
        nodes.put(name, process);
        return process;
    }

    private List<String> pollersSince(long fromMillis) {
        return polls.stream().filter(p -> p.atMillis() >= fromMillis).map(Poll::node).distinct().toList();
    }

    @Test
    void exactlyOneNodePollsAndAnotherTakesOverWhenItIsKilled(@TempDir Path locks, WhacenterSimulator simulator)
            throws Exception {
        try {
            for (String name : List.of("a", "b", "c")) {
                startNode(name, simulator.baseUrl(), locks);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> started.get() == 3);
            await().atMost(TAKEOVER).until(() -> !polls.isEmpty());
            // a window with all three running: every poll is the leader's
            long windowStart = System.currentTimeMillis();
            await().atMost(Duration.ofSeconds(10)).until(() -> polls.stream().filter(p -> p.atMillis() >= windowStart).count() >= 10);
            List<String> leaders = pollersSince(windowStart);
            assertEquals(1, leaders.size(), () -> "pollers " + leaders + " of " + polls);
            String leader = leaders.get(0);

            nodes.get(leader).destroyForcibly().waitFor();
            long killedAt = System.currentTimeMillis();
            await().atMost(TAKEOVER).until(() -> polls.stream().anyMatch(p -> p.atMillis() > killedAt && !p.node().equals(leader)));
            long takeover = polls.stream().filter(p -> p.atMillis() > killedAt && !p.node().equals(leader))
                    .mapToLong(Poll::atMillis).min().orElseThrow() - killedAt;
            long secondWindow = System.currentTimeMillis();
            await().atMost(Duration.ofSeconds(10)).until(() -> polls.stream().filter(p -> p.atMillis() >= secondWindow).count() >= 10);
            List<String> next = pollersSince(secondWindow);
            assertEquals(1, next.size(), () -> "pollers after the kill " + next);
            assertNotEquals(leader, next.get(0));
            System.out.println("Watchdog failover: " + leader + " killed, " + next.get(0) + " polled " + takeover
                               + " ms later");
            assertTrue(simulator.requests("statusDevice").size() >= polls.size());
        } finally {
            for (Process process : nodes.values()) {
                process.destroyForcibly();
            }
            for (Process process : nodes.values()) {
                process.waitFor();
            }
        }
    }
}
