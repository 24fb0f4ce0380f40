package io.github.camelwhacenter.internal;

import java.io.IOException;

import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.apache.hc.core5.http.nio.RequestChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Tells when a request's head is about to be written, once the client leased (and, if need be, opened) a connection
 * for it: the moment the gateway starts to see the request, which pacing measures its gaps from.
 */
final class OnWireRequestProducer implements AsyncRequestProducer {

    private final AsyncRequestProducer delegate;
    private final Runnable onWire;

    OnWireRequestProducer(AsyncRequestProducer delegate, Runnable onWire) {
        this.delegate = delegate;
        this.onWire = onWire;
    }

    @Override
    public void sendRequest(RequestChannel channel, HttpContext context) throws HttpException, IOException {
        onWire.run();
        delegate.sendRequest(channel, context);
    }

    @Override
    public boolean isRepeatable() {
        return delegate.isRepeatable();
    }

    @Override
    public void failed(Exception cause) {
        delegate.failed(cause);
    }

    @Override
    public int available() {
        return delegate.available();
    }

    @Override
    public void produce(DataStreamChannel channel) throws IOException {
        delegate.produce(channel);
    }

    @Override
    public void releaseResources() {
        delegate.releaseResources();
    }
}
