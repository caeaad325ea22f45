package dev.skillfast.realtime.store;

/**
 * A batch held a chat sequence number that is stored already (the unique index on the batches' keys
 * refused it): another server numbered the session meanwhile. The first {@link #storedMessages()}
 * messages of the batch were stored; the rest must be numbered again.
 */
public class SeqTaken extends RuntimeException {

    private final int storedMessages;

    public SeqTaken(int storedMessages, Throwable cause) {
        super("A chat sequence number was taken by another server", cause);
        this.storedMessages = storedMessages;
    }

    public int storedMessages() {
        return storedMessages;
    }
}
