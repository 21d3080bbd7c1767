package dev.tandem.simulate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import dev.tandem.ledger.Collaboration;
import dev.tandem.ledger.DeadStockRevival;
import dev.tandem.ledger.Diversion;
import dev.tandem.ledger.Ledger;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.ledger.StockMovement;
import dev.tandem.ledger.SupportTrip;
import dev.tandem.ledger.Transfer;
import dev.tandem.model.Money;
import dev.tandem.model.RequestId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.Move;
import dev.tandem.dispatch.Trip;

/**
 * Records a simulated run in the collaboration ledger, one ledger per week opened on the week's snapshot (the
 * simulation's deliveries and sales are not ledger events, so a ledger's stock book stays true only within its
 * week). Each collaboration becomes a record taken through its whole life: requested, accepted (or refused),
 * shipped and received or started and completed, settled with what HQ paid.
 *
 * <p>A parts move the week's stock book cannot cover, from stock that arrived by delivery after the week opened,
 * is counted in {@link #refused()} and left out, whole; any other refusal of the ledger is a mistake and thrown.
 * Not thread-safe: one recorder per run.
 */
public final class LedgerRecorder implements SimulationListener {

    /** The call and the approval before a part leaves, as the matching core counts them. */
    private static final Duration HANDLING = Duration.ofMinutes(15);

    private final List<Ledger> weeks = new ArrayList<>();
    private long next;
    private int refused;

    @Override
    public void weekStarted(int week, NetworkSnapshot snapshot) {
        weeks.add(Ledger.of(Objects.requireNonNull(snapshot, "snapshot")));
    }

    @Override
    public void collaborated(CollaborationEvent event) {
        if (weeks.isEmpty()) {
            throw new IllegalStateException("A collaboration (" + event + ") came before the first week started.");
        }
        Ledger ledger = weeks.get(weeks.size() - 1);
        List<LedgerEvent> life;
        if (event instanceof CollaborationEvent.EmergencyTransfer transfer) {
            life = emergency(transfer);
        } else if (event instanceof CollaborationEvent.Rebalanced rebalanced) {
            life = rebalanced(rebalanced);
        } else if (event instanceof CollaborationEvent.SupportTrip trip) {
            life = support(trip);
        } else {
            life = diversion((CollaborationEvent.Diversion) event);
        }
        if (life.get(0) instanceof LedgerEvent.Requested requested
                && requested.request() instanceof StockMovement movement
                && ledger.free(movement.from(), movement.part()) < movement.quantity()) {
            refused++;
            return;
        }
        life.forEach(ledger::apply);
    }

    /** The ledgers, one per simulated week (Monday to Sunday after the first), in order. */
    public List<Ledger> weeks() {
        return List.copyOf(weeks);
    }

    /** Records the ledger refused and the recorder left out. */
    public int refused() {
        return refused;
    }

    private List<LedgerEvent> emergency(CollaborationEvent.EmergencyTransfer transfer) {
        RequestId id = nextId("ET");
        OffsetDateTime at = transfer.at();
        return List.of(
                new LedgerEvent.Requested(at, new Transfer(id, transfer.from(), transfer.to(), transfer.part(), 1,
                        true)),
                new LedgerEvent.Accepted(at.plus(HANDLING), id),
                new LedgerEvent.Shipped(at.plus(HANDLING), id, 1),
                new LedgerEvent.Received(at.plus(transfer.eta()), id, 1),
                new LedgerEvent.Settled(at.plus(transfer.eta()), id, transfer.freight()));
    }

    private List<LedgerEvent> rebalanced(CollaborationEvent.Rebalanced rebalanced) {
        Move move = rebalanced.move();
        RequestId id = nextId(move.revivesDeadStock() ? "DS" : "RB");
        Collaboration request = move.revivesDeadStock()
                ? new DeadStockRevival(id, move.from(), move.to(), move.part(), move.quantity())
                : new Transfer(id, move.from(), move.to(), move.part(), move.quantity(), false);
        OffsetDateTime at = rebalanced.at();
        return List.of(new LedgerEvent.Requested(at, request), new LedgerEvent.Accepted(at, id),
                new LedgerEvent.Shipped(at.plus(HANDLING), id, move.quantity()),
                new LedgerEvent.Received(at.plusHours(4), id, move.quantity()),
                new LedgerEvent.Settled(at.plusHours(4), id, move.freight()));
    }

    private List<LedgerEvent> support(CollaborationEvent.SupportTrip booked) {
        Trip trip = booked.trip();
        RequestId id = nextId("ST");
        OffsetDateTime at = booked.at();
        return List.of(
                new LedgerEvent.Requested(at, new SupportTrip(id, trip.store(), trip.home(), trip.technician(),
                        trip.start().toLocalDate(), trip.distanceKm())),
                new LedgerEvent.Accepted(at, id),
                new LedgerEvent.Started(trip.start(), id),
                new LedgerEvent.Completed(trip.end(), id, true, OptionalDouble.empty()),
                new LedgerEvent.Settled(trip.back(), id, trip.cost()));
    }

    private List<LedgerEvent> diversion(CollaborationEvent.Diversion offer) {
        RequestId id = nextId("DV");
        OffsetDateTime at = offer.at();
        LedgerEvent requested = new LedgerEvent.Requested(at, new Diversion(id, offer.from(), offer.to(),
                offer.accepted() ? offer.compensation() : Money.ZERO));
        if (!offer.accepted()) {
            return List.of(requested, new LedgerEvent.Refused(at, id, "the customer chose to wait"));
        }
        OffsetDateTime there = at.plusSeconds(Math.round(offer.driveMinutes() * 60));
        return List.of(requested, new LedgerEvent.Accepted(at, id), new LedgerEvent.Started(there, id),
                new LedgerEvent.Completed(there.plusHours(1), id, true, OptionalDouble.empty()),
                new LedgerEvent.Settled(there.plusHours(1), id, offer.compensation()));
    }

    private RequestId nextId(String kind) {
        return RequestId.of(kind + "-" + ++next);
    }
}
