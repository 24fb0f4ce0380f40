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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fetching a media URL a request carried, against servers on loopback that count the connections made to them: what
 * the policy refuses is refused before any connection, the first URL's and every redirect's alike, and what it allows
 * arrives whole, within its bounds, with nothing of ours sent along.
 */
class MediaFetcherTest {

    /** A name the tests resolve themselves, to loopback: a public-looking host that points inside. */
    private static final String MEDIA_HOST = "media.gateway.test";

    private final Server media = new Server();
    private final Server elsewhere = new Server();

    @BeforeEach
    void start() throws IOException {
        media.start();
        elsewhere.start();
    }

    @AfterEach
    void stop() throws IOException {
        media.close();
        elsewhere.close();
    }

    private static MediaFetchPolicy policy(boolean allowNonPublic, String... hosts) {
        return new MediaFetchPolicy(Set.of(hosts), allowNonPublic, 64 * 1024, 2, Duration.ofSeconds(10));
    }

    /** Resolves the test's media host to loopback and an address literal to itself, as the system does; no other name. */
    private static InetAddress[] resolve(String host) throws java.net.UnknownHostException {
        if (host.equals(MEDIA_HOST)) {
            return new InetAddress[] { InetAddress.getLoopbackAddress() };
        }
        if (host.matches("[0-9.]+|.*:.*")) {
            // a literal is parsed, never looked up
            return InetAddress.getAllByName(host);
        }
        throw new java.net.UnknownHostException(host);
    }

    private static MediaFetchException refusal(MediaFetcher fetcher, String url) {
        CompletionException e = assertThrows(CompletionException.class, () -> fetcher.fetch(url).join());
        return assertInstanceOf(MediaFetchException.class, e.getCause());
    }

    @Test
    void anAllowedHostsMediaArrivesWholeWithItsTypeAndNameAndNothingOfOurs() throws Exception {
        byte[] png = new byte[40_000];
        new java.util.Random(1).nextBytes(png);
        media.serve("/api/media", 200, Map.of("Content-Type", "image/png", "Content-Disposition",
                "inline; filename=\"../../chart.png\""), png);
        try (MediaFetcher fetcher = new MediaFetcher(policy(true, MEDIA_HOST), MediaFetcherTest::resolve)) {
            FetchedMedia fetched = fetcher.fetch("http://" + MEDIA_HOST + ":" + media.port() + "/api/media?path=a/b.png")
                    .get(10, TimeUnit.SECONDS);
            assertArrayEquals(png, fetched.bytes());
            assertEquals("image/png", fetched.contentType());
            assertEquals("chart.png", fetched.fileName(), "no directory from the server's name");
        }
        String head = media.heads.get(0).toLowerCase(java.util.Locale.ROOT);
        assertTrue(head.startsWith("get /api/media?path=a/b.png http/1.1"), head);
        assertFalse(head.contains("authorization") || head.contains("cookie") || head.contains("token"), head);
    }

    @Test
    void aHostOffTheAllowListIsRefusedWithoutAConnection() throws Exception {
        try (MediaFetcher fetcher = new MediaFetcher(policy(true, MEDIA_HOST), MediaFetcherTest::resolve)) {
            MediaFetchException refused = refusal(fetcher, "http://127.0.0.1:" + elsewhere.port() + "/x.png");
            assertEquals(MediaFetchException.Reason.NOT_ALLOWED, refused.reason());
            assertTrue(refused.getMessage().contains("mediaAllowedHosts"), refused.getMessage());
            assertEquals(MediaFetchException.Reason.NOT_ALLOWED,
                    refusal(fetcher, "file:///etc/passwd").reason(), "only http and https");
            assertEquals(MediaFetchException.Reason.NOT_ALLOWED,
                    refusal(fetcher, "http://user:secret@" + MEDIA_HOST + ":" + media.port() + "/x").reason(),
                    "no user in the URL");
        }
        assertEquals(0, elsewhere.connections.get());
        assertEquals(0, media.connections.get());
    }

    @Test
    void aNameThatResolvesToANonPublicAddressIsRefusedWithoutAConnection() throws Exception {
        try (MediaFetcher fetcher = new MediaFetcher(policy(false, MEDIA_HOST, "127.0.0.1"), MediaFetcherTest::resolve)) {
            MediaFetchException byName = refusal(fetcher, "http://" + MEDIA_HOST + ":" + media.port() + "/x.png");
            assertEquals(MediaFetchException.Reason.NOT_PUBLIC, byName.reason());
            assertTrue(byName.getMessage().contains("mediaAllowNonPublicAddresses"), byName.getMessage());
            MediaFetchException literal = refusal(fetcher, "http://127.0.0.1:" + media.port() + "/x.png");
            assertEquals(MediaFetchException.Reason.NOT_PUBLIC, literal.reason(), "nor an address literal: " + literal);
        }
        assertEquals(0, media.connections.get());
    }

