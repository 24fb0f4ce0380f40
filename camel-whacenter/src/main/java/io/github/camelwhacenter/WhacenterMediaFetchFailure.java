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
 * What the webhook consumer does when it could not fetch an incoming message's media (fetchMedia).
 */
public enum WhacenterMediaFetchFailure {
    /** Fails the delivery with WhacenterMediaFetchException: answered 500, so that the gateway delivers it again. */
    FAIL,
    /** Runs the route without the media; CamelWhacenterMediaFetchError says why. */
    FLAG
}
