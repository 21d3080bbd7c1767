package dev.tandem.kpi;

import dev.tandem.ledger.Collaboration;
import dev.tandem.model.StoreId;

/** A promise a request broke, charged to the store that could have kept it. */
public enum Breach {
    /** A transfer for a waiting customer arrived later than the promise (default 2 h), or not yet. Sender. */
    TRANSFER_PROMISE,
    /** A support trip was asked for less than the booking lead (default 3 days) before its day. Requester. */
    BOOKING_LEAD,
    /** A request was answered later than the answer time (default 24 h), or is unanswered after it. Helper. */
    ANSWER_TIME,
    /** A request was not answered by the daily close (default 21:00) of its day. Helper. */
    DAILY_CLOSE;

    /** The store the breach is charged to. */
    public StoreId chargedTo(Collaboration request) {
        return this == BOOKING_LEAD ? request.requester() : request.helper();
    }
}
