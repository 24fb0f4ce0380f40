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

/** The error pages nginx serves in front of the gateway, for paths and faults that never reach it. */
final class NginxPages {

    /** What the gateway's nginx calls itself in its {@code Server} header and pages. */
    static final String SERVER = "nginx/1.18.0 (Ubuntu)";

    private NginxPages() {
    }

    /**
     * @param title status and reason, e.g. {@code 502 Bad Gateway}
     * @return the page, with nginx's CRLF line endings
     */
    static String page(String title) {
        return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>" + SERVER + "</center>\r\n</body>\r\n</html>\r\n";
    }
}
