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
package io.github.camelwhacenter.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Set;

import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

/**
 * A request body for HttpClient 5 that never ends: its first bytes at once, if any, then one more byte at each
 * {@link #tick()}, short of the declared length.
 */
final class SlowEntity implements AsyncEntityProducer {

    private final long declaredLength;
    private final ByteBuffer first;
    private volatile long due;
    private long sent;
    private volatile DataStreamChannel channel;

    /**
     * @param declaredLength the length the request declares, or -1 for none (chunked, or plain HTTP/2 frames)
     * @param first          the bytes sent at once; HttpClient 5 hands over the stream's channel, which a tick needs,
     *                       only once there is output
     */
    SlowEntity(long declaredLength, byte[] first) {
        this.declaredLength = declaredLength;
        this.first = ByteBuffer.wrap(first);
    }

    /** One more byte to send, never the last one declared. */
    void tick() {
        if (declaredLength < 0 || first.capacity() + due < declaredLength - 1) {
            due++;
            DataStreamChannel current = channel;
            if (current != null) {
                current.requestOutput();
            }
        }
    }

    @Override
    public int available() {
        return first.remaining() + (int) (due - sent);
    }

    @Override
    public void produce(DataStreamChannel channel) throws IOException {
        this.channel = channel;
        if (first.hasRemaining() && channel.write(first) == 0) {
            return;
        }
        while (!first.hasRemaining() && sent < due) {
            if (channel.write(ByteBuffer.wrap(new byte[] { 'x' })) == 0) {
                return;
            }
            sent++;
        }
    }

    @Override
    public boolean isRepeatable() {
        return false;
    }

    @Override
    public void failed(Exception cause) {
        // the exchange is over
    }

    @Override
    public long getContentLength() {
        return declaredLength;
    }

    @Override
    public String getContentType() {
        return "application/json";
    }

    @Override
    public String getContentEncoding() {
        return null;
    }

    @Override
    public boolean isChunked() {
        return declaredLength < 0;
    }

    @Override
    public Set<String> getTrailerNames() {
        return Set.of();
    }

    @Override
    public void releaseResources() {
        // nothing held
    }
}
