package dev.tandem.service.flow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.OptionalDouble;

import dev.tandem.ledger.LedgerEvent;
import dev.tandem.ledger.RecordKind;
import dev.tandem.ledger.Status;
import dev.tandem.ledger.SupportTrip;
import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianId;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.service.ServiceException;
import dev.tandem.service.store.Change;
import dev.tandem.service.store.LedgerStore;
import dev.tandem.service.store.LedgerStore.RecordRow;
import dev.tandem.service.store.NetworkStore;
import dev.tandem.service.store.NetworkStore.TechnicianRow;

/**
 * The support booking and its life cycle: the store with the fault books another store's technician for a day;
 * the lending store confirms (by the day before, as the playbook asks) or refuses; the technician sets off; the
 * requesting store records the work done. A confirmed booking holds the technician: no second booking of theirs
 * may overlap it.
 */
public final class SupportFlow {

    /** The support day's hours when the booking gives none. */
    static final LocalTime DAY_STARTS = LocalTime.of(9, 0);
    static final LocalTime DAY_ENDS = LocalTime.of(18, 0);

    private final NetworkSnapshot network;

    public SupportFlow(NetworkSnapshot network) {
        this.network = network;
    }

    /** The response to a confirmation: the record, and whether it came by the day before the support day. */
    public record Confirmation(RecordView record, boolean confirmedDayBefore) {
    }

    public Reply request(ActionTx tx, String requester, String technicianId, LocalDate day, TimeWindow window)
            throws SQLException {
        Names.store(network, "/requester", requester);
        TechnicianId id = Names.technician(network, "/technician", technicianId);
        Technician technician = network.findTechnician(id).orElseThrow();
        String lender = technician.store().value();
        if (lender.equals(requester)) {
            throw ServiceException.invalid("/technician", "must work for another store than the requester",
                    technicianId);
        }
        tx.principal().requireStaffOf(requester, "book support for store (" + requester + ")");
        TimeWindow trip = window != null ? window : dayWindow(day);
        String recordId = Records.newId("SU");
        SupportTrip support = new SupportTrip(RequestId.of(recordId), StoreId.of(requester), technician.store(), id,
                day, network.leg(technician.store(), StoreId.of(requester)).distanceKm());
        RecordRow row = new RecordRow(recordId, RecordKind.SUPPORT, requester, lender, null, null, technicianId,
                trip.from(), trip.to(), day, Status.REQUESTED, 0, 0, 0, null, tx.principal().username(), tx.now(),
                tx.now());
        insert(tx, row, support, Status.REQUESTED);
        return Reply.created(RecordView.of(row));
    }

    /** Writes a new support record: REQUESTED, or ACCEPTED (and holding the technician) from an approved plan. */
    void insert(ActionTx tx, RecordRow row, SupportTrip support, Status status) throws SQLException {
        if (status == Status.ACCEPTED) {
            checkFree(tx, row);
        }
        LedgerStore.insert(tx.tx(), row);
        LedgerStore.appendEvent(tx.tx(), new LedgerEvent.Requested(tx.now(), support), tx.principal().username());
        if (status == Status.ACCEPTED) {
            LedgerStore.appendEvent(tx.tx(), new LedgerEvent.Accepted(tx.now(), support.id()),
                    tx.principal().username());
        }
        tx.changed(Change.of("support." + (status == Status.ACCEPTED ? "confirmed" : "requested")).record(row.id())
                .technician(row.technician()).build());
    }

    /** The lending store confirms; 409 when the technician is away or booked at an overlapping time. */
    public Reply confirm(ActionTx tx, String id) throws SQLException {
        RecordRow row = Records.lock(tx, id, Status.REQUESTED, "confirmed", RecordKind.SUPPORT);
        tx.principal().requireStaffOf(row.helper(), "confirm support (" + id + ") by store (" + row.helper() + ")");
        checkFree(tx, row);
        step(tx, row, new LedgerEvent.Accepted(tx.now(), RequestId.of(id)), Status.ACCEPTED, "confirmed");
        boolean dayBefore = tx.now().toLocalDate().isBefore(row.serviceDay());
        return Reply.ok(new Confirmation(view(tx, id), dayBefore));
    }

