package dev.tandem.ledger;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.network.NetworkSnapshot;

/**
 * Decides what an event does to its record: the next entry, nothing (a step already taken, the same again), or a
 * {@link LedgerException} with the values involved and what to do instead. Reads, never writes.
 */
final class LedgerRules {

    private LedgerRules() {
    }

    /** The entry after {@code event}, or empty when the event repeats a step the record already took. */
    static Optional<LedgerEntry> next(LedgerEvent event, Optional<LedgerEntry> current, NetworkSnapshot network,
            StockBook stock) {
        if (event instanceof LedgerEvent.Requested requested) {
            if (current.isPresent()) {
                return repeated(current.get(), event);
            }
            checkKnown(requested.request(), network);
            return Optional.of(LedgerEntry.requested(requested));
        }
        LedgerEntry entry = current.orElseThrow(() -> new LedgerException(event.id(), "There is no request ("
                + event.id() + ") for the " + event.target() + " event at " + event.at() + "."
                + "\nMaybe its Requested event is missing, or comes later in the log."));
        if (entry.step(event.target()).isPresent()) {
            return repeated(entry, event);
        }
        Status status = entry.status();
        if (!status.canMoveTo(event.target())) {
            throw new LedgerException(event.id(), "The request (" + event.id() + ", " + entry.kind() + ") is "
                    + status + " and cannot become " + event.target() + "." + "\n" + advice(status));
        }
        checkEventFitsKind(entry, event);
        if (event.at().isBefore(entry.last().at())) {
            throw new LedgerException(event.id(), "The " + event.target() + " event of request (" + event.id()
                    + ") at " + event.at() + " is before its " + status + " step at " + entry.last().at() + "."
                    + "\nEach step of a record happens at or after the one before.");
        }
        if (event instanceof LedgerEvent.Shipped shipped) {
            checkShipment((StockMovement) entry.request(), shipped, stock);
        } else if (event instanceof LedgerEvent.Received received && received.units() > entry.unitsShipped()) {
            throw new LedgerException(event.id(), "The request (" + event.id() + ") shipped " + entry.unitsShipped()
                    + " units; " + received.units() + " cannot be received."
                    + "\nReceive at most what was shipped; units not received are recorded as lost.");
        }
        return Optional.of(entry.with(event));
    }

    private static Optional<LedgerEntry> repeated(LedgerEntry entry, LedgerEvent event) {
        LedgerEvent taken = entry.step(event.target()).orElseThrow();
        if (taken.equals(event)) {
            return Optional.empty();
        }
        throw new LedgerException(event.id(), "The request (" + event.id() + ") took its " + event.target()
                + " step already, as " + taken + "; the event " + event + " differs from it."
                + "\nA record takes each step once: use a new request id for a new request.");
    }

    private static String advice(Status status) {
        if (status.isFinal()) {
            return "A " + status + " request is final; only a DONE request can be settled, only a REQUESTED one "
                    + "accepted or refused.";
        }
        return "From " + status + " it can only become " + status.next().stream().map(Status::name)
                .collect(Collectors.joining(" or ")) + ".";
    }

    private static void checkEventFitsKind(LedgerEntry entry, LedgerEvent event) {
        boolean movesStock = entry.request() instanceof StockMovement;
        boolean stockEvent = event instanceof LedgerEvent.Shipped || event instanceof LedgerEvent.Received;
        boolean serviceEvent = event instanceof LedgerEvent.Started || event instanceof LedgerEvent.Completed;
        if (movesStock && serviceEvent || !movesStock && stockEvent) {
            throw new LedgerException(event.id(), "The request (" + event.id() + ") is a " + entry.kind() + "; a "
                    + event.getClass().getSimpleName() + " event does not apply to it."
                    + "\nStock movements are Shipped and Received; support trips and diversions Started and "
                    + "Completed.");
        }
    }

    private static void checkShipment(StockMovement movement, LedgerEvent.Shipped shipped, StockBook stock) {
        if (shipped.units() > movement.quantity()) {
            throw new LedgerException(shipped.id(), "The request (" + shipped.id() + ") asks for "
                    + movement.quantity() + " units of part (" + movement.part() + "); " + shipped.units()
                    + " cannot be shipped.\nShip at most the quantity asked for.");
        }
        int free = stock.free(new StockKey(movement.from(), movement.part()));
        if (shipped.units() > free) {
            throw new LedgerException(shipped.id(), "The store (" + movement.from() + ") has " + free
                    + " free units of part (" + movement.part() + "); request (" + shipped.id() + ") ships "
                    + shipped.units() + ".\nReserved units stay with their jobs; ship fewer, or from another store.");
        }
    }

    private static void checkKnown(Collaboration request, NetworkSnapshot network) {
        for (StoreId store : List.of(request.requester(), request.helper())) {
            if (network.findStore(store).isEmpty()) {
                throw new LedgerException(request.id(), "The request (" + request.id() + ") names store (" + store
                        + "), which is not in the network.\nMaybe the ledger was opened on another snapshot.");
            }
        }
        if (request instanceof StockMovement movement && network.findPart(movement.part()).isEmpty()) {
            throw new LedgerException(request.id(), "The request (" + request.id() + ") names part ("
                    + movement.part() + "), which is not in the network's catalogue.");
        }
        if (request instanceof SupportTrip trip && network.findTechnician(trip.technician()).map(Technician::store)
                .filter(trip.lender()::equals).isEmpty()) {
            throw new LedgerException(request.id(), "The support trip (" + request.id() + ") sends technician ("
                    + trip.technician() + "), who is not a technician of the lending store (" + trip.lender()
                    + ").");
        }
    }
}
