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
package io.github.camelwhacenter.builder.endpoint;

import io.github.camelwhacenter.builder.endpoint.WhacenterEndpointBuilderFactory.WhacenterBuilders;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;

/**
 * The reference's Endpoint DSL example, as it is printed there (WhacenterEndpointDslReferenceTest checks it is).
 */
public class WhatsAppRoutes extends EndpointRouteBuilder implements WhacenterBuilders {
    @Override
    public void configure() {
        // the same routes as "whacenter:webhook?webhookToken=...&webhookExternalUrl=..." and
        // "whacenter:send?number=6281234567890&file=...&minSendInterval=5s"
        from(whacenter("webhook").webhookToken("{{whacenter.webhook.token}}")
                .webhookExternalUrl("https://example.com/whacenter/webhook"))
            .log("${header." + whacenter().whacenterFrom() + "} wrote: ${body.message}")
            .setBody(constant("Thanks, we got your message"))
            .to(whacenter("send"));

        from(direct("invoice"))
            .to(whacenter("send").number("6281234567890").file("https://example.com/invoice.pdf")
                .minSendInterval("5s").advanced().responseTimeout(10_000L));
    }
}
