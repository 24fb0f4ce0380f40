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

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.media.MediaContent;
import io.github.camelwhacenter.media.MediaLimitException;
import io.github.camelwhacenter.media.MediaRequests;
import io.github.camelwhacenter.media.MediaStore;
import io.github.camelwhacenter.media.PublishedMedia;
import io.github.camelwhacenter.media.VertxMediaEngine;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.apache.camel.component.platform.http.spi.PlatformHttpEngine;
import org.apache.camel.spi.HeaderFilterStrategy;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The component's own media publisher: files routes send as bytes, held in a {@link MediaStore} and served under
 * {@code mediaPath} on the application's platform-http server, the one the webhook uses. Started by the first producer
 * that publishes through it, stopped with the component; one per component, since the path is.
 */
final class MediaServer {

    private static final Logger LOG = LoggerFactory.getLogger(MediaServer.class);
    static final String NO_HTTP_SERVER = "publishing a file sent as bytes needs camel-platform-http with an HTTP engine "
                                         + "(camel-platform-http-main with camel.server.enabled=true, "
                                         + "camel-platform-http-starter or camel-platform-http-vertx), since the gateway "
                                         + "fetches it from this application; or set mediaPublisher to publish it elsewhere";
    private static final long SWEEP_MILLIS = 30_000;

    /**
     * The component's options for the server.
     *
     * @param path           where files are served, e.g. {@code /whacenter/media}
     * @param maxMemory      mediaMaxMemory
     * @param maxStoreSize   mediaMaxStoreSize
     * @param maxFiles       mediaMaxFiles
     * @param spillDirectory mediaSpillDirectory; null for a new directory in java.io.tmpdir
     */
    record Settings(String path, long maxMemory, long maxStoreSize, int maxFiles, String spillDirectory) {
    }

    private final Settings settings;
    private MediaStore store;
    private Path spillDirectory;
    private Consumer httpConsumer;
    private ScheduledExecutorService sweeper;
    private CamelContext context;

    MediaServer(Settings settings) {
        this.settings = settings;
    }

    /**
     * Serves the path from now on; does nothing when it already does.
     *
     * @throws IllegalStateException naming the options when there is no HTTP server to serve it on
     */
    synchronized void start(CamelContext camelContext) {
        if (store != null) {
            return;
        }
        if (!settings.path().startsWith("/") || settings.path().length() < 2) {
            throw new IllegalArgumentException("mediaPath must be a path below the server's root, such as /whacenter/media, "
                                               + "not " + settings.path());
        }
        if (settings.maxMemory() < 0 || settings.maxStoreSize() < 1 || settings.maxFiles() < 1) {
            throw new IllegalArgumentException("mediaMaxMemory may not be negative, and mediaMaxStoreSize and mediaMaxFiles "
                                               + "must be at least 1");
        }
        context = camelContext;
        spillDirectory = settings.spillDirectory() != null ? Path.of(settings.spillDirectory())
                : Path.of(System.getProperty("java.io.tmpdir"), "camel-whacenter-media-" + UUID.randomUUID());
        MediaStore newStore = new MediaStore(new MediaStore.Settings(settings.maxStoreSize(), settings.maxMemory(),
                settings.maxStoreSize(), settings.maxFiles(), Duration.ofDays(1), 1, spillDirectory), System::nanoTime);
        MediaRequests requests = new MediaRequests(newStore, settings.path());
        try {
            Component platformHttp = camelContext.getComponent("platform-http", true);
            if (platformHttp == null) {
                throw new IllegalStateException("camel-platform-http is not on the classpath");
            }
            PlatformHttpEndpoint http = camelContext.getEndpoint("platform-http:" + settings.path()
                                                                 + "?matchOnUriPrefix=true&httpMethodRestrict=GET,HEAD",
                    PlatformHttpEndpoint.class);
            PlatformHttpEngine vertx = VertxEngines.ownEngine(camelContext, platformHttp,
                    engine -> new VertxMediaEngine(engine, requests));
            http.setPlatformHttpEngine(vertx);
            http.setHeaderFilterStrategy(new AnswerHeaders());
            httpConsumer = http.createConsumer(exchange -> answer(requests, exchange));
            ServiceHelper.startService(httpConsumer);
        } catch (Exception e) {
            ServiceHelper.stopAndShutdownService(httpConsumer);
            httpConsumer = null;
            newStore.close();
            throw new IllegalStateException(NO_HTTP_SERVER + " (" + e.getMessage() + ")", e);
        }
        store = newStore;
        sweeper = camelContext.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "WhacenterMediaExpiry");
        sweeper.scheduleWithFixedDelay(store::evictExpired, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
        LOG.info("Serving the files routes send as bytes on path {}", settings.path());
    }

