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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The media store's rules on a fake clock: a file is served under an unguessable token as often as allowed and until
 * it expires, to the nanosecond; memory, disk and the number of files stay within their bounds, a file beyond them is
 * refused with nothing kept, and every spilled file is deleted once its file is gone and its last reader closed.
 */
class MediaStoreTest {

    private static final long KB = 1024;
    private static final Duration EXPIRY = Duration.ofMinutes(10);

    @TempDir
    Path spill;

    private final AtomicLong now = new AtomicLong(1_000);

    private MediaStore store(long maxFileSize, long maxMemory, long maxStoreSize, int maxFiles, int maxFetches) {
        return new MediaStore(new MediaStore.Settings(maxFileSize, maxMemory, maxStoreSize, maxFiles, EXPIRY, maxFetches,
                spill.resolve("media")), now::get);
    }

    private MediaStore store() {
        return store(1024 * KB, 512 * KB, 4096 * KB, 100, 2);
    }

    private static byte[] bytes(int size, int seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static MediaContent pdf(byte[] bytes) {
        return new MediaContent(new ByteArrayInputStream(bytes), bytes.length, "application/pdf", "invoice.pdf");
    }

    /** A stream that does not say its length, as a body from a socket or a pipe. */
    private static MediaContent streamed(byte[] bytes) {
        return new MediaContent(new ByteArrayInputStream(bytes), -1, "image/png", "chart.png");
    }

    private static byte[] get(MediaStore store, String token) throws IOException {
        Optional<MediaStore.Fetch> fetch = store.open(token, true);
        if (fetch.isEmpty()) {
            return null;
        }
        try (MediaStore.Fetch f = fetch.get()) {
            return f.stream().readAllBytes();
        }
    }

    private long spilledFiles() throws IOException {
        Path dir = spill.resolve("media");
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void aFileIsServedAsOftenAsAllowedAndThenForgotten() throws Exception {
        MediaStore store = store();
        byte[] invoice = bytes(200 * 1024, 1);
        PublishedMedia published = store.publish(pdf(invoice));
        assertEquals(new PublishedMedia(published.token(), invoice.length, "application/pdf", "invoice.pdf"), published);

        try (MediaStore.Fetch head = store.open(published.token(), false).orElseThrow()) {
            assertNull(head.stream(), "a HEAD reads nothing");
            assertEquals(invoice.length, head.media().size());
        }
        assertArrayEquals(invoice, get(store, published.token()), "the first GET");
        assertArrayEquals(invoice, get(store, published.token()), "the second: HEAD did not count");
        assertNull(get(store, published.token()), "used up");
        assertTrue(store.open(published.token(), false).isEmpty(), "nor a HEAD after");
        assertEquals(0, store.files());
        assertEquals(0, store.memoryHeld(), "its bytes released");
        assertEquals(0, store.storeHeld());
    }

    @Test
    void aFileExpiresAtItsExpiryAndNotANanosecondBefore() throws Exception {
        MediaStore store = store();
        PublishedMedia early = store.publish(pdf(bytes(10, 2)));
        now.addAndGet(EXPIRY.toNanos() - 1);
        assertTrue(store.open(early.token(), false).isPresent(), "a nanosecond before");
        now.incrementAndGet();
        assertTrue(store.open(early.token(), false).isEmpty(), "at its expiry");

        PublishedMedia swept = store.publish(pdf(bytes(10, 3)));
        now.addAndGet(EXPIRY.toNanos());
        assertEquals(1, store.evictExpired(), "the sweep finds it without a request");
        assertEquals(0, store.storeHeld());
        assertTrue(store.open(swept.token(), true).isEmpty());
    }

    @Test
    void tokensAreUnguessableAndAWrongOneFindsNothing() throws Exception {
        MediaStore store = store(1024 * KB, 512 * KB, 4096 * KB, 1000, 2);
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String token = store.publish(pdf(new byte[0])).token();
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), "256 random bits, URL-safe: " + token);
            tokens.add(token);
        }
        assertEquals(500, tokens.size());
        String one = tokens.iterator().next();
        char last = one.charAt(one.length() - 1);
        assertTrue(store.open(one.substring(0, 42) + (last == 'A' ? 'B' : 'A'), true).isEmpty(), "one character off");
        assertTrue(store.open("", true).isEmpty());
        assertTrue(store.open(null, true).isEmpty());
        assertFalse(new PublishedMedia(one, 1, "a/b", "f").toString().contains(one), "never in a log line");
    }

    @Test
    void beyondTheMemoryBoundFilesSpillToDiskAndTheDirectoryIsEmptyOnceTheyAreGone() throws Exception {
        MediaStore store = store(1024 * KB, 512 * KB, 8192 * KB, 100, 1);
        List<PublishedMedia> published = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            byte[] content = bytes(200 * 1024, 10 + i);
            contents.add(content);
            published.add(store.publish(i % 2 == 0 ? pdf(content) : streamed(content)));
            assertTrue(store.memoryHeld() <= 512 * KB, "memory within its bound: " + store.memoryHeld());
        }
        assertEquals(400 * KB, store.memoryHeld(), "two in memory: a third would pass the bound");
        assertEquals(4, spilledFiles(), "four on disk");
        assertEquals(1200 * KB, store.storeHeld());

        for (int i = 0; i < 6; i++) {
            assertArrayEquals(contents.get(i), get(store, published.get(i).token()), "file " + i);
        }
        assertEquals(0, spilledFiles(), "each spilled file deleted after its last fetch");
        assertEquals(0, store.memoryHeld());
        assertEquals(0, store.storeHeld());
    }

    @Test
    void aSpilledFileBeingReadWhenItExpiresIsDeletedOnceItsReaderCloses() throws Exception {
        MediaStore store = store(1024 * KB, 0, 8192 * KB, 100, 3);
        byte[] content = bytes(300 * 1024, 4);
        PublishedMedia published = store.publish(pdf(content));
        assertEquals(1, spilledFiles());

        MediaStore.Fetch reading = store.open(published.token(), true).orElseThrow();
        byte[] start = reading.stream().readNBytes(1000);
        now.addAndGet(EXPIRY.toNanos());
        assertEquals(1, store.evictExpired());
        assertTrue(store.open(published.token(), true).isEmpty(), "no new fetch after its expiry");
        assertEquals(1, spilledFiles(), "still being read");
        byte[] rest = reading.stream().readAllBytes();
        reading.close();
        assertEquals(content.length, start.length + rest.length);
        assertEquals(0, spilledFiles());
        assertEquals(0, store.storeHeld());
    }

    @Test
    void aFileOverTheSizeBoundIsRefusedWithNothingKeptWhetherItsLengthIsKnownOrNot() throws Exception {
        MediaStore store = store(100 * KB, 50 * KB, 4096 * KB, 100, 1);
        MediaLimitException known = assertThrows(MediaLimitException.class, () -> store.publish(pdf(new byte[150 * 1024])));
        assertEquals(MediaLimitException.Limit.FILE_SIZE, known.limit());
        assertTrue(known.getMessage().contains("153600 bytes, over the 102400 allowed"), known.getMessage());

        MediaLimitException streamed = assertThrows(MediaLimitException.class,
                () -> store.publish(streamed(new byte[150 * 1024])));
        assertEquals(MediaLimitException.Limit.FILE_SIZE, streamed.limit());
        assertEquals(0, store.files());
        assertEquals(0, store.memoryHeld(), "what was read before the bound was released");
        assertEquals(0, store.storeHeld());
        assertEquals(0, spilledFiles(), "and what was spilled deleted");
    }

    @Test
    void theStoreAndTheNumberOfFilesAreBounded() throws Exception {
        MediaStore store = store(1024 * KB, 100 * KB, 500 * KB, 3, 1);
        store.publish(pdf(bytes(200 * 1024, 5)));
        store.publish(streamed(bytes(200 * 1024, 6)));
        MediaLimitException full = assertThrows(MediaLimitException.class, () -> store.publish(streamed(bytes(200 * 1024, 7))));
        assertEquals(MediaLimitException.Limit.STORE_SIZE, full.limit());
        assertEquals(400 * KB, store.storeHeld(), "the refused file's bytes are not kept");
        assertEquals(2, spilledFiles());

        store.publish(pdf(new byte[10]));
        MediaLimitException count = assertThrows(MediaLimitException.class, () -> store.publish(pdf(new byte[10])));
        assertEquals(MediaLimitException.Limit.FILE_COUNT, count.limit());
    }

    @Test
    void aStreamThatFailsLeavesNothingBehind() throws Exception {
        MediaStore store = store(1024 * KB, 10 * KB, 4096 * KB, 100, 1);
        InputStream failing = new InputStream() {
            private int left = 100 * 1024;

            @Override
            public int read() throws IOException {
                if (left == 0) {
                    throw new IOException("the sender went away");
                }
                left--;
                return 'x';
            }
        };
        assertThrows(IOException.class, () -> store.publish(new MediaContent(failing, -1, "text/plain", "a.txt")));
        assertEquals(0, store.files());
        assertEquals(0, store.storeHeld());
        assertEquals(0, store.memoryHeld());
        assertEquals(0, spilledFiles());
    }

    @Test
    void closingForgetsEveryFileAndRefusesNewOnes() throws Exception {
        MediaStore store = store(1024 * KB, 100 * KB, 4096 * KB, 100, 5);
        PublishedMedia inMemory = store.publish(pdf(bytes(50 * 1024, 8)));
        PublishedMedia onDisk = store.publish(pdf(bytes(200 * 1024, 9)));
        MediaStore.Fetch reading = store.open(onDisk.token(), true).orElseThrow();
        store.close();

        assertTrue(store.open(inMemory.token(), true).isEmpty());
        assertThrows(IllegalStateException.class, () -> store.publish(pdf(new byte[1])));
        assertEquals(1, spilledFiles(), "the one being read stays until its reader closes");
        assertEquals(200 * 1024, reading.stream().readAllBytes().length);
        reading.close();
        assertEquals(0, spilledFiles());
        assertEquals(0, store.storeHeld());
        assertEquals(0, store.memoryHeld());
    }

    @Test
    void aFileFetchedAsOftenAsAllowedLeavesNothingOnTheHeap() throws Exception {
        MediaStore store = store(8192 * KB, 8192 * KB, 8192 * KB, 100, 1);
        PublishedMedia media = store.publish(pdf(bytes(4096 * (int) KB, 21)));
        java.lang.ref.WeakReference<byte[]> held = fetchOnce(store, media.token());

        assertEquals(0, store.memoryHeld());
        // nothing of the store still refers to the bytes: the collector takes them
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            System.gc();
            return held.get() == null;
        });
    }

    /** In a frame of its own, so that no local of the test's still refers to the fetch once it returned. */
    private static java.lang.ref.WeakReference<byte[]> fetchOnce(MediaStore store, String token) throws IOException {
        try (MediaStore.Fetch fetch = store.open(token, true).orElseThrow()) {
            assertEquals(4096 * KB, fetch.stream().readAllBytes().length);
            return new java.lang.ref.WeakReference<>(fetch.memory());
        }
    }

    @Test
    void aWithdrawnFileIsGoneAndReleased() throws Exception {
        MediaStore store = store(1024 * KB, 16 * KB, 4096 * KB, 100, 2);
        PublishedMedia spilled = store.publish(pdf(bytes(100 * (int) KB, 22)));

        assertTrue(store.withdraw(spilled.token()));

        assertFalse(store.withdraw(spilled.token()), "withdrawn once");
        assertNull(get(store, spilled.token()));
        assertEquals(0, store.storeHeld());
        try (Stream<Path> left = Files.list(spill.resolve("media"))) {
            assertEquals(List.of(), left.toList());
        }
    }
}
