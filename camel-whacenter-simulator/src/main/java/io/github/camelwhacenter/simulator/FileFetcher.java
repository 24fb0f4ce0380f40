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
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * Fetches the {@code file} URL of a send, as the gateway does before it sends the file on, and records what it got.
 * Only URLs on this machine's loopback are fetched (the component's published files, a test's server): the simulator
 * sends nothing off the machine, so a URL elsewhere is recorded as not fetched. Redirects are not followed; the body
 * is read up to {@link #MAX_SIZE} bytes.
 */
final class FileFetcher {

    /** The most the simulator reads of a file: the gateway's documented limit for a document is far below. */
    static final long MAX_SIZE = 64L * 1024 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final BoundedHistory<FetchedFile> fetched;
    private volatile HttpClient client;

    FileFetcher(int historyLimit) {
        this.fetched = new BoundedHistory<>(historyLimit);
    }

    FetchedFile fetch(long messageId, String url) {
        FetchedFile result;
        try {
            URI uri = URI.create(url);
            String refusal = refusal(uri);
            result = refusal != null ? new FetchedFile(messageId, url, 0, -1, null, null, refusal) : get(messageId, url, uri);
        } catch (IllegalArgumentException e) {
            result = new FetchedFile(messageId, url, 0, -1, null, null, "not a URL");
        } catch (IOException e) {
            result = new FetchedFile(messageId, url, 0, -1, null, null, "the fetch failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = new FetchedFile(messageId, url, 0, -1, null, null, "interrupted");
        }
        fetched.add(result);
        return result;
    }

    List<FetchedFile> fetched() {
        return fetched.snapshot();
    }

    void clear() {
        fetched.clear();
    }

    void setLimit(int limit) {
        fetched.setLimit(limit);
    }

    /** Null when the URL is an http(s) URL on loopback, else why it is not fetched. */
    private static String refusal(URI uri) {
        String scheme = uri.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            return "not fetched: not an http or https URL";
        }
        String host = uri.getHost();
        if (host == null) {
            return "not fetched: no host";
        }
        // judged from the URL alone: a name other than localhost is not even looked up, so nothing leaves the machine
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        boolean loopback;
        if (name.equalsIgnoreCase("localhost")) {
            loopback = true;
        } else if (name.matches("[0-9.]+") || name.contains(":")) {
            try {
                loopback = InetAddress.getByName(name).isLoopbackAddress();
            } catch (IOException e) {
                loopback = false;
            }
        } else {
            loopback = false;
        }
        if (!loopback) {
            return "not fetched: the simulator fetches files from loopback only";
        }
        return null;
    }

    private FetchedFile get(long messageId, String url, URI uri) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = client().send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        MessageDigest sha256 = sha256();
        long size = 0;
        try (InputStream body = response.body()) {
            byte[] chunk = new byte[64 * 1024];
            for (int n = body.read(chunk); n >= 0; n = body.read(chunk)) {
                size += n;
                if (size > MAX_SIZE) {
                    return new FetchedFile(messageId, url, response.statusCode(), -1, contentType, null,
                            "more than " + MAX_SIZE + " bytes");
                }
                sha256.update(chunk, 0, n);
            }
        }
        return new FetchedFile(messageId, url, response.statusCode(), size, contentType,
                HexFormat.of().formatHex(sha256.digest()), null);
    }

    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    // HTTP/1.1, as the gateway's fetcher: the JDK's default tries h2c by upgrade on http URLs, and
                    // then now and then misreads a large answer from a Vert.x server (Camel Main's)
                    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(TIMEOUT).build();
                }
                current = client;
            }
        }
        return current;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
