package dev.tandem.service.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.io.ledger.LedgerJson;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.ledger.RecordKind;
import dev.tandem.ledger.Status;

/**
 * Collaboration records and their status history. A record's row holds its current status (for locking and
 * queries); {@code ledger_event} holds every step as the library's event log writes it, so the ledger's reports
 * read the same events a file-based ledger would.
 */
public final class LedgerStore {

    /**
     * A record as stored.
     *
     * @param unitsHeld units of the sender's stock reserved for a transfer not shipped yet (0 after shipping or a
     *        refusal)
     * @param serviceDay the day of a support trip, or of the diverted customer's job
     */
    public record RecordRow(String id, RecordKind kind, String requester, String helper, String part,
            Integer quantity, String technician, OffsetDateTime windowFrom, OffsetDateTime windowTo,
            LocalDate serviceDay, Status status, int unitsHeld, int unitsShipped, int unitsReceived, String planId,
            String createdBy,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        public boolean involves(String store) {
            return requester.equals(store) || helper.equals(store);
        }
    }

    /** Filters for listing records; {@code null} means any. */
    public record Filter(RecordKind kind, Status status, String store, int limit) {
    }

    private static final String COLUMNS = "id, kind, requester, helper, part, quantity, technician, window_from, "
            + "window_to, service_day, status, units_held, units_shipped, units_received, plan_id, created_by, created_at, "
            + "updated_at";

    private LedgerStore() {
    }

    public static void insert(Tx tx, RecordRow row) throws SQLException {
        tx.update("INSERT INTO ledger_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.id(), row.kind().name(), row.requester(), row.helper(), row.part(), row.quantity(),
                row.technician(), row.windowFrom(), row.windowTo(), row.serviceDay(), row.status().name(),
                row.unitsHeld(), row.unitsShipped(), row.unitsReceived(), row.planId(), row.createdBy(), row.createdAt(), row.updatedAt());
    }

    /** Locks a record until the transaction ends. */
    public static Optional<RecordRow> lock(Tx tx, String id) throws SQLException {
        return tx.one("SELECT " + COLUMNS + " FROM ledger_record WHERE id = ? FOR UPDATE", LedgerStore::row, id);
    }

    public static Optional<RecordRow> find(Tx tx, String id) throws SQLException {
        return tx.one("SELECT " + COLUMNS + " FROM ledger_record WHERE id = ?", LedgerStore::row, id);
    }

    /** Moves a locked record to {@code status}, with its units held, shipped and received after the step. */
    public static void setStatus(Tx tx, RecordRow row, Status status, int unitsHeld, int unitsShipped,
            int unitsReceived, OffsetDateTime at) throws SQLException {
        tx.update("UPDATE ledger_record SET status = ?, units_held = ?, units_shipped = ?, units_received = ?, "
                + "updated_at = ? WHERE id = ?", status.name(), unitsHeld, unitsShipped, unitsReceived, at, row.id());
    }

    public static void appendEvent(Tx tx, LedgerEvent event, String actor) throws SQLException {
        tx.update("INSERT INTO ledger_event (record_id, status, actor, at, event) VALUES (?, ?, ?, ?, ?)",
                event.id().value(), event.target().name(), actor, event.at(), LedgerJson.toLine(event));
    }

    public static List<RecordRow> list(Tx tx, Filter filter) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM ledger_record WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.kind() != null) {
            sql.append(" AND kind = ?");
            parameters.add(filter.kind().name());
        }
        if (filter.status() != null) {
            sql.append(" AND status = ?");
            parameters.add(filter.status().name());
        }
        if (filter.store() != null) {
            sql.append(" AND (requester = ? OR helper = ?)");
            parameters.add(filter.store());
            parameters.add(filter.store());
        }
        sql.append(" ORDER BY created_at DESC, id LIMIT ").append(filter.limit());
        return tx.list(sql.toString(), LedgerStore::row, parameters.toArray());
    }

    /** Support trips of a technician that hold them (accepted or under way), for the double-booking check. */
    public static List<RecordRow> activeTrips(Tx tx, String technician) throws SQLException {
        return tx.list("SELECT " + COLUMNS + " FROM ledger_record WHERE technician = ? AND status IN "
                + "('ACCEPTED', 'IN_PROGRESS')", LedgerStore::row, technician);
    }

    /** The history of one record: (status, actor, at) per step, oldest first. */
    public record Step(Status status, String actor, OffsetDateTime at) {
    }

    public static List<Step> history(Tx tx, String id) throws SQLException {
        return tx.list("SELECT status, actor, at FROM ledger_event WHERE record_id = ? ORDER BY seq",
                row -> new Step(Status.valueOf(row.getString("status")), row.getString("actor"),
                        Tx.time(row, "at")), id);
    }

    /** Every ledger event, in the order applied, grouped by record in the order records were first requested. */
    public static Map<String, List<LedgerEvent>> events(Tx tx) throws SQLException {
        Map<String, List<LedgerEvent>> byRecord = new LinkedHashMap<>();
        StringBuilder lines = new StringBuilder();
        List<String> ids = tx.list("SELECT record_id, event FROM ledger_event ORDER BY seq", row -> {
            lines.append(row.getString("event")).append('\n');
            return row.getString("record_id");
        });
        List<LedgerEvent> events = LedgerJson.read(lines.toString(), "the database").events();
        for (int i = 0; i < events.size(); i++) {
            byRecord.computeIfAbsent(ids.get(i), key -> new ArrayList<>()).add(events.get(i));
        }
        return byRecord;
    }

    private static RecordRow row(ResultSet row) throws SQLException {
        int quantity = row.getInt("quantity");
        Integer boxed = row.wasNull() ? null : quantity;
        return new RecordRow(row.getString("id"), RecordKind.valueOf(row.getString("kind")),
                row.getString("requester"), row.getString("helper"), row.getString("part"), boxed,
                row.getString("technician"), Tx.time(row, "window_from"), Tx.time(row, "window_to"),
                Tx.date(row, "service_day"), Status.valueOf(row.getString("status")), row.getInt("units_held"),
                row.getInt("units_shipped"), row.getInt("units_received"), row.getString("plan_id"), row.getString("created_by"), Tx.time(row, "created_at"),
                Tx.time(row, "updated_at"));
    }
}
