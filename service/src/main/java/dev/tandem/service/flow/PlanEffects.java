package dev.tandem.service.flow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import dev.tandem.ledger.DeadStockRevival;
import dev.tandem.ledger.Diversion;
import dev.tandem.ledger.RecordKind;
import dev.tandem.ledger.Status;
import dev.tandem.ledger.SupportTrip;
import dev.tandem.ledger.Transfer;
import dev.tandem.model.Money;
import dev.tandem.model.PartNumber;
import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;
import dev.tandem.model.TechnicianId;
import dev.tandem.service.ServiceException;
import dev.tandem.service.store.LedgerStore.RecordRow;
import dev.tandem.service.store.NetworkStore;

/**
 * What an approved plan does to the ledger, through the same flows a store's click goes through: a move becomes
 * an accepted transfer (or dead-stock revival) holding the source's units, a trip a confirmed support booking,
 * an offer a diversion offer. Each throws a {@link ServiceException} and writes nothing when it no longer fits.
 */
public final class PlanEffects {

    private final TransferFlow transfers;
    private final SupportFlow support;
    private final DiversionFlow diversions;

    public PlanEffects(TransferFlow transfers, SupportFlow support, DiversionFlow diversions) {
        this.transfers = transfers;
        this.support = support;
        this.diversions = diversions;
    }

    public String move(ActionTx tx, String plan, String from, String to, String part, int quantity,
            boolean revivesDeadStock) throws SQLException {
        RequestId id = RequestId.of(Records.newId(revivesDeadStock ? "DR" : "TR"));
        if (revivesDeadStock) {
            return transfers.hold(tx, new DeadStockRevival(id, StoreId.of(from), StoreId.of(to), PartNumber.of(part),
                    quantity), RecordKind.DEAD_STOCK_REVIVAL, Status.ACCEPTED, plan).id();
        }
        return transfers.hold(tx, new Transfer(id, StoreId.of(from), StoreId.of(to), PartNumber.of(part), quantity,
                false), RecordKind.TRANSFER, Status.ACCEPTED, plan).id();
    }

    public String trip(ActionTx tx, String plan, String store, String home, String technician, OffsetDateTime from,
            OffsetDateTime to, double distanceKm) throws SQLException {
        String id = Records.newId("SU");
        LocalDate day = from.toLocalDate();
        SupportTrip trip = new SupportTrip(RequestId.of(id), StoreId.of(store), StoreId.of(home),
                TechnicianId.of(technician), day, distanceKm);
        support.insert(tx, new RecordRow(id, RecordKind.SUPPORT, store, home, null, null, technician, from, to, day,
                Status.ACCEPTED, 0, 0, 0, plan, tx.principal().username(), tx.now(), tx.now()), trip,
                Status.ACCEPTED);
        return id;
    }

    public String offer(ActionTx tx, String plan, String from, String to, LocalDate day, Money compensation)
            throws SQLException {
        if (NetworkStore.capacity(tx.tx(), to, day).isEmpty()) {
            throw ServiceException.conflict("no-capacity", "Store (" + to + ") has no capacity day on " + day + ".");
        }
        String id = Records.newId("DV");
        diversions.insert(tx, new Diversion(RequestId.of(id), StoreId.of(from), StoreId.of(to), compensation), day,
                plan);
        return id;
    }
}
