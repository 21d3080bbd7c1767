package dev.tandem.ledger;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a collaboration record is in its life cycle. The only moves are
 * {@code REQUESTED → ACCEPTED | REFUSED}, {@code ACCEPTED → IN_PROGRESS}, {@code IN_PROGRESS → DONE} and
 * {@code DONE → SETTLED}; {@code REFUSED} and {@code SETTLED} are final.
 */
public enum Status {
    /** Asked for; not yet answered. */
    REQUESTED,
    /** The helping store (or, for a diversion, the customer) said yes. */
    ACCEPTED,
    /** The helping store (or, for a diversion, the customer) said no. Final. */
    REFUSED,
    /** Parts shipped, technician on the way, customer on the way. */
    IN_PROGRESS,
    /** Parts received, fault worked on, customer served. */
    DONE,
    /** Paid for by HQ: freight, subsidy, compensation (后台结算). Final. */
    SETTLED;

    /** The statuses this one may move to; empty when final. */
    public Set<Status> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(ACCEPTED, REFUSED);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(DONE);
            case DONE -> EnumSet.of(SETTLED);
            case REFUSED, SETTLED -> EnumSet.noneOf(Status.class);
        };
    }

    public boolean canMoveTo(Status target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Whether the record got this far: done, or settled after being done. */
    public boolean isDone() {
        return this == DONE || this == SETTLED;
    }

    /** Whether the record was accepted, whatever happened after. */
    public boolean wasAccepted() {
        return this != REQUESTED && this != REFUSED;
    }
}
