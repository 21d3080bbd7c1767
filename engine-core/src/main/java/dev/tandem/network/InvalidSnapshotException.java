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
}
