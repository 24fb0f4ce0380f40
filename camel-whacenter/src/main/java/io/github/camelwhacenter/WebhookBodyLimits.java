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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelwhacenter.support.HttpUrls;

/**
 * The body limits of the running webhook consumers, by served path, for an HTTP engine integration that reads bodies
 * before Camel does (the Spring Boot starter's servlet filter): bound in the registry, the consumers add their path
 * and webhookMaxBodySize to it when they start and remove them when they stop.
 */
public final class WebhookBodyLimits {

    private final List<Limit> limits = new CopyOnWriteArrayList<>();

    /**
     * @param  pathTemplate the served path, {@code {name}} segments matching any one segment
     * @return              closes the limit, when the consumer stops
     */
    public AutoCloseable add(String pathTemplate, long maxBytes) {
        Limit limit = new Limit(segments(pathTemplate), maxBytes);
        limits.add(limit);
        return () -> limits.remove(limit);
    }

    /**
     * @param  path the request's path below the application's context path, without the query
     * @return      the largest body accepted on it, or -1 when no webhook consumer serves it
     */
    public long limitFor(String path) {
        List<String> request = segments(path);
        for (Limit limit : limits) {
            if (limit.matches(request)) {
                return limit.maxBytes;
            }
        }
        return -1;
    }

    /** The non-empty segments of a path. */
    static List<String> segments(String path) {
        return HttpUrls.pathSegments(path);
    }

    private record Limit(List<String> template, long maxBytes) {
        boolean matches(List<String> request) {
            if (request.size() != template.size()) {
                return false;
            }
            for (int i = 0; i < template.size(); i++) {
                String expected = template.get(i);
                if (!(expected.startsWith("{") && expected.endsWith("}")) && !expected.equals(request.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
