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
package io.github.camelwhacenter.gateway;

import java.util.function.Supplier;

import io.github.camelwhacenter.WhacenterDeviceNotConnectedException;
import io.github.camelwhacenter.WhacenterGatewayException;
import io.github.camelwhacenter.WhacenterHttpException;
import io.github.camelwhacenter.WhacenterHttpRefusedException;
import io.github.camelwhacenter.WhacenterNotSentException;
import io.github.camelwhacenter.WhacenterOperation;
import io.github.camelwhacenter.WhacenterQuotaExceededException;
import io.github.camelwhacenter.WhacenterResponseException;
import io.github.camelwhacenter.WhacenterSendQueueFullException;
import io.github.camelwhacenter.WhacenterTimeoutException;
import io.github.camelwhacenter.WhacenterTransportException;
import io.github.camelwhacenter.WhacenterValidationException;
import org.apache.camel.CamelContext;

/**
 * The component's meters, kept in Micrometer when it is on the classpath and the Camel registry holds a MeterRegistry
 * (camel-micrometer's, or Spring Boot's); otherwise nothing is counted.
 */
public interface WhacenterMetrics {

    WhacenterMetrics NONE = new WhacenterMetrics() {
    };

    /** An exchange of a gateway operation completed: its outcome, as {@link #outcome(Throwable)} names it. */
    default void callCompleted(WhacenterOperation operation, String deviceId, Throwable failure) {
    }

    /** The gateway answered a request this long after it was handed to the HTTP client. */
    default void gatewayAnswered(WhacenterOperation operation, long nanos) {
    }

    /** A paced send waited this long in its device's queue for its turn. */
    default void sendWaited(String deviceId, long nanos) {
    }

    /** The number of the device's paced sends waiting for their turn, read when the registry is scraped. */
    default void sendQueue(String deviceId, Supplier<Integer> waiting) {
    }

    /** A webhook post of the route was answered: delivered, duplicate, failed or refused. */
    default void webhookPost(String routeId, String outcome) {
    }

    /** Removes the meters of a device that is forgotten, idle too long. */
    default void forgetDevice(String deviceId) {
    }

    /** Removes the meters of this component: it stops. */
    default void close() {
    }

    /** A small, fixed set of tag values for what became of an exchange. */
    static String outcome(Throwable failure) {
        if (failure == null) {
            return "success";
        }
        if (failure instanceof WhacenterGatewayException) {
            return "refused";
        }
        if (failure instanceof WhacenterHttpException || failure instanceof WhacenterHttpRefusedException) {
            return "http_error";
        }
        if (failure instanceof WhacenterTimeoutException) {
            return "timeout";
        }
        if (failure instanceof WhacenterResponseException) {
            return "bad_answer";
        }
        if (failure instanceof WhacenterTransportException) {
            return "connection_error";
        }
        if (failure instanceof WhacenterSendQueueFullException) {
            return "queue_full";
        }
        if (failure instanceof WhacenterDeviceNotConnectedException) {
            return "circuit_breaker_open";
        }
        if (failure instanceof WhacenterQuotaExceededException) {
            return "quota_exceeded";
        }
        if (failure instanceof WhacenterNotSentException) {
            return "not_sent";
        }
        if (failure instanceof WhacenterValidationException) {
            return "invalid";
        }
        return "error";
    }

    /** Micrometer's meters when it is there, none otherwise. */
    static WhacenterMetrics of(CamelContext context) {
        if (context.getClassResolver().resolveClass("io.micrometer.core.instrument.MeterRegistry") == null) {
            return NONE;
        }
        try {
            return MicrometerWhacenterMetrics.of(context);
        } catch (LinkageError e) {
            // Micrometer visible to Camel but not to this bundle (an OSGi optional import left unwired)
            return NONE;
        }
    }
}
