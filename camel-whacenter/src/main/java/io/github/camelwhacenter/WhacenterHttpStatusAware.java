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

import java.io.Serializable;
import java.util.Locale;

import org.apache.camel.spi.HttpResponseAware;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;

/**
 * An exception for an HTTP status the gateway answered outside 2xx: its status code, its reason phrase and the start of
 * the answer's body. Camel's health checks report the code as {@code http.response.code}.
 */
public interface WhacenterHttpStatusAware extends HttpResponseAware {

    /** The status of the answer, as the exception carries it. */
    final class Status implements Serializable {
        private static final long serialVersionUID = 1L;

        private int code;
        private String text;
        private final String responseSnippet;

        Status(int code, String responseSnippet) {
            this.code = code;
            this.text = EnglishReasonPhraseCatalog.INSTANCE.getReason(code, Locale.ENGLISH);
            this.responseSnippet = responseSnippet;
        }
    }

    /** The status the exception carries. */
    Status httpStatus();

    default int getStatusCode() {
        return httpStatus().code;
    }

    /** The same as {@link #getStatusCode()}: Camel's health checks report it as {@code http.response.code}. */
    @Override
    default int getHttpResponseCode() {
        return httpStatus().code;
    }

    @Override
    default void setHttpResponseCode(int code) {
        httpStatus().code = code;
    }

    /** The standard reason phrase of the status, e.g. {@code Service Unavailable}. */
    @Override
    default String getHttpResponseStatus() {
        return httpStatus().text;
    }

    @Override
    default void setHttpResponseStatus(String status) {
        httpStatus().text = status;
    }

    /** The start of the answer's body, shortened and with secrets masked. */
    default String getResponseSnippet() {
        return httpStatus().responseSnippet;
    }
}
