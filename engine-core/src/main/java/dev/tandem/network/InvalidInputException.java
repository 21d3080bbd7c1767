package dev.tandem.network;

import java.util.List;

import com.google.common.collect.ImmutableList;

/**
 * Input was rejected as a whole; {@link #problems()} lists every problem found, each with its place. Nothing was
 * built or applied. The message names the input and lists the first 50 problems.
 */
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient ImmutableList<InputError> problems;

    /**
     * @param what what the input is, such as {@code request file}; the message starts "The request file (source)"
     * @param source where the input came from, such as a file name
     * @param problems every problem, at least one
     */
    public InvalidInputException(String what, String source, List<InputError> problems) {
        this("The " + what + " (" + source + ")", problems);
    }

    /**
     * @param subject what was rejected, such as {@code The snapshot (bad.json)}
     * @param problems every problem, at least one
     */
    protected InvalidInputException(String subject, List<InputError> problems) {
        super(InputError.listing(subject, problems));
        this.problems = ImmutableList.copyOf(problems);
    }

    /** Every problem found, in the order of the input; never empty. */
    public List<InputError> problems() {
        return problems;
    }
}
