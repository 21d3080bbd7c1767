package dev.tandem.network;

import java.util.List;

import com.google.common.collect.ImmutableList;

/**
 * Input was rejected as a whole; {@link #problems()} lists every problem found, each with its place. Nothing was
 * built or applied. The message names the input and lists the first 50 problems.
 */
public abstract class AbstractInvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient ImmutableList<Problem> problems;

    /**
     * @param subject what was rejected, such as {@code The snapshot (bad.json)}
     * @param problems every problem, at least one
     */
    protected AbstractInvalidInputException(String subject, List<Problem> problems) {
        super(Problem.listing(subject, problems));
        this.problems = ImmutableList.copyOf(problems);
    }

    /** Every problem found, in the order of the input; never empty. */
    public List<Problem> problems() {
        return problems;
    }
}
