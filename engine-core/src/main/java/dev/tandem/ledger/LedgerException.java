package dev.tandem.ledger;

import java.util.Objects;

import dev.tandem.model.RequestId;

/**
 * An event was rejected because it does not fit the record or the stock it is about: an invalid transition
 * (settling a refused request), more units received than were shipped, a request id used for other content.
 * Nothing was applied or logged.
 */
public final class LedgerException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient RequestId request;

    LedgerException(RequestId request, String message) {
        super(message);
        this.request = Objects.requireNonNull(request, "request");
    }

    /** The request the rejected event was for. */
    public RequestId request() {
        return request;
    }
}
