package io.github.camelwhacenter;

/**
 * The device's send queue already holds {@code sendQueueCapacity} paced sends waiting for their turn, so this one was
 * refused at once rather than growing the heap without bound. Nothing was sent.
 */
public class WhacenterSendQueueFullException extends WhacenterNotSentException {

    private final int capacity;

    public WhacenterSendQueueFullException(String operation, int capacity) {
        super(operation, "the device's send queue is full (" + capacity + " sends waiting for their turn): "
                         + "slow the route down, raise sendQueueCapacity, or redeliver later", null);
        this.capacity = capacity;
    }

    /** The capacity of the queue that was full. */
    public int getCapacity() {
        return capacity;
    }
}
