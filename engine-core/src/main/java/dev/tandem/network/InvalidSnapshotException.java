package dev.tandem.network;

import java.util.List;

import com.google.common.collect.ImmutableList;

/**
 * A snapshot was rejected; {@link #problems()} lists every problem found, each with its place. Nothing was
 * built or applied.
 */
public final class InvalidSnapshotException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient ImmutableList<Problem> problems;

    public InvalidSnapshotException(String source, List<Problem> problems) {
        super(Problem.listing("The snapshot (" + source + ")", problems));
        this.problems = ImmutableList.copyOf(problems);
    }

    /** Every problem found, in document order; never empty. */
    public List<Problem> problems() {
        return problems;
    }
}