    /** Forgets every file and stops serving the path: a fetch under way finishes, any later one is answered 404. */
    synchronized void stop() {
        MediaStore current = store;
        store = null;
        try {
            ServiceHelper.stopAndShutdownService(httpConsumer);
        } finally {
            httpConsumer = null;
            if (sweeper != null) {
                context.getExecutorServiceManager().shutdownNow(sweeper);
                sweeper = null;
            }
            if (current != null) {
                current.close();
                if (settings.spillDirectory() == null) {
                    try {
                        // empty unless a fetch still reads a file; then the file goes once its reader closes
                        Files.deleteIfExists(spillDirectory);
                    } catch (IOException e) {
                        LOG.debug("The media spill directory was not removed: {}", e.toString());
                    }
                }
            }
        }
    }

    /**
     * Holds the file and answers its URL.
     *
     * @param publicUrl the base URL the gateway reaches this application at
     */
    String publish(WhacenterMediaFile file, String publicUrl, Duration expiry, int maxFetches, long maxFileSize)
            throws IOException, MediaLimitException {
        MediaStore current;
        synchronized (this) {
            current = store;
        }
        if (current == null) {
            throw new IllegalStateException("the component's media publisher is stopped");
        }
        PublishedMedia media;
        try (InputStream stream = file.getStream()) {
            media = current.publish(new MediaContent(stream, file.getSize(), file.getContentType(), file.getFileName()),
                    expiry, maxFetches, maxFileSize);
        }
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + settings.path() + "/" + media.token();
    }

    /** Forgets the file published at this URL, if it is still held. */
    void withdraw(String url) {
        MediaStore current;
        synchronized (this) {
            current = store;
        }
        if (current != null && url != null) {
            current.withdraw(url.substring(url.lastIndexOf('/') + 1));
        }
    }

    /** For the dev console and JMX: what is held now. */
    synchronized Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("path", settings.path());
        report.put("serving", store != null);
        if (store != null) {
            report.put("files", store.files());
            report.put("memoryBytes", store.memoryHeld());
            report.put("storedBytes", store.storeHeld());
        }
        return report;
    }

    /** The store, for tests that measure what it holds. */
    synchronized MediaStore store() {
        return store;
    }

    synchronized Path spillDirectory() {
        return spillDirectory;
    }

    /** On an engine other than the media engine on Vert.x: answered through platform-http's binding. */
    private static void answer(MediaRequests requests, Exchange exchange) throws IOException {
        Message message = exchange.getMessage();
        String uri = message.getHeader(Exchange.HTTP_URI, String.class);
        MediaRequests.Answer answer = requests.answer(message.getHeader(Exchange.HTTP_METHOD, String.class),
                uri != null ? uri : message.getHeader(Exchange.HTTP_PATH, String.class));
        message.getHeaders().clear();
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, answer.status());
        answer.headers().forEach(message::setHeader);
        MediaStore.Fetch fetch = answer.fetch();
        if (fetch == null) {
            message.setBody(answer.text());
            return;
        }
        exchange.getExchangeExtension().addOnCompletion(new org.apache.camel.support.SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                try {
                    fetch.close();
                } catch (IOException e) {
                    LOG.debug("Closing a published file's reader failed: {}", e.toString());
                }
            }
        });
        message.setBody(fetch.stream());
    }

    /** Lets a file's headers out, Cache-Control among them (Camel's HTTP filter would drop it), and nothing else. */
    private static final class AnswerHeaders implements HeaderFilterStrategy {
        private static final Set<String> OUT = Set.of("content-type", "content-length", "content-disposition",
                "cache-control", "x-content-type-options", "allow");

        @Override
        public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
            return !OUT.contains(headerName.toLowerCase(Locale.ROOT));
        }

        @Override
        public boolean applyFilterToExternalHeaders(String headerName, Object headerValue, Exchange exchange) {
            return false;
        }
    }
}
