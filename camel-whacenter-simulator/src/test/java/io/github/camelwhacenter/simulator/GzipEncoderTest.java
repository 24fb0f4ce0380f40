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
