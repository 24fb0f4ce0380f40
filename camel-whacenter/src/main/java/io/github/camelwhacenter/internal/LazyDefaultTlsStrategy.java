package io.github.camelwhacenter.internal;

import java.net.SocketAddress;

import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.net.NamedEndpoint;
import org.apache.hc.core5.reactor.ssl.TransportSecurityLayer;
import org.apache.hc.core5.util.Timeout;

/**
 * HttpClient's default TLS, set up on the first https connection: building it eagerly initialises the JVM's default
 * SSLContext (providers, trust store), about 100 ms of a cold start, even for a plain-http gateway or simulator.
 */
public final class LazyDefaultTlsStrategy implements TlsStrategy {

    private volatile TlsStrategy delegate;

    private TlsStrategy delegate() {
        TlsStrategy strategy = delegate;
        if (strategy == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = DefaultClientTlsStrategy.createDefault();
                }
                strategy = delegate;
            }
        }
        return strategy;
    }

    @Override
    @Deprecated
    public boolean upgrade(TransportSecurityLayer session, HttpHost host, SocketAddress localAddress,
                           SocketAddress remoteAddress, Object attachment, Timeout handshakeTimeout) {
        return delegate().upgrade(session, host, localAddress, remoteAddress, attachment, handshakeTimeout);
    }

    @Override
    public void upgrade(TransportSecurityLayer session, NamedEndpoint endpoint, Object attachment,
                        Timeout handshakeTimeout, FutureCallback<TransportSecurityLayer> callback) {
        delegate().upgrade(session, endpoint, attachment, handshakeTimeout, callback);
    }
}
