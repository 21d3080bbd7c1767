package dev.tandem.ledger;

import java.util.List;

import com.google.common.collect.ImmutableList;

import dev.tandem.network.Problem;

/**
 * An event log was rejected: lines that are not events, or an event that does not fit the ledger. Each
 * {@link Problem} is placed as {@code file:LINE} (and the field, when there is one), such as
 * {@code ledger.jsonl:12 quantity: 0 must be 1 or more}. Nothing was applied.
 */
public final class InvalidEventLogException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient ImmutableList<Problem> problems;

    public InvalidEventLogException(String source, List<Problem> problems) {
        super(Problem.listing("The event log (" + source + ")", problems));
        this.problems = ImmutableList.copyOf(problems);
    }

    /** Every problem found, by line; never empty. */
    public List<Problem> problems() {
        return problems;
    }
}
