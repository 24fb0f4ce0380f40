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
package io.github.camelwhacenter.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.camelwhacenter.WhacenterComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.AvailablePortFinder;

import static io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension.DEVICE_ID;

/**
 * One node receiving the gateway's webhook: a CamelContext with its own platform-http server (Vert.x) on a loopback
 * port, and a plain HTTP/1.1 client posting to it as the gateway does.
 */
final class WebhookNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    final CamelContext context;
    final int port;

    private WebhookNode(CamelContext context, int port) {
        this.context = context;
        this.port = port;
    }

    /**
     * @param name  the CamelContext's name
     * @param beans registered before the routes are added, e.g. an idempotent repository
     */
    static WebhookNode start(String name, RoutesBuilder routes, java.util.Map<String, Object> beans) throws Exception {
        return start(name, routes, beans, component -> {
        });
    }

    /** @param options further options of the node's component, set before it starts */
    static WebhookNode start(String name, RoutesBuilder routes, java.util.Map<String, Object> beans,
                             java.util.function.Consumer<WhacenterComponent> options) throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        Registry registry = context.getRegistry();
        beans.forEach(registry::bind);
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        WhacenterComponent component = new WhacenterComponent();
        // the webhook consumer never calls the gateway without webhookExternalUrl; the id is set as in production
        component.getConfiguration().setDeviceId(DEVICE_ID);
        options.accept(component);
        context.addComponent("whacenter", component);
        context.addRoutes(routes);
        context.start();
        return new WebhookNode(context, port);
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        context.stop();
    }
}
