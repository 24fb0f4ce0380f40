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

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

import io.github.camelwhacenter.media.MediaFetchException;
import io.github.camelwhacenter.media.MediaFetchPolicy;

/**
 * What the webhook consumer's fetchMedia and the fetchMedia operation share: the media fetcher's policy from the
 * endpoint's options, and its failures as the exception routes see.
 */
final class MediaFetching {

    /** Redirects followed when fetching media, each within mediaAllowedHosts. */
    private static final int MAX_REDIRECTS = 3;

    private MediaFetching() {
    }

    /** The policy the endpoint's options give; fails naming the option that is wrong. */
    static MediaFetchPolicy policy(WhacenterConfiguration configuration) {
        if (configuration.getMediaMaxFetchSize() < 1) {
            throw new IllegalArgumentException("mediaMaxFetchSize must be at least 1, not " + configuration.getMediaMaxFetchSize());
        }
        if (configuration.getMediaFetchTimeout() <= 0) {
            throw new IllegalArgumentException("mediaFetchTimeout must be positive, not " + configuration.getMediaFetchTimeout());
        }
        Set<String> hosts = configuration.getMediaAllowedHosts() == null ? Set.of()
                : Set.copyOf(Arrays.asList(configuration.getMediaAllowedHosts().strip().split("\\s*,\\s*")));
        if (hosts.stream().allMatch(String::isBlank)) {
            throw new IllegalArgumentException("fetching media needs mediaAllowedHosts: the hosts media may be fetched from, "
                                               + "e.g. api.whacenter.com");
        }
        return new MediaFetchPolicy(hosts, configuration.isMediaAllowNonPublicAddresses(),
                configuration.getMediaMaxFetchSize(), MAX_REDIRECTS, Duration.ofMillis(configuration.getMediaFetchTimeout()));
    }

    /** The fetcher's failure as the exchange's: its reason (a MediaFetchException's, else IO) and message. */
    static WhacenterMediaFetchException asException(String operation, Throwable failure) {
        Throwable cause = failure instanceof MediaFetchException ? failure
                : failure.getCause() != null ? failure.getCause() : failure;
        String reason = cause instanceof MediaFetchException fetch ? fetch.reason().name() : "IO";
        return new WhacenterMediaFetchException(operation, reason, cause.getMessage(), null);
    }
}
