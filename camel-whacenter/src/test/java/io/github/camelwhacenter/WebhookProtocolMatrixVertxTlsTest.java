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

import io.github.camelwhacenter.testing.SelfSignedCertificate;
import io.github.camelwhacenter.testing.WebhookProtocol;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;

/**
 * The webhook's protocol matrix on camel-platform-http-vertx over TLS: Camel's Vert.x server sets up no ALPN, so a client offering h2 and http/1.1 gets HTTP/1.1, with the
 * same answers.
 */
class WebhookProtocolMatrixVertxTlsTest extends WebhookProtocolMatrixVertxTestSupport {

    @Override
    protected SSLContextParameters serverTls() {
        KeyStoreParameters keyStore = new KeyStoreParameters();
        keyStore.setResource("file:" + certificate.keyStore());
        keyStore.setPassword(SelfSignedCertificate.PASSWORD);
        keyStore.setType("PKCS12");
        KeyManagersParameters keyManagers = new KeyManagersParameters();
        keyManagers.setKeyStore(keyStore);
        keyManagers.setKeyPassword(SelfSignedCertificate.PASSWORD);
        SSLContextParameters tls = new SSLContextParameters();
        tls.setKeyManagers(keyManagers);
        return tls;
    }

    @Test
    void answersAlikeOverTlsOfferingH2ByAlpn() throws Exception {
        assertAnswers(WebhookProtocol.TLS_ALPN, expectedVersion(WebhookProtocol.TLS_ALPN));
    }
}
