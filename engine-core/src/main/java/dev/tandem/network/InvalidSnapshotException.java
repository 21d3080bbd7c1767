package dev.tandem.network;

import java.util.List;

import com.google.common.collect.ImmutableList;

/**
 * A snapshot was rejected; {@link #problems()} lists every problem found, each with its place. Nothing was
 * built or applied.
 */
public final class InvalidSnapshotException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_PROBLEMS_IN_MESSAGE = 50;

    private final transient ImmutableList<Problem> problems;

    public InvalidSnapshotException(String source, List<Problem> problems) {
        this("snapshot", source, problems);
    }

    /**
     * For input that goes with a snapshot, such as a booking history.
     *
     * @param what what the input is, such as {@code booking history}; the message starts "The booking history"
     */
    public InvalidSnapshotException(String what, String source, List<Problem> problems) {
        super(message(what, source, problems));
        this.problems = ImmutableList.copyOf(problems);
    }

    /** Every problem found, in document order; never empty. */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(String what, String source, List<Problem> problems) {
        StringBuilder message = new StringBuilder()
                .append("The ").append(what).append(" (").append(source).append(") has ").append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        problems.stream().limit(MAX_PROBLEMS_IN_MESSAGE)
                .forEach(problem -> message.append("\n  ").append(problem));
        if (problems.size() > MAX_PROBLEMS_IN_MESSAGE) {
            message.append("\n  ... and ").append(problems.size() - MAX_PROBLEMS_IN_MESSAGE).append(" more");
        }
        return message.toString();
    }
}
