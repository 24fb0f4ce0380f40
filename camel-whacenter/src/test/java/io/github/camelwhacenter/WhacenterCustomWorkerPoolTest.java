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

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A worker pool set on the component carries the exchanges after their sends, and stays the user's to shut down.
 */
class WhacenterCustomWorkerPoolTest extends WhacenterTestSupport {

    private final ExecutorService workers = Executors.newFixedThreadPool(2, runnable -> new Thread(runnable, "my-worker"));
    private final AtomicReference<String> continuedOn = new AtomicReference<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("whacenter", WhacenterComponent.class).setWorkerPool(workers);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("whacenter:send?number=6281111111111")
                        .process(exchange -> continuedOn.set(Thread.currentThread().getName()));
            }
        };
    }

    @AfterEach
    void shutdownWorkers() {
        workers.shutdownNow();
    }

    @Test
    void exchangesContinueOnTheConfiguredPool() {
        template.sendBody("direct:send", "hello");

        assertTrue(continuedOn.get().equals("my-worker"), continuedOn.get());
        context.stop();
        assertFalse(workers.isShutdown(), "the component does not shut down a pool it was given");
    }
}
