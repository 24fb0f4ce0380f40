package io.github.camelwhacenter;

/**
 * How a POST request's fields travel in its body.
 */
public enum WhacenterFormEncoding {
    /** {@code multipart/form-data}, as the gateway's own Postman collection sends them. */
    MULTIPART,
    /** {@code application/x-www-form-urlencoded}, which the gateway reads as well; smaller and cheaper to build. */
    URLENCODED
}
