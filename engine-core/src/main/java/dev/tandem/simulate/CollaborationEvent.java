package dev.tandem.simulate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import dev.tandem.model.Money;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StoreId;
import dev.tandem.rebalance.Move;
import dev.tandem.dispatch.Trip;

/** Something stores did together in a simulated network, as it happened; a ledger can record each. */
public sealed interface CollaborationEvent {

    /** When it was asked for. */
    OffsetDateTime at();

    /**
     * A part sent to a store whose customer waits for it, within the promise.
     *
     * @param eta handling at the source and the drive
     */
    record EmergencyTransfer(OffsetDateTime at, StoreId from, StoreId to, PartNumber part, Duration eta,
            Money freight, Money partValue) implements CollaborationEvent {

        public EmergencyTransfer {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(eta, "eta");
            Objects.requireNonNull(freight, "freight");
            Objects.requireNonNull(partValue, "partValue");
        }
    }

    /** A move of the weekly rebalance; {@link Move#revivesDeadStock()} tells a dead-stock revival. */
    record Rebalanced(OffsetDateTime at, Move move) implements CollaborationEvent {

        public Rebalanced {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(move, "move");
        }
    }

    /** A technician's support trip, booked at {@code at} for a customer who came on {@code requested}. */
    record SupportTrip(OffsetDateTime at, LocalDate requested, Trip trip) implements CollaborationEvent {

        public SupportTrip {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(trip, "trip");
        }
    }

    /**
     * A customer offered another store; {@code compensation} (coupon and ride) is paid only when accepted.
     *
     * @param waitSavedHours the wait at home less the drive and wait at the other store
     */
    record Diversion(OffsetDateTime at, StoreId from, StoreId to, double driveMinutes, double waitSavedHours,
            boolean accepted, Money compensation) implements CollaborationEvent {

        public Diversion {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(compensation, "compensation");
        }
    }
}
