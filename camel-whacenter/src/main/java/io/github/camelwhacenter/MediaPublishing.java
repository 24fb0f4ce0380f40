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
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

import io.github.camelwhacenter.media.MediaLimitException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExtendedStartupListener;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.service.ServiceHelper;

/**
 * How one producer publishes the files its routes send as bytes: through the {@code mediaPublisher} bean or endpoint,
 * else the component's own server when {@code mediaPublicUrl} is set; else a file fails its send, naming both options.
 */
final class MediaPublishing implements AutoCloseable {

    /** The header a publishing route reads the file's size from, when known. */
    static final String MEDIA_SIZE = "CamelWhacenterMediaSize";

    private final WhacenterMediaPublisher custom;
    private final MediaServer server;
    private final WhacenterConfiguration configuration;
    private final ProducerTemplate template;
    private final String uri;

    private MediaPublishing(WhacenterMediaPublisher custom, MediaServer server, WhacenterConfiguration configuration,
                            ProducerTemplate template, String uri) {
        this.custom = custom;
        this.server = server;
        this.configuration = configuration;
        this.template = template;
        this.uri = uri;
    }

    /**
     * @param configuration the endpoint's options
     * @param servers       the component's own media server, asked for only when mediaPublicUrl is set
     * @throws IllegalStateException when mediaPublicUrl is set but no HTTP server can serve the files
     */
    static MediaPublishing start(WhacenterConfiguration configuration, CamelContext context, Supplier<MediaServer> servers) {
        Object publisher = configuration.getMediaPublisher();
        if (configuration.getMediaMaxFetches() < 1 || configuration.getMediaExpiry() <= 0
                || configuration.getMediaMaxFileSize() < 1) {
            throw new IllegalArgumentException("mediaMaxFetches must be at least 1, mediaExpiry positive and "
                                               + "mediaMaxFileSize at least 1");
        }
        if (publisher instanceof WhacenterMediaPublisher bean) {
            return new MediaPublishing(bean, null, configuration, null, null);
        }
        if (publisher instanceof String uri && !uri.isBlank()) {
            // resolved now, so that a wrong URI fails the start rather than the first send
            context.getEndpoint(uri);
            ProducerTemplate template = context.createProducerTemplate();
            ServiceHelper.startService(template);
            return new MediaPublishing(null, null, configuration, template, uri);
        }
        if (publisher != null) {
            throw new IllegalArgumentException("mediaPublisher must be a " + WhacenterMediaPublisher.class.getName()
                                               + " bean or an endpoint URI, not a " + publisher.getClass().getName());
        }
        if (configuration.getMediaPublicUrl() == null || configuration.getMediaPublicUrl().isBlank()) {
            return new MediaPublishing(null, null, configuration, null, null);
        }
        URI base = URI.create(configuration.getMediaPublicUrl());
        if (!("http".equals(base.getScheme()) || "https".equals(base.getScheme())) || base.getHost() == null
                || base.getRawQuery() != null || base.getRawUserInfo() != null) {
            throw new IllegalArgumentException("mediaPublicUrl must be the http or https URL the gateway reaches this "
                                               + "application at, such as https://app.example.com, without query or "
                                               + "credentials");
        }
        MediaServer server = servers.get();
        if (context.isStarted()) {
            server.start(context);
        } else {
            // a route's producer starts before the context's HTTP server: the path is bound once the context started,
            // and a failure fails the context's start
            try {
                context.addStartupListener(new ExtendedStartupListener() {
                    @Override
                    public void onCamelContextStarted(CamelContext started, boolean alreadyStarted) {
                    }

                    @Override
                    public void onCamelContextFullyStarted(CamelContext started, boolean alreadyStarted) {
                        server.start(started);
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return new MediaPublishing(null, server, configuration, null, null);
    }

    /**
     * @return the URL to send as the message's file
     * @throws WhacenterMediaPublishException naming the option at fault; the stream is closed either way
     */
    String publish(String operation, WhacenterMediaFile file) {
        try (InputStream stream = file.getStream()) {
            String url;
            if (custom != null) {
                url = custom.publish(file);
            } else if (template != null) {
                url = publishTo(file);
            } else if (server != null) {
                url = server.publish(file, configuration.getMediaPublicUrl(), Duration.ofMillis(configuration.getMediaExpiry()),
                        configuration.getMediaMaxFetches(), configuration.getMediaMaxFileSize());
            } else {
                throw new WhacenterMediaPublishException(operation, "the body is a file (" + file + "), and the gateway "
                        + "takes files only by URL: set mediaPublicUrl to serve it from this application's HTTP server, "
                        + "or mediaPublisher to publish it elsewhere", null);
            }
            return checked(operation, url);
        } catch (WhacenterException e) {
            throw e;
        } catch (MediaLimitException e) {
            throw new WhacenterMediaPublishException(operation, "the file " + file.getFileName() + " was not published: "
                    + e.getMessage() + " (" + optionOf(e.limit()) + ")", e);
        } catch (IOException e) {
            throw new WhacenterMediaPublishException(operation, "the file " + file.getFileName()
                    + " could not be read: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new WhacenterMediaPublishException(operation, "the mediaPublisher failed to publish "
                    + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The send of a file this producer published failed: the component's server releases it now. */
    void sendFailed(String url) {
        if (server != null) {
            server.withdraw(url);
        }
    }

    boolean isBuiltIn() {
        return server != null;
    }

    private String publishTo(WhacenterMediaFile file) throws Exception {
        Exchange exchange = new DefaultExchange(template.getCamelContext());
        exchange.getMessage().setBody(file.getStream());
        exchange.getMessage().setHeader(Exchange.FILE_NAME, file.getFileName());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, file.getContentType());
        if (file.getSize() >= 0) {
            exchange.getMessage().setHeader(MEDIA_SIZE, file.getSize());
        }
        Exchange done = template.send(uri, exchange);
        if (done.getException() != null) {
            throw done.getException();
        }
        return done.getMessage().getBody(String.class);
    }

    private static String checked(String operation, String url) {
        URI parsed;
        try {
            parsed = url == null ? null : URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            parsed = null;
        }
        if (parsed == null || !("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme()))
                || parsed.getHost() == null) {
            throw new WhacenterMediaPublishException(operation, "the mediaPublisher answered "
                    + (url == null ? "nothing" : "'" + url + "'")
                    + " where the gateway needs an absolute http or https URL to fetch the file from", null);
        }
        return parsed.toString();
    }

    private static String optionOf(MediaLimitException.Limit limit) {
        return switch (limit) {
            case FILE_SIZE -> "mediaMaxFileSize";
            case STORE_SIZE -> "the component's mediaMaxStoreSize";
            case FILE_COUNT -> "the component's mediaMaxFiles";
        };
    }

    @Override
    public void close() {
        ServiceHelper.stopService(template);
    }
}
