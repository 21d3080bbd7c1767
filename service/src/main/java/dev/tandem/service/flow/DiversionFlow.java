package dev.tandem.service.flow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.tandem.ledger.Diversion;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.ledger.RecordKind;
import dev.tandem.ledger.Status;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.Money;
import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.service.ServiceException;
import dev.tandem.service.store.Change;
import dev.tandem.service.store.LedgerStore;
import dev.tandem.service.store.LedgerStore.RecordRow;
import dev.tandem.service.store.NetworkStore;

/**
 * The diversion offer and its life cycle: an overloaded store offers its customer a place at a nearby store
 * with a compensation; the customer's answer is recorded by the offering store. An accepted offer takes one job
 * of the receiving store's capacity that day (409 when it has none left) and frees one at the offering store;
 * the customer sets off; the receiving store records the customer served.
 */
public final class DiversionFlow {

    private final NetworkSnapshot network;

    public DiversionFlow(NetworkSnapshot network) {
        this.network = network;
    }

    public Reply offer(ActionTx tx, String from, String to, LocalDate day, Money compensation) throws SQLException {
        Names.store(network, "/from", from);
        Names.store(network, "/to", to);
        if (from.equals(to)) {
            throw ServiceException.invalid("/to", "must differ from /from", to);
        }
        if (NetworkStore.capacity(tx.tx(), to, day).isEmpty()) {
            throw ServiceException.invalid("/date", "must be a day with capacity at the receiving store (" + to + ")",
                    day.toString());
        }
        tx.principal().requireStaffOf(from, "offer a diversion from store (" + from + ")");
        String id = Records.newId("DV");
        insert(tx, new Diversion(RequestId.of(id), StoreId.of(from), StoreId.of(to), compensation), day, null);
        return Reply.created(view(tx, id));
    }

    /** Writes a new REQUESTED diversion offer (from a store, or from an approved plan). */
    void insert(ActionTx tx, Diversion diversion, LocalDate day, String planId) throws SQLException {
        RecordRow row = new RecordRow(diversion.id().value(), RecordKind.DIVERSION, diversion.from().value(),
                diversion.to().value(), null, null, null, null, null, day, Status.REQUESTED, 0, 0, 0, planId,
                tx.principal().username(), tx.now(), tx.now());
        LedgerStore.insert(tx.tx(), row);
        LedgerStore.appendEvent(tx.tx(), new LedgerEvent.Requested(tx.now(), diversion), tx.principal().username());
        tx.changed(Change.of("diversion.offered").record(row.id()).build());
    }

    /** The customer accepts: the job moves to the receiving store's capacity that day. */
    public Reply accept(ActionTx tx, String id) throws SQLException {
        RecordRow row = Records.lock(tx, id, Status.REQUESTED, "accepted", RecordKind.DIVERSION);
        tx.principal().requireStaffOf(row.requester(), "record the customer's answer to diversion (" + id + ")");
        CapacityDay receiving = NetworkStore.lockCapacity(tx.tx(), row.helper(), row.serviceDay()).orElseThrow();
        if (receiving.booked() >= receiving.capacity()) {
            throw ServiceException.conflict("no-capacity", "Store (" + row.helper() + ") has " + receiving.booked()
                    + " of " + receiving.capacity() + " jobs booked on " + row.serviceDay() + "; diversion (" + id
                    + ") cannot be accepted.\nRefuse it, or offer another store: GET /api/advice/receiving.");
        }
        tx.tx().update("UPDATE capacity_day SET booked = booked + 1 WHERE store = ? AND on_date = ?", row.helper(),
                row.serviceDay());
        Change.Builder change = Change.of("diversion.accepted").record(id).capacity(row.helper(), row.serviceDay());
        Optional<CapacityDay> offering = NetworkStore.lockCapacity(tx.tx(), row.requester(), row.serviceDay());
        if (offering.isPresent() && offering.get().booked() > 0) {
            tx.tx().update("UPDATE capacity_day SET booked = booked - 1 WHERE store = ? AND on_date = ?",
                    row.requester(), row.serviceDay());
            change.capacity(row.requester(), row.serviceDay());
        }
        step(tx, row, new LedgerEvent.Accepted(tx.now(), RequestId.of(id)), Status.ACCEPTED, change);
        return Reply.ok(view(tx, id));
    }

    public Reply refuse(ActionTx tx, String id, String reason) throws SQLException {
        RecordRow row = Records.lock(tx, id, Status.REQUESTED, "refused", RecordKind.DIVERSION);
        tx.principal().requireStaffOf(row.requester(), "record the customer's answer to diversion (" + id + ")");
        step(tx, row, new LedgerEvent.Refused(tx.now(), RequestId.of(id), reason), Status.REFUSED,
                Change.of("diversion.refused").record(id));
        return Reply.ok(view(tx, id));
    }

    /** The customer is on the way to the receiving store. */
    public Reply start(ActionTx tx, String id) throws SQLException {
        RecordRow row = Records.lock(tx, id, Status.ACCEPTED, "started", RecordKind.DIVERSION);
        tx.principal().requireStaffOf(row.requester(), "start diversion (" + id + ")");
        step(tx, row, new LedgerEvent.Started(tx.now(), RequestId.of(id)), Status.IN_PROGRESS,
                Change.of("diversion.started").record(id));
        return Reply.ok(view(tx, id));
    }

    /** The receiving store served the customer. */
    public Reply complete(ActionTx tx, String id, boolean served, OptionalDouble satisfaction) throws SQLException {
        RecordRow row = Records.lock(tx, id, Status.IN_PROGRESS, "completed", RecordKind.DIVERSION);
        tx.principal().requireStaffOf(row.helper(), "complete diversion (" + id + ") at store (" + row.helper()
                + ")");
        step(tx, row, new LedgerEvent.Completed(tx.now(), RequestId.of(id), served, satisfaction), Status.DONE,
                Change.of("diversion.done").record(id));
        return Reply.ok(view(tx, id));
    }

    private static void step(ActionTx tx, RecordRow row, LedgerEvent event, Status status, Change.Builder change)
            throws SQLException {
        LedgerStore.setStatus(tx.tx(), row, status, 0, 0, 0, tx.now());
        LedgerStore.appendEvent(tx.tx(), event, tx.principal().username());
        tx.changed(change.build());
    }

    private static RecordView view(ActionTx tx, String id) throws SQLException {
        return RecordView.of(LedgerStore.find(tx.tx(), id).orElseThrow());
    }
}
