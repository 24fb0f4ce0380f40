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

/**
 * Publishes a file a route sends as bytes where the gateway can fetch it, and answers its URL: the component's own
 * publisher serves it on the application's platform-http server; set {@code mediaPublisher} to publish elsewhere, e.g.
 * in object storage that every node of a cluster and the gateway reach.
 */
@FunctionalInterface
public interface WhacenterMediaPublisher {

    /**
     * @param  file      the bytes and what the recipient sees of them; read the stream once, to its end
     * @return           an absolute http or https URL the gateway can fetch the file from, without credentials of the
     *                   application's in it beyond what the URL itself grants (e.g. a presigned URL)
     * @throws Exception when the file could not be published: the send fails with it and nothing is sent
     */
    String publish(WhacenterMediaFile file) throws Exception;
}
