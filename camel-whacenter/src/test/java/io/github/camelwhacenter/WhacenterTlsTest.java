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

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.camelwhacenter.model.WhacenterDeviceStatus;
import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTPS to the gateway uses the SSLContextParameters given, as Camel's HTTP components do.
 */
class WhacenterTlsTest extends WhacenterTestSupport {

    private static final String PASSWORD = "changeit";
    private static final String STATUS = "{\"status\":true,\"message\":\"success get device status\",\"data\":"
                                         + "{\"status\":\"CONNECTED\",\"nomor\":\"6281200000009\",\"nama\":\"tls\",\"qr\":\"done\"}}";

    @TempDir
    static Path dir;
    private static Path keystore;
    private HttpsServer gateway;

    @BeforeAll
    static void makeSelfSignedCertificate() throws Exception {
        keystore = dir.resolve("gateway.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "gateway", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0,
                new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @BeforeEach
    void startHttpsGateway() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);

        gateway = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.setHttpsConfigurator(new HttpsConfigurator(tls));
        gateway.createContext("/api/statusDevice", exchange -> {
            byte[] body = STATUS.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        gateway.start();
    }

    @AfterEach
    void stopHttpsGateway() {
        gateway.stop(0);
    }

    @Test
    void trustsTheGatewayThroughSslContextParameters() {
        context.getRegistry().bind("gatewayTls", trustingTheGateway());

        WhacenterDeviceStatus status = template.requestBody("whacenter:deviceStatus?sslContextParameters=#gatewayTls&baseUrl="
                                                            + httpsBaseUrl(), null, WhacenterDeviceStatus.class);

        assertEquals("tls", status.getName());
    }

    @Test
    void endpointsOnOneSslContextParametersBeanShareOnePool() {
        context.getRegistry().bind("gatewayTls", trustingTheGateway());
        Set<String> poolsBefore = ioThreadPools();

        for (String operation : new String[] { "deviceStatus", "deviceStatus?emitEveryPoll=true", "deviceStatus?number=1" }) {
            String separator = operation.contains("?") ? "&" : "?";
            WhacenterDeviceStatus status = template.requestBody("whacenter:" + operation + separator
                                                                + "sslContextParameters=#gatewayTls&ioThreadCount=1&baseUrl="
                                                                + httpsBaseUrl(), null, WhacenterDeviceStatus.class);
            assertEquals("tls", status.getName());
        }

        Set<String> opened = ioThreadPools();
        opened.removeAll(poolsBefore);
        assertEquals(1, opened.size(), "one pool for the three endpoints: " + opened);
        long ioThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("whacenter-gateway-io-" + opened.iterator().next() + "-")).count();
        assertEquals(2, ioThreads, "ioThreadCount=1: one I/O reactor and the thread that runs it");
    }

    /** The numbers of the connection pools whose I/O threads are alive. */
    private static Set<String> ioThreadPools() {
        Set<String> pools = new HashSet<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            String name = thread.getName();
            if (name.startsWith("whacenter-gateway-io-")) {
                pools.add(name.split("-")[3]);
            }
        }
        return pools;
    }

    private SSLContextParameters trustingTheGateway() {
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource(keystore.toUri().toString());
        trustStore.setPassword(PASSWORD);
        trustStore.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(trustStore);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }

    @Test
    void refusesAGatewayItDoesNotTrust() {
        Exchange exchange = template.request("whacenter:deviceStatus?baseUrl=" + httpsBaseUrl(), e -> { });

        WhacenterConnectionException e = failure(exchange, WhacenterConnectionException.class);
        assertTrue(e.getMessage().contains("SSL"), e.getMessage());
    }

    private String httpsBaseUrl() {
        return "https://127.0.0.1:" + gateway.getAddress().getPort() + "/api";
    }
}
