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
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.camelwhacenter.model.WhacenterDeviceStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests go through the configured HTTP proxy, authenticating when the proxy asks.
 */
class WhacenterProxyTest extends WhacenterTestSupport {

    private static final String PROXY_AUTHORIZATION = "Basic cHJveHl1c2VyOnByb3h5cGFzcw=="; // proxyuser:proxypass

    private HttpServer proxy;
    private final List<String> proxied = new CopyOnWriteArrayList<>();
    private final HttpClient forwarder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void startProxy() throws IOException {
        proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", this::forward);
        proxy.start();
    }

    @AfterEach
    void stopProxy() {
        proxy.stop(0);
    }

    /** A minimal forward proxy: requires Basic credentials, then passes the absolute-form request on. */
    private void forward(HttpExchange exchange) throws IOException {
        if (!PROXY_AUTHORIZATION.equals(exchange.getRequestHeaders().getFirst("Proxy-Authorization"))) {
            exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=\"test\"");
            exchange.sendResponseHeaders(407, -1);
            exchange.close();
            return;
        }
        proxied.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        try (InputStream in = exchange.getRequestBody()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(exchange.getRequestURI())
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(in.readAllBytes()));
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            HttpResponse<byte[]> response = forwarder.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().add("Content-Type", v));
            response.headers().firstValue("Content-Encoding").ifPresent(v -> exchange.getResponseHeaders().add("Content-Encoding", v));
            exchange.sendResponseHeaders(response.statusCode(), response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
        }
        exchange.close();
    }

    @Test
    void sendsThroughTheProxyWithCredentials() {
        String options = "proxyHost=127.0.0.1&proxyPort=" + proxy.getAddress().getPort()
                         + "&proxyAuthUsername=proxyuser&proxyAuthPassword=proxypass";

        WhacenterDeviceStatus status = template.requestBody("whacenter:deviceStatus?" + options, null, WhacenterDeviceStatus.class);
        template.sendBodyAndHeader("whacenter:send?" + options, "via the proxy", WhacenterConstants.NUMBER, "6281234567890");

        assertTrue(status.isConnected());
        assertEquals(List.of("GET /api/statusDevice", "POST /api/send"), proxied);
        assertEquals("via the proxy", simulator.sentMessages(DEVICE_ID).get(0).message());
    }

    @Test
    void withoutProxyNothingGoesThroughIt() {
        template.requestBody("whacenter:deviceStatus", null, WhacenterDeviceStatus.class);

        assertTrue(proxied.isEmpty());
        assertEquals(1, simulator.requests("statusDevice").size());
        assertTrue(URI.create(simulator.baseUrl()).getHost().startsWith("127."));
    }
}
