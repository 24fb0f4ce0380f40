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
package io.github.camelwhacenter.gateway;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncEntityConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.nio.support.AbstractAsyncResponseConsumer;
import org.apache.hc.core5.util.ByteArrayBuffer;

/**
 * Reads an answer into memory, as HttpClient's SimpleResponseConsumer does, but never more than a bound: a declared
 * length over it is refused before any byte is read, and a stream that grows over it is cut off. An unbounded answer
 * (a broken proxy, an attacker in the middle) would otherwise fill the heap on the I/O threads every call shares.
 */
public final class BoundedResponseConsumer extends AbstractAsyncResponseConsumer<SimpleHttpResponse, byte[]> {

    private BoundedResponseConsumer(int maxBytes) {
        super(new BoundedEntityConsumer(maxBytes));
    }

    public static BoundedResponseConsumer create(int maxBytes) {
        return new BoundedResponseConsumer(maxBytes);
    }

    @Override
    protected SimpleHttpResponse buildResult(HttpResponse response, byte[] entity, ContentType contentType) {
        SimpleHttpResponse simple = SimpleHttpResponse.copy(response);
        if (entity != null) {
            simple.setBody(entity, contentType);
        }
        return simple;
    }

    @Override
    public void informationResponse(HttpResponse response, org.apache.hc.core5.http.protocol.HttpContext context) {
    }

    private static final class BoundedEntityConsumer implements AsyncEntityConsumer<byte[]> {

        private final int maxBytes;
        private final ByteArrayBuffer buffer = new ByteArrayBuffer(1024);
        private volatile FutureCallback<byte[]> resultCallback;
        private volatile byte[] content;

        private BoundedEntityConsumer(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void streamStart(EntityDetails entityDetails, FutureCallback<byte[]> resultCallback)
                throws HttpException, IOException {
            this.resultCallback = resultCallback;
            if (entityDetails.getContentLength() > maxBytes) {
                throw new AnswerTooLargeException(maxBytes);
            }
        }

        @Override
        public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
            capacityChannel.update(Integer.MAX_VALUE);
        }

        @Override
        public void consume(ByteBuffer src) throws IOException {
            if (buffer.length() + src.remaining() > maxBytes) {
                throw new AnswerTooLargeException(maxBytes);
            }
            if (src.hasArray()) {
                buffer.append(src.array(), src.arrayOffset() + src.position(), src.remaining());
                src.position(src.limit());
            } else {
                byte[] chunk = new byte[src.remaining()];
                src.get(chunk);
                buffer.append(chunk, 0, chunk.length);
            }
        }

        @Override
        public void streamEnd(List<? extends Header> trailers) {
            content = buffer.toByteArray();
            buffer.clear();
            if (resultCallback != null) {
                resultCallback.completed(content);
            }
        }

        @Override
        public void failed(Exception cause) {
            if (resultCallback != null) {
                resultCallback.failed(cause);
            }
        }

        @Override
        public byte[] getContent() {
            return content;
        }

        @Override
        public void releaseResources() {
            buffer.clear();
        }
    }
}
