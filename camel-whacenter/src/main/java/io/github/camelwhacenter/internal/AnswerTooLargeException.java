package io.github.camelwhacenter.internal;

import java.io.IOException;

/** The gateway's answer is larger than maxResponseSize, on the wire or once inflated. */
public final class AnswerTooLargeException extends IOException {

    private final int maxBytes;

    public AnswerTooLargeException(int maxBytes) {
        super("the gateway's answer is larger than maxResponseSize (" + maxBytes + " bytes)");
        this.maxBytes = maxBytes;
    }

    public int getMaxBytes() {
        return maxBytes;
    }
}
