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
package io.github.camelwhacenter.health;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import io.github.camelwhacenter.WhacenterException;
import io.github.camelwhacenter.webhook.InflightDeliveries;
import io.github.camelwhacenter.webhook.WebhookActivity;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of one webhook consumer, which Camel's consumer check of its route reports: DOWN while a delivery has
 * waited {@value InflightDeliveries#STALLED_AFTER_MILLIS} ms or longer for a worker thread (on Vert.x); with
 * webhookExternalUrl set, DOWN until its URL is registered, and DOWN when the gateway says it posts the device's
 * messages somewhere else (the gateway is asked at most once per deviceCheckInterval). The details say what it
 * received and when it last did, and on Vert.x how many deliveries it holds and how many wait for a thread.
 */
public final class WhacenterWebhookHealthCheck extends WhacenterReadinessCheck {

    /** What the check reads of its webhook consumer. */
    public interface Source {
        /** The path the consumer serves. */
        String path();

        /** What it received; null while it is not running. */
        WebhookActivity activity();

        /** What it holds now (on Vert.x); null elsewhere or while it is not running. */
        InflightDeliveries.Report inflight();

        /** Whether it registers its URL at the gateway (webhookExternalUrl). */
        boolean registers();

        /** The URL it registered; null until it is. */
        String registeredUrl();

        /** The URL the gateway posts the device's messages to now, asked of the gateway. */
        String gatewayUrl();

        /** The URL fit for the details: the token masked. */
        String mask(String url);
    }

    private final Source consumer;
    private volatile Instant verifiedAt;
    private volatile String gatewayUrl;
    private volatile WhacenterException verifyFailure;

    public WhacenterWebhookHealthCheck(Source consumer, long maxAgeMillis) {
        super("whacenter-webhook", maxAgeMillis);
        this.consumer = consumer;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        WebhookActivity activity = consumer.activity();
        builder.detail("webhook.path", consumer.path());
        if (activity != null) {
            // lastDelivery as webhook.last.delivery, as Camel names details
            activity.report().forEach((name, value) -> {
                if (value != null) {
                    builder.detail("webhook." + name.replace("lastDelivery", "last.delivery"), value);
                }
            });
        }
        InflightDeliveries.Report held = consumer.inflight();
        if (held != null) {
            builder.detail("webhook.inflight", held.inflight());
            builder.detail("webhook.inflight.max", held.max());
            builder.detail("webhook.reading", held.reading());
            builder.detail("webhook.waiting.for.thread", held.waiting());
            builder.detail("webhook.longest.wait.millis", held.longestWaitMillis());
            if (held.stalled()) {
                builder.down().message(held.waiting() + " deliveries wait for a Vert.x worker thread, the longest for "
                                       + held.longestWaitMillis() + " ms: the routes on the server's worker pool take "
                                       + "longer than deliveries arrive (a larger workerPoolSize in a VertxOptions bean, "
                                       + "or a faster route, e.g. handing messages to seda: or a broker)");
                return;
            }
        }
        String ours = consumer.registeredUrl();
        if (!consumer.registers()) {
            builder.up();
            return;
        }
        if (ours == null) {
            builder.down().message("the webhook URL is not registered at the gateway yet");
            return;
        }
        builder.detail("webhook.url", consumer.mask(ours));
        verify();
        if (verifyFailure != null) {
            // the gateway could not say: what was registered is assumed to stand
            builder.up().detail("webhook.verify.failure", verifyFailure.getMessage());
        } else if (!Objects.equals(ours, gatewayUrl)) {
            builder.down().message("the gateway posts the device's messages to another URL ("
                                   + (gatewayUrl == null || gatewayUrl.isBlank() ? "none" : consumer.mask(gatewayUrl))
                                   + "), registered since by another application or by hand: restart the route to "
                                   + "register its URL again");
        } else {
            builder.up();
        }
        builder.detail("webhook.verified", verifiedAt.toString());
    }

    private synchronized void verify() {
        Instant checked = verifiedAt;
        if (checked != null && checked.plusMillis(maxAgeMillis).isAfter(Instant.now())) {
            return;
        }
        try {
            gatewayUrl = consumer.gatewayUrl();
            verifyFailure = null;
        } catch (WhacenterException e) {
            verifyFailure = e;
        }
        verifiedAt = Instant.now();
    }
}
