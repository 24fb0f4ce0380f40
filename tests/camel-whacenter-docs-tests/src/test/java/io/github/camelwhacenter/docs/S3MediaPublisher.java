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

// The reference shows this file from the tag on (ObjectStoragePublisherTest keeps the two the same)
// tag::s3-publisher[]
import java.time.Duration;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;

/**
 * mediaPublisher=direct:publish: uploads each file to a private S3 bucket and answers a presigned link to it. The S3
 * connection is the aws2-s3 component's (camel.component.aws2-s3.region, credentials, uriEndpointOverride).
 */
public class S3MediaPublisher extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:publish")
            // a random prefix: two files of the same name never overwrite each other
            .process(exchange -> exchange.getMessage().setHeader(AWS2S3Constants.KEY,
                    "whatsapp/" + UUID.randomUUID() + "/" + exchange.getMessage().getHeader(Exchange.FILE_NAME)))
            .setHeader(AWS2S3Constants.CONTENT_TYPE, header(Exchange.CONTENT_TYPE))
            // a known size lets the upload stream the body; without it aws2-s3 reads the body into memory first
            .setHeader(AWS2S3Constants.CONTENT_LENGTH, header("CamelWhacenterMediaSize"))
            .to("aws2-s3:{{whatsapp.media.bucket}}?autoCreateBucket=false")
            // the gateway fetches the file when the send goes out, which a rate limit may put off
            .setHeader(AWS2S3Constants.DOWNLOAD_LINK_EXPIRATION_TIME, constant(Duration.ofMinutes(15).toMillis()))
            .to("aws2-s3:{{whatsapp.media.bucket}}?autoCreateBucket=false&operation=createDownloadLink");
    }
}
// end::s3-publisher[]
