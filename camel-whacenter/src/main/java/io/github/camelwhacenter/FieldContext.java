package io.github.camelwhacenter;

import java.time.Clock;
import java.time.ZoneId;

/**
 * What checking a request field needs to know of its endpoint.
 */
record FieldContext(String countryCode, ZoneId zone, Clock clock) {
}
