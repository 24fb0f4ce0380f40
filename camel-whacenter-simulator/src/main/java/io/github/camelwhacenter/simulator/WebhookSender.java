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
package io.github.camelwhacenter.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** POSTs webhook bodies and reports what the receiver answered, never throwing for HTTP trouble. */
final class WebhookSender implements AutoCloseable {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final ExecutorService executor = Executors.newCachedThreadPool(new DaemonThreadFactory("whacenter-simulator-webhook"));
    private volatile Duration timeout = DEFAULT_TIMEOUT;
    private HttpClient client;

    void setTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
    }

    /**
     * @param url  the receiver
     * @param body the JSON body (or the collection's almost-JSON)
     * @return the receiver's status and body, or {@code -1} and the error
     */
    WebhookDelivery post(String url, String body) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new WebhookDelivery(-1, "invalid webhook URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new WebhookDelivery(-1, "invalid webhook URL, not http(s): " + url);
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new WebhookDelivery(response.statusCode(), response.body());
        } catch (IOException e) {
            return new WebhookDelivery(-1, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookDelivery(-1, "interrupted");
        } catch (IllegalArgumentException e) {
            return new WebhookDelivery(-1, "invalid webhook URL: " + e.getMessage());
        }
    }

    // Created on first use: most simulators never deliver a webhook and need no client threads.
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    // receivers are local development servers; a system proxy must not intercept them
                    .proxy(HttpClient.Builder.NO_PROXY)
                    .executor(executor)
                    .build();
        }
        return client;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
