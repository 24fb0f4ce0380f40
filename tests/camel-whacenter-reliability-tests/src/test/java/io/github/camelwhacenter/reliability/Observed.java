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
package io.github.camelwhacenter.reliability;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Writes every exception a test looks at, stack trace and causes included, to the suite's log, so that SecretsScanTest
 * reads the exception texts as well as the log lines.
 */
final class Observed {

    private static final Logger LOG = LoggerFactory.getLogger(Observed.class);

    private Observed() {
    }

    static <T extends Throwable> T exception(T exception) {
        LOG.info("Observed exception: {}", String.valueOf(exception), exception);
        return exception;
    }

    /** The exchange's failure, checked to be of the given type, and recorded. */
    static <T extends Throwable> T failure(Exchange exchange, Class<T> type) {
        Exception failure = exchange.getException();
        assertNotNull(failure, "the exchange should have failed");
        exception(failure);
        return assertInstanceOf(type, failure);
    }

    /** The reason a dead letter channel received the exchange for, checked to be of the given type, and recorded. */
    static <T extends Throwable> T deadLetterReason(Exchange exchange, Class<T> type) {
        Exception reason = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        assertNotNull(reason, "a dead letter carries the exception it was given up for");
        exception(reason);
        return assertInstanceOf(type, reason);
    }
}
