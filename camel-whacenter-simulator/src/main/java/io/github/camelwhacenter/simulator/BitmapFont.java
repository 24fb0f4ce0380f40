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
import java.util.Map;

/**
 * A 5x7 pixel font with just the letters the QR placeholder needs. Drawing pixels by hand avoids
 * AWT text rendering, which needs system fonts that headless servers and slim containers lack.
 */
final class BitmapFont {

    static final int GLYPH_WIDTH = 5;
    static final int GLYPH_HEIGHT = 7;
    /** Horizontal advance per character, glyph plus one column of spacing. */
    static final int ADVANCE = GLYPH_WIDTH + 1;

    private static final Map<Character, String[]> GLYPHS = Map.of(
            'A', new String[] {".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"},
            'D', new String[] {"###..", "#..#.", "#...#", "#...#", "#...#", "#..#.", "###.."},
            'E', new String[] {"#####", "#....", "#....", "####.", "#....", "#....", "#####"},
            'I', new String[] {".###.", "..#..", "..#..", "..#..", "..#..", "..#..", ".###."},
            'K', new String[] {"#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#"},
            'Q', new String[] {".###.", "#...#", "#...#", "#...#", "#.#.#", "#..#.", ".##.#"},
            'R', new String[] {"####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"},
            'S', new String[] {".####", "#....", "#....", ".###.", "....#", "....#", "####."},
            'T', new String[] {"#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."});

    private BitmapFont() {
    }

    /** @return the width in pixels of {@code text} at {@code scale}, without trailing spacing */
    static int width(String text, int scale) {
        return text.isEmpty() ? 0 : (text.length() * ADVANCE - 1) * scale;
    }

    /**
     * Draws {@code text} in {@code rgb}; characters without a glyph leave a gap.
     *
     * @param image where to draw
     * @param text  upper-case text
     * @param x     left edge
     * @param y     top edge
     * @param scale pixels per font pixel
     * @param rgb   colour
     */
    static void draw(BufferedImage image, String text, int x, int y, int scale, int rgb) {
        for (int i = 0; i < text.length(); i++) {
            String[] glyph = GLYPHS.get(text.charAt(i));
            if (glyph != null) {
                int left = x + i * ADVANCE * scale;
                for (int row = 0; row < GLYPH_HEIGHT; row++) {
                    for (int col = 0; col < GLYPH_WIDTH; col++) {
                        if (glyph[row].charAt(col) == '#') {
                            fill(image, left + col * scale, y + row * scale, scale, scale, rgb);
                        }
                    }
                }
            }
        }
    }

    static void fill(BufferedImage image, int x, int y, int width, int height, int rgb) {
        for (int py = y; py < y + height; py++) {
            for (int px = x; px < x + width; px++) {
                image.setRGB(px, py, rgb);
            }
        }
    }
}
