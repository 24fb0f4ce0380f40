package io.github.camelwhacenter;

/**
 * The messages of an exception and all its causes, one per line: what a user reads in a stack trace.
 */
final class CauseMessages {

    private CauseMessages() {
    }

    static String of(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
