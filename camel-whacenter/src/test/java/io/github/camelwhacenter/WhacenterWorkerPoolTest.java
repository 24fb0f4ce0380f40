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
package io.github.camelwhacenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Route work after a send runs on the component's worker pool, not on the HTTP client's few I/O threads: while eight
 * exchanges block after their sends, every other gateway call still gets its answer.
 */
class WhacenterWorkerPoolTest extends WhacenterTestSupport {

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger blocked = new AtomicInteger();
    private final Set<String> continuedOn = ConcurrentHashMap.newKeySet();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:blockingAfterSend")
                        .to("whacenter:send?number=6281111111111")
                        .process(exchange -> {
                            continuedOn.add(Thread.currentThread().getName());
                            blocked.incrementAndGet();
                            // blocking route work, e.g. a slow JDBC insert
                            release.await(30, TimeUnit.SECONDS);
                        });
                from("direct:status").to("whacenter:deviceStatus");
            }
        };
    }

    @Test
    void blockingWorkAfterSendsNeverHoldsUpAnotherGatewayCall() throws Exception {
        List<CompletableFuture<Exchange>> blocking = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            blocking.add(sendAsync("direct:blockingAfterSend", exchange -> exchange.getMessage().setBody("then block")));
        }
        await().until(() -> blocked.get() == 8);

        Exchange status = sendAsync("direct:status", exchange -> {
        }).get(10, TimeUnit.SECONDS);

        assertNull(status.getException());
        release.countDown();
        for (CompletableFuture<Exchange> send : blocking) {
            assertNull(send.get(10, TimeUnit.SECONDS).getException());
        }
        assertTrue(continuedOn.stream().allMatch(name -> name.contains("WhacenterWorker")),
                "continued on the worker pool: " + continuedOn);
    }
}
