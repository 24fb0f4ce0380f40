package io.github.camelwhacenter;

/**
 * The request was refused before anything was sent: a field is missing or malformed. Retrying cannot help; the
 * message names the field and how to fix it.
 */
public class WhacenterValidationException extends WhacenterException {

    private final String field;

    public WhacenterValidationException(String operation, String field, String message) {
        super(operation, message, null);
        this.field = field;
    }

    /** The request field at fault, e.g. {@code number} or {@code schedule}. */
    public String getField() {
        return field;
    }
}
