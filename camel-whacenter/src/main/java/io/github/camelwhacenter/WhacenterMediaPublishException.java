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
 * A file a route sent as bytes could not be published, so nothing was sent: too large, the built-in publisher's store
 * full, no publisher set up, or the {@code mediaPublisher} failed. The message names the option to change.
 */
public class WhacenterMediaPublishException extends WhacenterException {

    public WhacenterMediaPublishException(String operation, String message, Throwable cause) {
        super(operation, message, cause);
    }
}