    @Test
    void aRedirectOffTheAllowListIsRefusedWithoutAConnectionToItAndOneWithinItIsFollowed() throws Exception {
        elsewhere.serve("/stolen", 200, Map.of(), "secret".getBytes(StandardCharsets.UTF_8));
        media.serve("/away", 302, Map.of("Location", "http://127.0.0.1:" + elsewhere.port() + "/stolen"), new byte[0]);
        media.serve("/moved", 301, Map.of("Location", "/here"), new byte[0]);
        media.serve("/here", 200, Map.of("Content-Type", "application/pdf"), "%PDF".getBytes(StandardCharsets.US_ASCII));
        media.serve("/loop", 302, Map.of("Location", "/loop"), new byte[0]);
        try (MediaFetcher fetcher = new MediaFetcher(policy(true, MEDIA_HOST), MediaFetcherTest::resolve)) {
            String base = "http://" + MEDIA_HOST + ":" + media.port();
            assertEquals(MediaFetchException.Reason.NOT_ALLOWED, refusal(fetcher, base + "/away").reason());
            assertEquals("%PDF", new String(fetcher.fetch(base + "/moved").get(10, TimeUnit.SECONDS).bytes(),
                    StandardCharsets.US_ASCII));
            assertEquals(MediaFetchException.Reason.TOO_MANY_REDIRECTS, refusal(fetcher, base + "/loop").reason());
        }
        assertEquals(0, elsewhere.connections.get(), "the redirect's target was never connected to");
    }

    @Test
    void aBodyOverTheBoundIsRefusedWhetherItsLengthIsDeclaredOrNot() throws Exception {
        media.serve("/declared", 200, Map.of(), new byte[100 * 1024]);
        media.serveChunked("/undeclared", new byte[100 * 1024]);
        try (MediaFetcher fetcher = new MediaFetcher(policy(true, MEDIA_HOST), MediaFetcherTest::resolve)) {
            String base = "http://" + MEDIA_HOST + ":" + media.port();
            MediaFetchException declared = refusal(fetcher, base + "/declared");
            assertEquals(MediaFetchException.Reason.TOO_LARGE, declared.reason());
            assertTrue(declared.getMessage().contains("mediaMaxFetchSize"), declared.getMessage());
            assertEquals(MediaFetchException.Reason.TOO_LARGE, refusal(fetcher, base + "/undeclared").reason());
        }
    }

    @Test
    void aServerThatNeverAnswersFailsTheFetchAtItsDeadline() throws Exception {
        media.serveNothing("/slow");
        MediaFetchPolicy quick = new MediaFetchPolicy(Set.of(MEDIA_HOST), true, 1024, 0, Duration.ofMillis(300));
        try (MediaFetcher fetcher = new MediaFetcher(quick, MediaFetcherTest::resolve)) {
            assertEquals(MediaFetchException.Reason.TIMEOUT,
                    refusal(fetcher, "http://" + MEDIA_HOST + ":" + media.port() + "/slow").reason());
        }
    }

    @Test
    void theFileNameComesFromTheServerOrTheUrlWithoutADirectory() {
        URI uri = URI.create("https://api.whacenter.com/api/media/2026/invoice.pdf?path=x");
        assertEquals("invoice.pdf", MediaFetcher.fileName(null, uri));
        assertEquals("a.pdf", MediaFetcher.fileName("attachment; filename=\"..\\\\..\\\\a.pdf\"", uri));
        assertEquals("", MediaFetcher.fileName("attachment; filename=\"..\"", uri));
    }

    @Test
    void onlyPublicAddressesArePublic() throws Exception {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
                "100.64.0.1", "198.18.0.1", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fc00::1", "fd12::1",
                "::ffff:127.0.0.1", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:0a00:0001::1")) {
            assertFalse(MediaFetchPolicy.isPublic(InetAddress.getByName(address)), address);
        }
        for (String address : List.of("8.8.8.8", "1.1.1.1", "2606:4700::1111", "64:ff9b::808:808")) {
            assertTrue(MediaFetchPolicy.isPublic(InetAddress.getByName(address)), address);
        }
    }

    /** An HTTP/1.1 server on loopback that counts the connections made to it and answers each request by its path. */
    private static final class Server implements AutoCloseable {
        final AtomicInteger connections = new AtomicInteger();
        final List<String> heads = new CopyOnWriteArrayList<>();
        private final Map<String, byte[]> answers = new ConcurrentHashMap<>();
        private ServerSocket socket;
        private Thread acceptor;

        void start() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            acceptor = new Thread(this::accept, "media-test-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        void serve(String path, int status, Map<String, String> headers, byte[] body) {
            StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " X\r\nContent-Length: " + body.length
                                                   + "\r\nConnection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            answers.put(path, concat(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1), body));
        }

        void serveChunked(String path, byte[] body) {
            byte[] head = ("HTTP/1.1 200 X\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                           + Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            answers.put(path, concat(concat(head, body), "\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)));
        }

        void serveNothing(String path) {
            answers.put(path, new byte[0]);
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket connection = socket.accept();
                    connections.incrementAndGet();
                    Thread handler = new Thread(() -> answer(connection), "media-test-connection");
                    handler.setDaemon(true);
                    handler.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void answer(Socket connection) {
            try (connection) {
                InputStream in = connection.getInputStream();
                ByteArrayOutputStream head = new ByteArrayOutputStream();
                while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    int b = in.read();
                    if (b < 0) {
                        return;
                    }
                    head.write(b);
                }
                String text = head.toString(StandardCharsets.ISO_8859_1);
                heads.add(text);
                String target = text.substring(text.indexOf(' ') + 1, text.indexOf(' ', text.indexOf(' ') + 1));
                byte[] answer = answers.get(target.contains("?") ? target.substring(0, target.indexOf('?')) : target);
                if (answer == null) {
                    answer = "HTTP/1.1 404 X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.ISO_8859_1);
                }
                if (answer.length == 0) {
                    // never answers: waits for the client to give up
                    in.read();
                    return;
                }
                OutputStream out = connection.getOutputStream();
                out.write(answer);
                out.flush();
            } catch (IOException e) {
                // the client went away
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
