package io.github.camelwhacenter.simulator;

/**
 * Builds one compact JSON object, field by field. The simulator's JSON is small and flat enough
 * that a builder beats a JSON library, which the zero-dependency rule excludes anyway.
 */
final class JsonObjectBuilder {

    private final StringBuilder out = new StringBuilder(96).append('{');
    private final JsonStyle style;
    private boolean empty = true;

    JsonObjectBuilder(JsonStyle style) {
        this.style = style;
    }

    JsonObjectBuilder add(String name, String value) {
        style.appendString(name(name), value);
        return this;
    }

    JsonObjectBuilder add(String name, long value) {
        name(name).append(value);
        return this;
    }

    JsonObjectBuilder add(String name, boolean value) {
        name(name).append(value);
        return this;
    }

    /** Adds an already rendered JSON value (object, array, {@code null}). */
    JsonObjectBuilder addRaw(String name, String json) {
        name(name).append(json);
        return this;
    }

    String build() {
        return out.append('}').toString();
    }

    private StringBuilder name(String name) {
        if (!empty) {
            out.append(',');
        }
        empty = false;
        style.appendString(out, name);
        return out.append(':');
    }
}
