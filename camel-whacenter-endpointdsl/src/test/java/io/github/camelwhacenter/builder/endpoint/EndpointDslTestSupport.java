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
package io.github.camelwhacenter.builder.endpoint;

import io.github.camelwhacenter.WhacenterComponent;
import io.github.camelwhacenter.simulator.WhacenterSimulator;
import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A CamelContext whose whacenter component points at a fresh gateway simulator on loopback (one per test, with the
 * devices of {@link WhacenterSimulatorExtension}), and a platform-http server (Vert.x) on loopback for the webhook.
 */
abstract class EndpointDslTestSupport extends CamelTestSupport {

    @RegisterExtension
    static final WhacenterSimulatorExtension GATEWAY = WhacenterSimulatorExtension.perTest();

    protected final int port = AvailablePortFinder.getNextAvailable();
    protected WhacenterSimulator simulator;
    protected WhacenterComponent whacenter;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        simulator = GATEWAY.simulator();
        CamelContext context = super.createCamelContext();
        whacenter = new WhacenterComponent();
        whacenter.getConfiguration().setBaseUrl(simulator.baseUrl());
        context.addComponent("whacenter", whacenter);
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        return context;
    }
}
