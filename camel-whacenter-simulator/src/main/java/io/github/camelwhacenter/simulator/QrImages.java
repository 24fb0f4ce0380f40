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

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The PNG images the {@code qr} operation answers. The two kinds have different sizes so that a
 * client (or test) can tell them apart without reading pixels:
 * <ul>
 *   <li>a pairing code: square, {@value #PAIRING_SIZE} x {@value #PAIRING_SIZE} pixels, a QR-like
 *       pattern derived from the device's pairing string (not a decodable QR code; it only has to
 *       look like one to a human developing offline);</li>
 *   <li>"nothing to scan": {@value #UNAVAILABLE_WIDTH} x {@value #UNAVAILABLE_HEIGHT} pixels reading
 *       {@value #UNAVAILABLE_TEXT}, as the gateway shows for a connected, timed-out or unknown device.</li>
 * </ul>
 */
public final class QrImages {

    /** Width and height of a pairing-code image, in pixels. */
    public static final int PAIRING_SIZE = 264;

    /** Width of the "QR TIDAK TERSEDIA" image, in pixels. */
    public static final int UNAVAILABLE_WIDTH = 360;

    /** Height of the "QR TIDAK TERSEDIA" image, in pixels. */
    public static final int UNAVAILABLE_HEIGHT = 120;

    /** What the "nothing to scan" image reads ("QR not available"). */
    public static final String UNAVAILABLE_TEXT = "QR TIDAK TERSEDIA";

    private static final int MODULES = 25;
    private static final int QUIET_ZONE = 4;
    private static final int MODULE_PIXELS = PAIRING_SIZE / (MODULES + 2 * QUIET_ZONE);
    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;

    private QrImages() {
    }

    /** @return the "QR TIDAK TERSEDIA" PNG; rendered once, it never changes */
    static byte[] unavailable() {
        return UnavailableHolder.PNG.clone();
    }

    /**
     * @param pairingString the device's raw pairing string
     * @return a square PNG whose pattern depends only on {@code pairingString}
     */
    static byte[] pairing(String pairingString) {
        boolean[][] dark = new boolean[MODULES][MODULES];
        Random pattern = new Random(pairingString.hashCode());
        for (int row = 0; row < MODULES; row++) {
            for (int col = 0; col < MODULES; col++) {
                dark[row][col] = pattern.nextBoolean();
            }
        }
        for (int i = 8; i < MODULES - 8; i++) {
            dark[6][i] = i % 2 == 0; // timing patterns, as in a real QR code
            dark[i][6] = i % 2 == 0;
        }
        finder(dark, 0, 0);
        finder(dark, 0, MODULES - 7);
        finder(dark, MODULES - 7, 0);

        BufferedImage image = new BufferedImage(PAIRING_SIZE, PAIRING_SIZE, BufferedImage.TYPE_BYTE_GRAY);
        BitmapFont.fill(image, 0, 0, PAIRING_SIZE, PAIRING_SIZE, WHITE);
        for (int row = 0; row < MODULES; row++) {
            for (int col = 0; col < MODULES; col++) {
                if (dark[row][col]) {
                    BitmapFont.fill(image, (QUIET_ZONE + col) * MODULE_PIXELS, (QUIET_ZONE + row) * MODULE_PIXELS,
                            MODULE_PIXELS, MODULE_PIXELS, BLACK);
                }
            }
        }
        return png(image);
    }

    // The 7x7 corner square with its light separator ring, which makes anything read as a QR code.
    private static void finder(boolean[][] dark, int top, int left) {
        for (int r = -1; r <= 7; r++) {
            for (int c = -1; c <= 7; c++) {
                int row = top + r;
                int col = left + c;
                if (row < 0 || col < 0 || row >= MODULES || col >= MODULES) {
                    continue;
                }
                boolean ring = r == 0 || r == 6 || c == 0 || c == 6;
                boolean core = r >= 2 && r <= 4 && c >= 2 && c <= 4;
                boolean inside = r >= 0 && r <= 6 && c >= 0 && c <= 6;
                dark[row][col] = inside && (ring || core);
            }
        }
    }

    private static final class UnavailableHolder {
        static final byte[] PNG = renderUnavailable();

        private static byte[] renderUnavailable() {
            BufferedImage image = new BufferedImage(UNAVAILABLE_WIDTH, UNAVAILABLE_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
            BitmapFont.fill(image, 0, 0, UNAVAILABLE_WIDTH, UNAVAILABLE_HEIGHT, WHITE);
            int scale = 3;
            int x = (UNAVAILABLE_WIDTH - BitmapFont.width(UNAVAILABLE_TEXT, scale)) / 2;
            int y = (UNAVAILABLE_HEIGHT - BitmapFont.GLYPH_HEIGHT * scale) / 2;
            BitmapFont.draw(image, UNAVAILABLE_TEXT, x, y, scale, BLACK);
            return png(image);
        }
    }

    // Writes through a memory cache: ImageIO.write(.., OutputStream) would spill to temp files by default.
    private static byte[] png(BufferedImage image) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this JDK has no PNG writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode PNG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
