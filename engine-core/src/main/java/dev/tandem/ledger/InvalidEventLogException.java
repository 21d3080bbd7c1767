package dev.tandem.ledger;

import java.util.List;

import dev.tandem.network.InvalidInputException;
import dev.tandem.network.InputError;

/**
 * An event log was rejected: lines that are not events, or an event that does not fit the ledger. Each
 * {@link InputError} is placed as {@code file:LINE} (and the field, when there is one), such as
 * {@code ledger.jsonl:12 units: 0 must be 1 or more}. Nothing was applied.
 */
public final class InvalidEventLogException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public InvalidEventLogException(String source, List<InputError> problems) {
        super("The event log (" + source + ")", problems);
    }
}
