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
package io.github.camelwhacenter.webhook;

import io.github.camelwhacenter.simulator.junit.WhacenterSimulatorExtension;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class WebhookUrlsTest {

    private static final String TOKEN = "s3cret/+&=";
    private static final String DEVICE = WhacenterSimulatorExtension.DEVICE_ID;
    private final WebhookUrls urls = new WebhookUrls(TOKEN, "token", DEVICE);

    @Test
    void theTokenGoesWhereThePathAsksForItElseIntoTheQueryEncoded() {
        assertEquals("https://example.org/hook/s3cret%2F%2B%26%3D",
                urls.registrationUrl("https://example.org/hook/{token}"));
        assertEquals("https://example.org/hook?token=s3cret%2F%2B%26%3D", urls.registrationUrl("https://example.org/hook"));
        assertEquals("https://example.org/hook?a=1&token=s3cret%2F%2B%26%3D",
                urls.registrationUrl("https://example.org/hook?a=1"));
        assertEquals("https://example.org/hook", new WebhookUrls(null, "token", DEVICE).registrationUrl("https://example.org/hook"));
    }

    @Test
    void aMaskedUrlShowsNeitherTheTokenNorTheDeviceIdWhereverTheyAre() {
        for (String external : new String[] { "https://example.org/hook/{token}", "https://example.org/hook?a=1" }) {
            String masked = urls.mask(urls.registrationUrl(external) + "&device=" + DEVICE);
            assertFalse(masked.contains("s3cret"), masked);
            assertFalse(masked.contains(DEVICE), masked);
        }
        assertFalse(urls.toString().contains("s3cret"));
    }
}
