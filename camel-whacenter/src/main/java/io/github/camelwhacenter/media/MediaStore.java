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
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import io.github.camelwhacenter.media.MediaLimitException.Limit;

/**
 * The files a route published for the gateway to fetch, each under a random token, until it was fetched as often as
 * allowed or expired. Bounded three ways: the bytes held in memory ({@code maxMemory}; beyond it a file spills to
 * {@code spillDirectory}), the bytes held in memory and on disk together ({@code maxStoreSize}) and the number of files
 * ({@code maxFiles}); a file that would pass the second or third, or {@code maxFileSize}, is refused and nothing of it
 * kept. A file's bytes, in memory or on disk, are released when it is gone and its last reader closed.
 */
public final class MediaStore implements Closeable {

    /**
     * @param maxFileSize    the largest file taken, in bytes
     * @param maxMemory      the bytes of all files held in memory together; beyond it files spill to disk
     * @param maxStoreSize   the bytes of all files held in memory and on disk together
     * @param maxFiles       the files held at once
     * @param expiry         how long a file is served after it was published
     * @param maxFetches     how many GETs a file answers (HEADs do not count)
     * @param spillDirectory where files beyond {@code maxMemory} are written; created when first needed, and the files
     *                       the store wrote there deleted when they are gone and when it closes
     */
    public record Settings(long maxFileSize, long maxMemory, long maxStoreSize, int maxFiles, Duration expiry,
                           int maxFetches, Path spillDirectory) {
    }

    /** Random bytes in a token: 256 bits, far over the 128 the URL needs to be unguessable. */
    private static final int TOKEN_BYTES = 32;
    private static final int CHUNK = 64 * 1024;

    private final Settings settings;
    private final LongSupplier nanoClock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Entry> entries = new HashMap<>();
    private long memoryHeld;
    private long storeHeld;
    /** Files being read in by publish: they count against maxFiles before they are in {@link #entries}. */
    private int incoming;
    private boolean closed;

    public MediaStore(Settings settings, LongSupplier nanoClock) {
        this.settings = settings;
        this.nanoClock = nanoClock;
    }

    /**
     * Reads the content to its end and holds it under a new token.
     *
     * @throws MediaLimitException with nothing kept, when the file would pass a bound
     * @throws IOException         when the content cannot be read or spilled; nothing is kept
     */
    public PublishedMedia publish(MediaContent content) throws IOException, MediaLimitException {
        return publish(content, settings.expiry(), settings.maxFetches(), settings.maxFileSize());
    }

