package dev.tandem.service.flow;

import java.sql.SQLException;
import java.util.Optional;

import dev.tandem.ledger.Collaboration;
import dev.tandem.ledger.DeadStockRevival;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.ledger.RecordKind;
import dev.tandem.ledger.Status;
import dev.tandem.ledger.Transfer;
import dev.tandem.model.Money;
import dev.tandem.model.PartNumber;
import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.service.ServiceException;
import dev.tandem.service.store.Change;
import dev.tandem.service.store.LedgerStore;
import dev.tandem.service.store.LedgerStore.RecordRow;
import dev.tandem.service.store.NetworkStore.StockRow;
import dev.tandem.service.store.StockStore;

/**
 * The one-click transfer and its life cycle in the ledger: the requesting store asks, and the units are held at
 * the source at once (so two stores racing for the last spare unit cannot both get it); the source approves or
 * refuses (releasing the hold); ships (the units leave its stock and are in transit); the requester receives
 * (the units arrive; any not received are lost in transit); HQ settles the freight.
 */
public final class TransferFlow {

    /** The most units one request may ask for. */
    public static final int MAX_QUANTITY = 10_000;

    private final NetworkSnapshot network;

    public TransferFlow(NetworkSnapshot network) {
        this.network = network;
    }

    /** A store asks another for parts; 409 when the source has fewer units free. */
    public Reply request(ActionTx tx, String from, String to, String part, int quantity, boolean customerWaiting)
            throws SQLException {
        Names.store(network, "/from", from);
        Names.store(network, "/to", to);
        Names.part(network, "/part", part);
        if (from.equals(to)) {
            throw ServiceException.invalid("/from", "must differ from /to", from);
        }
        checkQuantity("/quantity", quantity, MAX_QUANTITY);
        tx.principal().requireStaffOf(to, "request a transfer for store (" + to + ")");
        String id = Records.newId("TR");
        Transfer transfer = new Transfer(RequestId.of(id), StoreId.of(from), StoreId.of(to), PartNumber.of(part),
                quantity, customerWaiting);
        RecordRow row = hold(tx, transfer, RecordKind.TRANSFER, Status.REQUESTED, null);
        return Reply.created(RecordView.of(row));
    }

    /**
     * Writes a new stock movement record (a transfer or a revival from an approved plan), holding its units at the
     * source. The record starts REQUESTED, or ACCEPTED when HQ approved it as part of a plan.
     *
     * @throws ServiceException 409 when the source has fewer units free than the movement takes
     */
    RecordRow hold(ActionTx tx, Collaboration movement, RecordKind kind, Status status, String planId)
            throws SQLException {
        String from = movement.helper().value();
        String to = movement.requester().value();
        String part = movement instanceof Transfer transfer ? transfer.part().value()
                : ((DeadStockRevival) movement).part().value();
        int quantity = movement instanceof Transfer transfer ? transfer.quantity()
                : ((DeadStockRevival) movement).quantity();
        StockRow source = StockStore.lock(tx.tx(), from, part).orElse(new StockRow(from, part, 0, 0, 0));
        int free = source.onHand() - source.reserved();
        if (free < quantity) {
            throw ServiceException.conflict("insufficient-stock", "Store (" + from + ") has " + free
                    + " units of part (" + part + ") free (on hand " + source.onHand() + ", reserved "
                    + source.reserved() + "); cannot hold " + quantity + " for store (" + to + ")."
                    + "\nAsk for fewer, or from another store: GET /api/advice/transfer names who can give.");
        }
        StockStore.update(tx.tx(), from, part, source.onHand(), source.reserved() + quantity);
        RecordRow row = new RecordRow(movement.id().value(), kind, to, from, part, quantity, null, null, null, null,
                status, quantity, 0, 0, planId, tx.principal().username(), tx.now(), tx.now());
        LedgerStore.insert(tx.tx(), row);
        LedgerStore.appendEvent(tx.tx(), new LedgerEvent.Requested(tx.now(), movement), tx.principal().username());
        if (status == Status.ACCEPTED) {
            LedgerStore.appendEvent(tx.tx(), new LedgerEvent.Accepted(tx.now(), movement.id()),
                    tx.principal().username());
        }
        tx.changed(Change.of(Records.lower(kind) + "." + status.name().toLowerCase(java.util.Locale.ROOT))
                .record(row.id()).stock(from, part).build());
        return row;
    }

    /** The source store says yes; the units stay held until shipped. */
    public Reply approve(ActionTx tx, String id) throws SQLException {
        RecordRow row = Records.lock(tx, id, Status.REQUESTED, "approved", RecordKind.TRANSFER,
                RecordKind.DEAD_STOCK_REVIVAL);
        tx.principal().requireStaffOf(row.helper(), "approve transfer (" + id + ") out of store (" + row.helper()
                + ")");
        return step(tx, row, new LedgerEvent.Accepted(tx.now(), RequestId.of(id)), Status.ACCEPTED, row.unitsHeld(),
                0, 0, "approved");
    }

