package dev.tandem.network;

import java.util.List;

/**
 * A snapshot, or input that goes with one such as a booking history, was rejected; {@link #problems()} lists
 * every problem found, each with its place. Nothing was built or applied.
 */
public final class InvalidSnapshotException extends AbstractInvalidInputException {

    private static final long serialVersionUID = 1L;

    public InvalidSnapshotException(String source, List<Problem> problems) {
        this("snapshot", source, problems);
    }

    /**
     * For input that goes with a snapshot, such as a booking history.
     *
     * @param what what the input is, such as {@code booking history}; the message starts "The booking history"
     */
    public InvalidSnapshotException(String what, String source, List<Problem> problems) {
        super("The " + what + " (" + source + ")", problems);
    }
}
