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
package io.github.camelwhacenter.media;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches an incoming message's media from the URL its request carried, which anyone who can post to the webhook
 * chooses: each URL, the first and every redirect's, is checked against the policy before anything is connected to;
 * the host name is resolved once, by this fetcher, and the connection made to exactly the addresses checked; the body
 * is bounded; nothing of the component's (no token, no device id, no cookie, no proxy) goes with the request.
 */
public final class MediaFetcher implements Closeable {

    /** Resolves a host name: the system's resolver, or a test's. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final MediaFetchPolicy policy;
    private final CloseableHttpAsyncClient client;

    public MediaFetcher(MediaFetchPolicy policy) {
        this(policy, InetAddress::getAllByName);
    }

    public MediaFetcher(MediaFetchPolicy policy, Resolver resolver) {
        this.policy = policy;
        Timeout timeout = Timeout.of(policy.timeout());
        this.client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolver(policy, resolver))
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout)
                                .setSocketTimeout(timeout).build())
                        .setMaxConnTotal(20).setMaxConnPerRoute(5).build())
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false)
                        .setAuthenticationEnabled(false).setConnectionRequestTimeout(timeout).setResponseTimeout(timeout)
                        .build())
                .disableRedirectHandling().disableCookieManagement().disableAuthCaching().disableAutomaticRetries()
                .build();
        this.client.start();
    }

    /** Completes with the media, or fails with a {@link MediaFetchException} saying why. */
    public CompletableFuture<FetchedMedia> fetch(String url) {
        CompletableFuture<FetchedMedia> result = new CompletableFuture<>();
        AtomicReference<Future<?>> inFlight = new AtomicReference<>();
        CompletableFuture.delayedExecutor(policy.timeout().toNanos(), TimeUnit.NANOSECONDS).execute(() -> {
            if (result.completeExceptionally(new MediaFetchException(MediaFetchException.Reason.TIMEOUT,
                    "the media was not fetched within " + policy.timeout().toMillis() + " ms", null))) {
                Future<?> http = inFlight.get();
                if (http != null) {
                    http.cancel(true);
                }
            }
        });
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            result.completeExceptionally(new MediaFetchException(MediaFetchException.Reason.NOT_ALLOWED,
                    "the media URL is not a URL", null));
            return result;
        }
        step(uri, policy.maxRedirects(), result, inFlight);
        return result;
    }

    private void step(URI uri, int redirectsLeft, CompletableFuture<FetchedMedia> result, AtomicReference<Future<?>> inFlight) {
        String refusal = policy.refusal(uri);
        if (refusal != null) {
            result.completeExceptionally(new MediaFetchException(MediaFetchException.Reason.NOT_ALLOWED, refusal, null));
            return;
        }
        if (result.isDone()) {
            return;
        }
        inFlight.set(client.execute(new BasicRequestProducer(Method.GET, uri), new BoundedBody(policy.maxSize()), null,
                new FutureCallback<>() {
                    @Override
                    public void completed(Answer answer) {
                        try {
                            answered(uri, answer, redirectsLeft, result, inFlight);
                        } catch (RuntimeException e) {
                            result.completeExceptionally(new MediaFetchException(MediaFetchException.Reason.IO,
                                    "the media's answer could not be read: " + e.getMessage(), e));
                        }
                    }

                    @Override
                    public void failed(Exception cause) {
                        result.completeExceptionally(failure(uri, cause));
                    }

                    @Override
                    public void cancelled() {
                        // only the deadline cancels, and it completed the result first
                    }
                }));
    }

    private void answered(URI uri, Answer answer, int redirectsLeft, CompletableFuture<FetchedMedia> result,
                          AtomicReference<Future<?>> inFlight) {
        int status = answer.status;
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            if (answer.location == null) {
                result.completeExceptionally(new MediaFetchException(MediaFetchException.Reason.STATUS,
                        "the media's server answered " + status + " without a Location", null));
            } else if (redirectsLeft == 0) {
                result.completeExceptionally(new MediaFetchException(MediaFetchException.Reason.TOO_MANY_REDIRECTS,
                        "the media was redirected more than " + policy.maxRedirects() + " times", null));
            } else {
                step(uri.resolve(answer.location), redirectsLeft - 1, result, inFlight);
            }
            return;
        }
        if (status != 200) {
            result.completeExceptionally(new MediaFetchException(MediaFetchException.Reason.STATUS,
                    "the media's server answered " + status, null));
            return;
        }
        result.complete(new FetchedMedia(answer.body, answer.contentType == null ? "application/octet-stream"
                : answer.contentType, fileName(answer.contentDisposition, uri)));
    }

    private MediaFetchException failure(URI uri, Exception cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof NotPublicAddressException) {
                return new MediaFetchException(MediaFetchException.Reason.NOT_PUBLIC, t.getMessage(), null);
            }
            if (t instanceof BodyTooLargeException) {
                return new MediaFetchException(MediaFetchException.Reason.TOO_LARGE, t.getMessage(), null);
            }
            if (t instanceof java.io.InterruptedIOException) {
                // the connect, socket or response timeout, the same as the deadline's: whichever comes first says so
                return new MediaFetchException(MediaFetchException.Reason.TIMEOUT, "the media was not fetched within "
                                                                                   + policy.timeout().toMillis() + " ms", t);
            }
        }
        return new MediaFetchException(MediaFetchException.Reason.IO, "the media could not be fetched from "
                                                                       + uri.getHost() + ": " + cause, cause);
    }

    /** The name in {@code Content-Disposition}, else the URL's last path segment: no directory either way. */
    static String fileName(String contentDisposition, URI uri) {
        if (contentDisposition != null) {
            for (String part : contentDisposition.split(";")) {
                String p = part.trim();
                if (p.regionMatches(true, 0, "filename=", 0, 9)) {
                    return baseName(p.substring(9).replace("\"", ""));
                }
            }
        }
        return uri.getPath() == null ? "" : baseName(uri.getPath());
    }

    private static String baseName(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        return name.equals("..") || name.equals(".") ? "" : name;
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }

    /** The one place a media host's name is resolved: refused unless allowed and every address is allowed. */
    private static final class CheckedResolver implements DnsResolver {
        private final MediaFetchPolicy policy;
        private final Resolver resolver;

        CheckedResolver(MediaFetchPolicy policy, Resolver resolver) {
            this.policy = policy;
            this.resolver = resolver;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            if (!policy.hostAllowed(host)) {
                throw new UnknownHostException("the host " + host + " is not on the allow-list (mediaAllowedHosts)");
            }
            InetAddress[] addresses = resolver.resolve(host);
            if (addresses == null || addresses.length == 0) {
                // never null: HttpClient 5.5 would then resolve the name again, unchecked
                throw new UnknownHostException(host);
            }
            for (InetAddress address : addresses) {
                if (!policy.addressAllowed(address)) {
                    throw new NotPublicAddressException(host);
                }
            }
            return addresses;
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }

    private static final class NotPublicAddressException extends UnknownHostException {
        NotPublicAddressException(String host) {
            super("the host " + host + " resolves to a non-public address (mediaAllowNonPublicAddresses)");
        }
    }

    private static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long size, int maxSize) {
            super("the media has " + (size < 0 ? "more" : Long.toString(size)) + " bytes, over the " + maxSize
                  + " allowed (mediaMaxFetchSize)");
        }
    }

    private record Answer(int status, String location, String contentType, String contentDisposition, byte[] body) {
    }

    /** The answer with a body of at most maxSize bytes: refused from a declared length before reading, or once over. */
    private static final class BoundedBody extends AbstractBinResponseConsumer<Answer> {
        private final int maxSize;
        private HttpResponse head;
        private ContentType contentType;
        private ByteArrayOutputStream body = new ByteArrayOutputStream();

        BoundedBody(int maxSize) {
            this.maxSize = maxSize;
        }

        @Override
        protected void start(HttpResponse response, ContentType contentType) throws IOException {
            this.head = response;
            this.contentType = contentType;
            Header length = response.getFirstHeader("Content-Length");
            if (length != null) {
                try {
                    long declared = Long.parseLong(length.getValue().trim());
                    if (declared > maxSize) {
                        throw new BodyTooLargeException(declared, maxSize);
                    }
                } catch (NumberFormatException e) {
                    // the transfer's own bound applies
                }
            }
        }

        @Override
        protected int capacityIncrement() {
            return 64 * 1024;
        }

        @Override
        protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
            if (body.size() + src.remaining() > maxSize) {
                throw new BodyTooLargeException(-1, maxSize);
            }
            byte[] chunk = new byte[src.remaining()];
            src.get(chunk);
            body.write(chunk);
        }

        @Override
        protected Answer buildResult() {
            Header location = head.getFirstHeader("Location");
            Header disposition = head.getFirstHeader("Content-Disposition");
            return new Answer(head.getCode(), location == null ? null : location.getValue(),
                    contentType == null ? null : contentType.toString(),
                    disposition == null ? null : disposition.getValue(), body.toByteArray());
        }

        @Override
        public void releaseResources() {
            body = new ByteArrayOutputStream(0);
        }
    }
}
