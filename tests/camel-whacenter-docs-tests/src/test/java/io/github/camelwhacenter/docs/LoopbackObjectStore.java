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
package io.github.camelwhacenter.docs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Just enough of S3's path-style HTTP API, on loopback, for one bucket: HEAD of the bucket (what aws2-s3 asks at
 * start), PUT of an object (plain, or in the SDK's aws-chunked encoding) and GET of it (a presigned link). Signatures
 * are not checked: no S3 server can be had here, and this stands in for one so that nothing leaves the machine.
 */
final class LoopbackObjectStore implements AutoCloseable {

    /** An object as it was put. */
    record StoredObject(String key, String contentType, byte[] bytes) {
    }

    private final HttpServer server;
    private final String bucket;
    private final Map<String, StoredObject> objects = new LinkedHashMap<>();
    private final List<String> requests = new ArrayList<>();

    private LoopbackObjectStore(HttpServer server, String bucket) {
        this.server = server;
        this.bucket = bucket;
    }

    static LoopbackObjectStore start(String bucket) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        LoopbackObjectStore store = new LoopbackObjectStore(server, bucket);
        server.createContext("/", store::handle);
        server.start();
        return store;
    }

    /** The endpoint to give aws2-s3 as uriEndpointOverride. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized List<StoredObject> objects() {
        return List.copyOf(objects.values());
    }

    /** Method and raw path of every request, in order. */
    synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            synchronized (this) {
                requests.add(method + " " + exchange.getRequestURI().getRawPath());
            }
            String prefix = "/" + bucket + "/";
            if ("HEAD".equals(method) && (path.equals("/" + bucket) || path.equals(prefix))) {
                exchange.sendResponseHeaders(200, -1);
            } else if ("PUT".equals(method) && path.startsWith(prefix)) {
                byte[] bytes = body(exchange);
                String key = path.substring(prefix.length());
                synchronized (this) {
                    objects.put(key, new StoredObject(key, exchange.getRequestHeaders().getFirst("Content-Type"), bytes));
                }
                // the ETag S3 answers for a single-part upload: the MD5 of the bytes, which the SDK may check
                exchange.getResponseHeaders().add("ETag", "\"" + md5(bytes) + "\"");
                exchange.sendResponseHeaders(200, -1);
            } else if ("GET".equals(method) && path.startsWith(prefix)) {
                StoredObject object;
                synchronized (this) {
                    object = objects.get(path.substring(prefix.length()));
                }
                if (object == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                if (object.contentType() != null) {
                    exchange.getResponseHeaders().add("Content-Type", object.contentType());
                }
                exchange.sendResponseHeaders(200, object.bytes().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(object.bytes());
                }
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        byte[] raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = in.readAllBytes();
        }
        String sha = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        boolean chunked = sha != null && sha.startsWith("STREAMING-") || encoding != null && encoding.contains("aws-chunked");
        return chunked ? dechunked(raw) : raw;
    }

    /** The data of aws-chunked encoding: chunks of "hex-size[;extensions]\r\n" + bytes + "\r\n", to a size of 0. */
    private static byte[] dechunked(byte[] raw) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < raw.length) {
            int end = pos;
            while (end + 1 < raw.length && !(raw[end] == '\r' && raw[end + 1] == '\n')) {
                end++;
            }
            String header = new String(raw, pos, end - pos, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(header.split(";", 2)[0].strip(), 16);
            if (size == 0) {
                break;
            }
            pos = end + 2;
            data.write(raw, pos, size);
            pos += size + 2;
        }
        return data.toByteArray();
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
