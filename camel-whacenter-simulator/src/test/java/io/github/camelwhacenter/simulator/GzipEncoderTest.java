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
package io.github.camelwhacenter.simulator;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class GzipEncoderTest {

    @Test
    void roundTripsEmptyTextAndIncompressibleData() throws IOException {
        byte[] random = new byte[70_000];
        new Random(42).nextBytes(random);
        for (byte[] data : new byte[][] {new byte[0], "{\"status\":true}".getBytes(), random}) {
            // twice: the second run reuses a pooled compressor, which must start clean
            assertArrayEquals(data, gunzip(GzipEncoder.gzip(data)));
            assertArrayEquals(data, gunzip(GzipEncoder.gzip(data)));
        }
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
