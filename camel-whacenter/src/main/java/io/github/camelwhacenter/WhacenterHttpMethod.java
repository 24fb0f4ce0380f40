package io.github.camelwhacenter;

/**
 * How a request travels to the gateway, for the operations it accepts both ways.
 */
public enum WhacenterHttpMethod {
    /** Fields in the body, encoded as formEncoding says. */
    POST,
    /** Fields as query parameters. */
    GET
}
