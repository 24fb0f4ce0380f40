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
