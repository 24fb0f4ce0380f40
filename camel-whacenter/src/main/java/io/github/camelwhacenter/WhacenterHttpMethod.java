package io.github.camelwhacenter;

/**
 * How a request travels to the gateway, for the operations it accepts both ways.
 */
public enum WhacenterHttpMethod {
    /** Fields as an {@code application/x-www-form-urlencoded} body. */
    POST,
    /** Fields as query parameters. */
    GET
}
