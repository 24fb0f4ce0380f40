package io.github.camelwhacenter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelwhacenter.simulator.RecordedRequest;
import io.github.camelwhacenter.simulator.SentMessage;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sends over a device's rate wait for their slot and leave in order; other devices and non-send calls are not slowed.
 */
class WhacenterSendRateLimitTest extends WhacenterTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("whacenter", WhacenterComponent.class).getConfiguration().setMinSendInterval(300);
        return context;
    }

    @Test
    void sendsOfOneDeviceAreSpacedAndKeepTheirOrderAcrossEndpoints() throws Exception {
        AsyncProducer first = context.getEndpoint("whacenter:send?number=6281111111111").createAsyncProducer();
        AsyncProducer second = context.getEndpoint("whacenter:send?number=6282222222222").createAsyncProducer();
        ServiceHelper.startService(first, second);
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("message " + i);
            // processed from this one thread, so the order of the calls is the order of the sends
            sends.add((i % 2 == 0 ? first : second).processAsync(exchange));
        }
        for (CompletableFuture<Exchange> send : sends) {
            assertNull(send.get().getException());
        }
        ServiceHelper.stopService(first, second);

        List<SentMessage> sent = simulator.sentMessages(DEVICE_ID);
        assertEquals(List.of("message 0", "message 1", "message 2", "message 3", "message 4", "message 5"),
                sent.stream().map(SentMessage::message).toList());
        List<RecordedRequest> requests = simulator.requests("send");
        for (int i = 1; i < requests.size(); i++) {
            Duration gap = Duration.between(requests.get(i - 1).receivedAt(), requests.get(i).receivedAt());
            assertTrue(gap.toMillis() >= 250, "send " + i + " came " + gap.toMillis() + " ms after the previous one");
        }
    }

    @Test
    void anotherDeviceAndStatusCallsAreNotHeldBack() throws Exception {
        CompletableFuture<Exchange> first = template.asyncSend("whacenter:send?number=6281111111111", e -> e.getMessage().setBody("a"));
        CompletableFuture<Exchange> second = template.asyncSend("whacenter:send?number=6281111111111", e -> e.getMessage().setBody("b"));
        template.sendBodyAndHeader("whacenter:send?number=6281111111111", "other device", WhacenterConstants.DEVICE_ID, SECOND_DEVICE_ID);
        template.requestBody("whacenter:deviceStatus", (Object) null);

        assertEquals(1, simulator.sentMessages(SECOND_DEVICE_ID).size());
        assertEquals(1, simulator.requests("statusDevice").size());
        assertTrue(simulator.sentMessages(DEVICE_ID).size() < 2, "the first device's second send still waits its turn");
        first.get();
        second.get();
        assertEquals(2, simulator.sentMessages(DEVICE_ID).size());
    }
}