    /**
     * Reads the content to its end and holds it under a new token, with rules of its own within the store's bounds.
     *
     * @param expiry      how long this file is served
     * @param maxFetches  how many GETs it answers
     * @param maxFileSize its largest size, at most the store's own
     * @throws MediaLimitException with nothing kept, when the file would pass a bound
     * @throws IOException         when the content cannot be read or spilled; nothing is kept
     */
    public PublishedMedia publish(MediaContent content, Duration expiry, int maxFetches, long maxFileSize)
            throws IOException, MediaLimitException {
        if (maxFetches < 1 || expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("a file is served at least once, for a positive time");
        }
        long fileLimit = Math.min(maxFileSize, settings.maxFileSize());
        evictExpired();
        if (content.knownLength() > fileLimit) {
            throw tooLarge(content.knownLength(), fileLimit);
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the media store is closed");
            }
            if (entries.size() + incoming >= settings.maxFiles()) {
                throw new MediaLimitException(Limit.FILE_COUNT, "already " + settings.maxFiles()
                        + " files published and not yet fetched or expired");
            }
            incoming++;
        }
        Incoming in = new Incoming(fileLimit);
        try {
            in.read(content.stream());
            Entry entry = new Entry(new PublishedMedia(newToken(), in.size, content.contentType(), content.fileName()),
                    in.memory, in.file, in.memoryReserved, in.storeReserved, nanoClock.getAsLong() + expiry.toNanos(),
                    maxFetches);
            synchronized (this) {
                if (!closed) {
                    incoming--;
                    in.handedOver = true;
                    entries.put(entry.media.token(), entry);
                    return entry.media;
                }
            }
            throw new IllegalStateException("the media store is closed");
        } finally {
            if (!in.handedOver) {
                synchronized (this) {
                    incoming--;
                }
                in.discard();
            }
        }
    }

    /**
     * The file under this token, if it is still served: a GET ({@code fetch}) counts against its fetches and opens its
     * bytes; a HEAD does neither. Close what it returns once the bytes were sent.
     */
    public Optional<Fetch> open(String token, boolean fetch) throws IOException {
        Entry entry;
        boolean expired;
        Path toDelete = null;
        synchronized (this) {
            entry = token == null ? null : entries.get(token);
            if (entry == null) {
                return Optional.empty();
            }
            expired = entry.expired(nanoClock.getAsLong());
            if (expired) {
                entries.remove(token);
                toDelete = forget(entry);
            }
        }
        if (expired) {
            deleteQuietly(toDelete);
            return Optional.empty();
        }
        synchronized (this) {
            if (!fetch) {
                return Optional.of(new Fetch(entry, null));
            }
            if (entry.gone) {
                // used up or expired while this request waited for the lock
                return Optional.empty();
            }
            entry.fetchesLeft--;
            if (entry.fetchesLeft == 0) {
                entries.remove(token);
                entry.gone = true;
            }
            entry.readers++;
        }
        try {
            return Optional.of(new Fetch(entry, entry.memory != null
                    ? new ByteArrayInputStream(entry.memory) : Files.newInputStream(entry.file)));
        } catch (IOException | RuntimeException e) {
            readerDone(entry);
            throw e;
        }
    }

    /** Forgets the files past their expiry (the root calls it on a schedule; publish and open call it too). */
    public int evictExpired() {
        List<Path> toDelete = new ArrayList<>();
        int evicted = 0;
        synchronized (this) {
            long now = nanoClock.getAsLong();
            for (Iterator<Entry> it = entries.values().iterator(); it.hasNext();) {
                Entry entry = it.next();
                if (entry.expired(now)) {
                    it.remove();
                    evicted++;
                    toDelete.add(forget(entry));
                }
            }
        }
        toDelete.forEach(MediaStore::deleteQuietly);
        return evicted;
    }

    /** Forgets every file; those being read are released when their reader closes. */
    @Override
    public void close() {
        List<Path> toDelete = new ArrayList<>();
        synchronized (this) {
            closed = true;
            entries.values().forEach(entry -> toDelete.add(forget(entry)));
            entries.clear();
        }
        toDelete.forEach(MediaStore::deleteQuietly);
    }

    public synchronized int files() {
        return entries.size();
    }

    /** The bytes held in memory, files being read included. */
    public synchronized long memoryHeld() {
        return memoryHeld;
    }

    /** The bytes held in memory and on disk. */
    public synchronized long storeHeld() {
        return storeHeld;
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static MediaLimitException tooLarge(long size, long limit) {
        return new MediaLimitException(Limit.FILE_SIZE, "the file has " + (size > limit ? size : "over " + limit)
                + " bytes, over the " + limit + " allowed");
    }

    /**
     * Forgets a file before it was fetched, e.g. when the send that published it failed; a fetch under way finishes.
     *
     * @return whether the token was held
     */
    public boolean withdraw(String token) {
        Path toDelete;
        synchronized (this) {
            Entry entry = token == null ? null : entries.remove(token);
            if (entry == null) {
                return false;
            }
            toDelete = forget(entry);
        }
        deleteQuietly(toDelete);
        return true;
    }

    private synchronized boolean reserve(long bytes, boolean inMemory) {
        if (storeHeld + bytes > settings.maxStoreSize() || inMemory && memoryHeld + bytes > settings.maxMemory()) {
            return false;
        }
        storeHeld += bytes;
        if (inMemory) {
            memoryHeld += bytes;
        }
        return true;
    }

    private synchronized void unreserve(long storeBytes, long memoryBytes) {
        storeHeld -= storeBytes;
        memoryHeld -= memoryBytes;
    }

    /**
     * Called holding the lock, once the entry is out of {@link #entries}: releases it now if no one reads it, else
     * when its last reader closes.
     *
     * @return the file to delete once the lock is given up, or null
     */
    private Path forget(Entry entry) {
        entry.gone = true;
        return entry.readers == 0 ? free(entry) : null;
    }

    private void readerDone(Entry entry) {
        Path toDelete = null;
        synchronized (this) {
            entry.readers--;
            if (entry.gone && entry.readers == 0) {
                toDelete = free(entry);
            }
        }
        deleteQuietly(toDelete);
    }

    /** Called holding the lock: the entry's bytes no longer count; returns its file, deleted by the caller. */
    private Path free(Entry entry) {
        if (entry.freed) {
            return null;
        }
        entry.freed = true;
        storeHeld -= entry.size;
        memoryHeld -= entry.memoryReserved;
        return entry.file;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a file that cannot be deleted now is left to the spill directory's owner
            }
        }
    }

    /** A file being read in: in memory while maxMemory allows, then spilled with what was read so far. */
    private final class Incoming {
        byte[] memory;
        Path file;
        long size;
        long memoryReserved;
        long storeReserved;
        boolean handedOver;
        private final long fileLimit;
        private ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private OutputStream out;

        Incoming(long fileLimit) {
            this.fileLimit = fileLimit;
        }

        void read(InputStream stream) throws IOException, MediaLimitException {
            byte[] chunk = new byte[CHUNK];
            for (int n = stream.read(chunk); n >= 0; n = stream.read(chunk)) {
                if (size + n > fileLimit) {
                    throw tooLarge(size + n, fileLimit);
                }
                if (out == null && reserve(n, true)) {
                    memoryReserved += n;
                    storeReserved += n;
                    buffer.write(chunk, 0, n);
                } else {
                    if (!reserve(n, false)) {
                        throw storeFull(n);
                    }
                    storeReserved += n;
                    if (out == null) {
                        spill();
                    }
                    out.write(chunk, 0, n);
                }
                size += n;
            }
            if (out != null) {
                out.close();
                out = null;
            } else {
                memory = buffer.toByteArray();
            }
            buffer = null;
        }

        private MediaLimitException storeFull(long more) {
            return new MediaLimitException(Limit.STORE_SIZE, "publishing " + (size + more) + " more bytes would pass the "
                    + settings.maxStoreSize() + " bytes all published files may hold together");
        }

        /** Moves what was read to a file: the memory it held is given back, its bytes still count in the store. */
        private void spill() throws IOException {
            Files.createDirectories(settings.spillDirectory());
            file = Files.createTempFile(settings.spillDirectory(), "whacenter-media-", ".bin");
            out = Files.newOutputStream(file);
            buffer.writeTo(out);
            buffer = new ByteArrayOutputStream(0);
            synchronized (MediaStore.this) {
                memoryHeld -= memoryReserved;
            }
            memoryReserved = 0;
        }

        void discard() {
            if (out != null) {
                try {
                    out.close();
                } catch (IOException e) {
                    // deleted below either way
                }
            }
            unreserve(storeReserved, memoryReserved);
            deleteQuietly(file);
        }
    }

    /** One file under its token. The counters are guarded by the store's lock. */
    private static final class Entry {
        final PublishedMedia media;
        final byte[] memory;
        final Path file;
        final long memoryReserved;
        final long size;
        final long expiresAtNanos;
        int fetchesLeft;
        int readers;
        boolean gone;
        boolean freed;

        Entry(PublishedMedia media, byte[] memory, Path file, long memoryReserved, long size, long expiresAtNanos,
              int fetchesLeft) {
            this.media = media;
            this.memory = memory;
            this.file = file;
            this.memoryReserved = memoryReserved;
            this.size = size;
            this.expiresAtNanos = expiresAtNanos;
            this.fetchesLeft = fetchesLeft;
        }

        boolean expired(long now) {
            return now - expiresAtNanos >= 0;
        }
    }

    /** What a GET or HEAD answers: the file's description and, for a GET, its bytes. Close it once they were sent. */
    public final class Fetch implements Closeable {
        private final Entry entry;
        private final InputStream stream;
        private boolean closedFetch;

        private Fetch(Entry entry, InputStream stream) {
            this.entry = entry;
            this.stream = stream;
        }

        public PublishedMedia media() {
            return entry.media;
        }

        /** The bytes when the file is held in memory, for a GET; else null. Never to be changed. */
        public byte[] memory() {
            return stream == null ? null : entry.memory;
        }

        /** The file the bytes were spilled to, for a GET; else null. Deleted only once this fetch is closed. */
        public Path file() {
            return stream == null ? null : entry.file;
        }

        /** The bytes, for a GET; null for a HEAD. */
        public InputStream stream() {
            return stream;
        }

        @Override
        public void close() throws IOException {
            if (stream == null || closedFetch) {
                return;
            }
            closedFetch = true;
            try {
                stream.close();
            } finally {
                readerDone(entry);
            }
        }
    }
}