    public Reply refuse(ActionTx tx, String id, String reason) throws SQLException {
        RecordRow row = Records.lock(tx, id, Status.REQUESTED, "refused", RecordKind.SUPPORT);
        tx.principal().requireStaffOf(row.helper(), "refuse support (" + id + ") by store (" + row.helper() + ")");
        step(tx, row, new LedgerEvent.Refused(tx.now(), RequestId.of(id), reason), Status.REFUSED, "refused");
        return Reply.ok(view(tx, id));
    }

    /** The technician sets off: their status becomes ON_SUPPORT. */
    public Reply start(ActionTx tx, String id) throws SQLException {
        RecordRow row = Records.lock(tx, id, Status.ACCEPTED, "started", RecordKind.SUPPORT);
        tx.principal().requireStaffOf(row.helper(), "start support (" + id + ") from store (" + row.helper() + ")");
        setStatus(tx, row.technician(), TechnicianStatus.ON_SUPPORT);
        step(tx, row, new LedgerEvent.Started(tx.now(), RequestId.of(id)), Status.IN_PROGRESS, "started");
        return Reply.ok(view(tx, id));
    }

    /** The requesting store records the work done; the technician is back on duty. */
    public Reply complete(ActionTx tx, String id, boolean resolved, OptionalDouble satisfaction)
            throws SQLException {
        RecordRow row = Records.lock(tx, id, Status.IN_PROGRESS, "completed", RecordKind.SUPPORT);
        tx.principal().requireStaffOf(row.requester(), "complete support (" + id + ") at store (" + row.requester()
                + ")");
        setStatus(tx, row.technician(), TechnicianStatus.ON_DUTY);
        step(tx, row, new LedgerEvent.Completed(tx.now(), RequestId.of(id), resolved, satisfaction), Status.DONE,
                "done");
        return Reply.ok(view(tx, id));
    }

    private void checkFree(ActionTx tx, RecordRow row) throws SQLException {
        TechnicianRow technician = NetworkStore.lockTechnician(tx.tx(), row.technician()).orElseThrow();
        if (technician.status() == TechnicianStatus.LEAVE || technician.status() == TechnicianStatus.OFF) {
            throw ServiceException.conflict("technician-away", "Technician (" + row.technician() + ") is "
                    + technician.status() + "; support (" + row.id() + ") cannot be confirmed."
                    + "\nRefuse it, or set the technician ON_DUTY first.");
        }
        TimeWindow wanted = TimeWindow.of(row.windowFrom(), row.windowTo());
        for (RecordRow other : LedgerStore.activeTrips(tx.tx(), row.technician())) {
            if (!other.id().equals(row.id())
                    && wanted.overlaps(TimeWindow.of(other.windowFrom(), other.windowTo()))) {
                throw ServiceException.conflict("technician-booked", "Technician (" + row.technician()
                        + ") is booked for support (" + other.id() + ") at store (" + other.requester() + ") from "
                        + other.windowFrom() + " to " + other.windowTo() + ", which overlaps (" + row.id() + ")."
                        + "\nRefuse this booking, or ask GET /api/advice/technician for another technician.");
            }
        }
    }

    private static void setStatus(ActionTx tx, String technician, TechnicianStatus status) throws SQLException {
        NetworkStore.lockTechnician(tx.tx(), technician).orElseThrow();
        tx.tx().update("UPDATE technician_state SET status = ? WHERE technician = ?", status.name(), technician);
    }

    private static void step(ActionTx tx, RecordRow row, LedgerEvent event, Status status, String verb)
            throws SQLException {
        LedgerStore.setStatus(tx.tx(), row, status, 0, 0, 0, tx.now());
        LedgerStore.appendEvent(tx.tx(), event, tx.principal().username());
        tx.changed(Change.of("support." + verb).record(row.id()).technician(row.technician()).build());
    }

    private static RecordView view(ActionTx tx, String id) throws SQLException {
        return RecordView.of(LedgerStore.find(tx.tx(), id).orElseThrow());
    }

    /** The support day's default hours, in the network's time zone offset. */
    TimeWindow dayWindow(LocalDate day) {
        return TimeWindow.of(OffsetDateTime.of(day, DAY_STARTS, network.asOf().getOffset()),
                OffsetDateTime.of(day, DAY_ENDS, network.asOf().getOffset()));
    }
}
