package io.github.camelwhacenter;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.engine.PooledExchangeFactory;
import org.apache.camel.spi.ExchangeFactoryManager;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With Camel's pooled exchanges, the watchdog hands each exchange back to the pool exactly once.
 */
class WhacenterPooledExchangesWatchdogTest extends WhacenterTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getCamelContextExtension().setExchangeFactory(new PooledExchangeFactory());
        context.getCamelContextExtension().getExchangeFactoryManager().setStatisticsEnabled(true);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("whacenter:deviceStatus?delay=10&initialDelay=0&emitEveryPoll=true").routeId("watchdog")
                        .to("mock:polls");
            }
        };
    }

    @Test
    void eachExchangeIsReleasedOnce() throws Exception {
        await().until(() -> getMockEndpoint("mock:polls").getReceivedCounter() >= 20);
        context.getRouteController().stopRoute("watchdog");

        ExchangeFactoryManager exchanges = context.getCamelContextExtension().getExchangeFactoryManager();
        long handedOut = exchanges.getStatistics().getCreatedCounter() + exchanges.getStatistics().getAcquiredCounter();
        assertEquals(handedOut, exchanges.getStatistics().getReleasedCounter() + exchanges.getStatistics().getDiscardedCounter(),
                "created " + exchanges.getStatistics().getCreatedCounter() + ", acquired "
                        + exchanges.getStatistics().getAcquiredCounter() + ", released "
                        + exchanges.getStatistics().getReleasedCounter() + ", discarded "
                        + exchanges.getStatistics().getDiscardedCounter());
    }
}
