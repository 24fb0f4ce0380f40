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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The tests' HTTP/1.1 client reads a refusal the server sent while the client was still writing the body, as HTTP/1.1
 * clients do: Tomcat answers 413 to a body growing over the bound and closes without reading the rest, and the client's
 * write then fails with "Broken pipe" (the protocol matrix on Spring Boot 4.0 went red so when the close came before the
 * last bytes were written).
 */
class WebhookProtocolClientTest {

    @Test
    void readsTheAnswerOfAServerThatStoppedReadingTheBody() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<String> headRead = CompletableFuture.supplyAsync(() -> refuseAfterTheHead(server));
            try (WebhookProtocolClient client = new WebhookProtocolClient(WebhookProtocol.HTTP_1_1,
                    "http://127.0.0.1:" + server.getLocalPort(), null)) {
                // far more than loopback's socket buffers hold: the write cannot be over before the server closes
                WebhookProtocolClient.Answer answer = client.postUndeclaredAndEndless("/webhook?token=t", 32 * 1024 * 1024);

                assertEquals(413, answer.status(), answer::toString);
                assertEquals("HTTP/1.1", answer.version());
            }
            assertEquals("POST /webhook?token=t HTTP/1.1", headRead.get(15, TimeUnit.SECONDS));
        }
    }

    /** Reads the request head only, answers 413 and closes with the body unread (Linux then resets the connection). */
    private static String refuseAfterTheHead(ServerSocket server) {
        try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("the request ended within its head");
                }
                head.write(b);
            }
            socket.getOutputStream().write("HTTP/1.1 413 Payload Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return head.toString(StandardCharsets.US_ASCII).lines().findFirst().orElse("");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
