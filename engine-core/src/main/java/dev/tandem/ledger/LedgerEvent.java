package dev.tandem.ledger;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.OptionalDouble;

import dev.tandem.model.Money;
import dev.tandem.model.RequestId;

/**
 * One step in the life of a collaboration record, at a moment: the unit of the event log. Each kind of event
 * moves its record to one {@link #target() status}; a record takes each step at most once, so applying an event
 * a second time changes nothing.
 *
 * <p>Stock movements (transfers, revivals) go {@link Requested} → {@link Accepted} or {@link Refused} →
 * {@link Shipped} → {@link Received} → {@link Settled}; support trips and diversions use {@link Started} and
 * {@link Completed} instead of shipping and receiving.
 */
public sealed interface LedgerEvent {

    /** The record this event belongs to. */
    RequestId id();

    /** When it happened; never before the record's previous step. */
    OffsetDateTime at();

    /** The status the record has after this event. */
    Status target();

    /** A store asks for help; the record starts as {@link Status#REQUESTED}. */
    record Requested(OffsetDateTime at, Collaboration request) implements LedgerEvent {

        public Requested {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(request, "request");
        }

        @Override
        public RequestId id() {
            return request.id();
        }

        @Override
        public Status target() {
            return Status.REQUESTED;
        }
    }

    /** The helping store, or the diverted customer, says yes. */
    record Accepted(OffsetDateTime at, RequestId id) implements LedgerEvent {

        public Accepted {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public Status target() {
            return Status.ACCEPTED;
        }
    }

    /** The helping store, or the diverted customer, says no, with the reason given (may be empty). */
    record Refused(OffsetDateTime at, RequestId id, String reason) implements LedgerEvent {

        public Refused {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Status target() {
            return Status.REFUSED;
        }
    }

    /**
     * The sender of a stock movement ships {@code units} (1 to the quantity asked for): they leave its stock and
     * are in transit.
     */
    record Shipped(OffsetDateTime at, RequestId id, int units) implements LedgerEvent {

        public Shipped {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(id, "id");
            checkArgument(units >= 1, "The units shipped (%s) for request (%s) must be 1 or more.", units, id);
        }

        @Override
        public Status target() {
            return Status.IN_PROGRESS;
        }
    }

    /**
     * The receiver of a stock movement takes in {@code units}, at most what was shipped; units shipped and not
     * received are lost in transit (a short delivery).
     */
    record Received(OffsetDateTime at, RequestId id, int units) implements LedgerEvent {

        public Received {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(id, "id");
            checkArgument(units >= 0, "The units received (%s) for request (%s) must be 0 or more.", units, id);
        }

        @Override
        public Status target() {
            return Status.DONE;
        }
    }

    /** A support technician sets off, or a diverted customer is on the way to the receiving store. */
    record Started(OffsetDateTime at, RequestId id) implements LedgerEvent {

        public Started {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public Status target() {
            return Status.IN_PROGRESS;
        }
    }

    /**
     * A support trip or diversion is over.
     *
     * @param resolved whether the fault was solved (support) or the customer served (diversion)
     * @param satisfaction the customer's score from 0 to 10, when asked
     */
    record Completed(OffsetDateTime at, RequestId id, boolean resolved, OptionalDouble satisfaction)
            implements LedgerEvent {

        public Completed {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(satisfaction, "satisfaction");
            satisfaction.ifPresent(score -> checkArgument(score >= 0 && score <= 10,
                    "The satisfaction (%s) of request (%s) must be from 0 to 10.", score, id));
        }

        @Override
        public Status target() {
            return Status.DONE;
        }
    }

    /** HQ paid what the record cost (后台结算): freight, subsidy with travel and lodging, or compensation. */
    record Settled(OffsetDateTime at, RequestId id, Money paid) implements LedgerEvent {

        public Settled {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(paid, "paid");
            checkArgument(!paid.isNegative(), "The amount paid (%s) for request (%s) is negative.", paid, id);
        }

        @Override
        public Status target() {
            return Status.SETTLED;
        }
    }
}
