package dev.tandem.network;

import java.util.List;

/**
 * A snapshot was rejected; {@link #problems()} lists
 * every problem found, each with its place. Nothing was built or applied.
 */
public final class InvalidSnapshotException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public InvalidSnapshotException(String source, List<InputError> problems) {
        super("The snapshot (" + source + ")", problems);
    }

    /**
     * @param what the document that describes the network, such as {@code stores file}; the message starts
     *     "The stores file (source)"
     * @param source where it came from, such as a file name
     * @param problems every problem, at least one
     */
    public InvalidSnapshotException(String what, String source, List<InputError> problems) {
        super("The " + what + " (" + source + ")", problems);
    }
}