    /** The source store says no; the hold is released. */
    public Reply refuse(ActionTx tx, String id, String reason) throws SQLException {
        RecordRow row = Records.lock(tx, id, Status.REQUESTED, "refused", RecordKind.TRANSFER,
                RecordKind.DEAD_STOCK_REVIVAL);
        tx.principal().requireStaffOf(row.helper(), "refuse transfer (" + id + ") out of store (" + row.helper()
                + ")");
        release(tx, row, 0);
        return step(tx, row, new LedgerEvent.Refused(tx.now(), RequestId.of(id), reason), Status.REFUSED, 0, 0, 0,
                "refused");
    }

    /** The source ships {@code units} (at most those held); they leave its stock and the rest of the hold ends. */
    public Reply ship(ActionTx tx, String id, Optional<Integer> units) throws SQLException {
        RecordRow row = Records.lock(tx, id, Status.ACCEPTED, "shipped", RecordKind.TRANSFER,
                RecordKind.DEAD_STOCK_REVIVAL);
        tx.principal().requireStaffOf(row.helper(), "ship transfer (" + id + ") from store (" + row.helper() + ")");
        int shipped = units.orElse(row.unitsHeld());
        checkQuantity("/units", shipped, row.unitsHeld());
        release(tx, row, shipped);
        return step(tx, row, new LedgerEvent.Shipped(tx.now(), RequestId.of(id), shipped), Status.IN_PROGRESS, 0,
                shipped, 0, "shipped");
    }

    /** The requesting store takes in {@code units} (at most those shipped; the rest are lost in transit). */
    public Reply receive(ActionTx tx, String id, Optional<Integer> units) throws SQLException {
        RecordRow row = Records.lock(tx, id, Status.IN_PROGRESS, "received", RecordKind.TRANSFER,
                RecordKind.DEAD_STOCK_REVIVAL);
        tx.principal().requireStaffOf(row.requester(), "receive transfer (" + id + ") at store (" + row.requester()
                + ")");
        int received = units.orElse(row.unitsShipped());
        if (received < 0 || received > row.unitsShipped()) {
            throw ServiceException.invalid("/units", "must be from 0 to the " + row.unitsShipped() + " units shipped",
                    String.valueOf(received));
        }
        if (received > 0) {
            Optional<StockRow> target = StockStore.lock(tx.tx(), row.requester(), row.part());
            if (target.isPresent()) {
                StockStore.update(tx.tx(), row.requester(), row.part(), target.get().onHand() + received,
                        target.get().reserved());
            } else {
                StockStore.insert(tx.tx(), row.requester(), row.part(), received);
            }
        }
        return step(tx, row, new LedgerEvent.Received(tx.now(), RequestId.of(id), received), Status.DONE, 0,
                row.unitsShipped(), received, "received");
    }

    /** Takes {@code shipped} units out of the source and ends the record's hold on the rest. */
    private void release(ActionTx tx, RecordRow row, int shipped) throws SQLException {
        StockRow source = StockStore.lock(tx.tx(), row.helper(), row.part()).orElseThrow(() -> new IllegalStateException(
                "Record (" + row.id() + ") holds units of a stock row that does not exist."));
        StockStore.update(tx.tx(), row.helper(), row.part(), source.onHand() - shipped,
                source.reserved() - row.unitsHeld());
    }

    private Reply step(ActionTx tx, RecordRow row, LedgerEvent event, Status status, int held, int shipped,
            int received, String verb) throws SQLException {
        LedgerStore.setStatus(tx.tx(), row, status, held, shipped, received, tx.now());
        LedgerStore.appendEvent(tx.tx(), event, tx.principal().username());
        Change.Builder change = Change.of(Records.lower(row.kind()) + "." + verb).record(row.id())
                .stock(row.helper(), row.part());
        if (status == Status.DONE) {
            change.stock(row.requester(), row.part());
        }
        tx.changed(change.build());
        return Reply.ok(RecordView.of(LedgerStore.find(tx.tx(), row.id()).orElseThrow()));
    }

    /** HQ pays what a done record cost: freight, subsidy or compensation. */
    public static Reply settle(ActionTx tx, String id, Money paid) throws SQLException {
        tx.principal().requireHq("settle record (" + id + ")");
        RecordRow row = Records.lock(tx, id, Status.DONE, "settled", RecordKind.values());
        LedgerStore.setStatus(tx.tx(), row, Status.SETTLED, row.unitsHeld(), row.unitsShipped(), row.unitsReceived(),
                tx.now());
        LedgerStore.appendEvent(tx.tx(), new LedgerEvent.Settled(tx.now(), RequestId.of(id), paid),
                tx.principal().username());
        tx.changed(Change.of(Records.lower(row.kind()) + ".settled").record(id).build());
        return Reply.ok(RecordView.of(LedgerStore.find(tx.tx(), id).orElseThrow()));
    }

    static void checkQuantity(String field, int units, int max) {
        if (units < 1 || units > max) {
            throw ServiceException.invalid(field, "must be from 1 to " + max, String.valueOf(units));
        }
    }
}
