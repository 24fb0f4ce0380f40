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

import io.github.camelwhacenter.testing.WebhookProtocol;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The webhook's protocol matrix on camel-platform-http-vertx in a plain CamelContext, clear text: the same answers over
 * HTTP/1.1, h2c by upgrade and h2c with prior knowledge, the last two served as HTTP/2 by Vert.x.
 */
class WebhookProtocolMatrixVertxTest extends WebhookProtocolMatrixVertxTestSupport {

    @Override
    protected SSLContextParameters serverTls() {
        return null;
    }

    @ParameterizedTest
    @EnumSource(value = WebhookProtocol.class, names = { "HTTP_1_1", "H2C_UPGRADE", "H2C_PRIOR_KNOWLEDGE" })
    void answersAlikeOverEveryClearTextProtocol(WebhookProtocol protocol) throws Exception {
        assertAnswers(protocol, expectedVersion(protocol));
    }
}
