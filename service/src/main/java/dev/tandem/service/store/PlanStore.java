package dev.tandem.service.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Plan jobs: what was asked, how far the solve got, its result, and HQ's decision. */
public final class PlanStore {

    /** A stored plan job. Status is one of {@code PlanStatus}' names. */
    public record PlanRow(String id, String kind, String status, String parameters, String summary, String result,
            String actions, String message, String ownerInstance, String createdBy, OffsetDateTime createdAt,
            OffsetDateTime startedAt, OffsetDateTime finishedAt, long timeLimitMillis, String decidedBy,
            OffsetDateTime decidedAt) {
    }

    private static final String COLUMNS = "id, kind, status, parameters, summary, result, actions, message, owner_instance, "
            + "created_by, created_at, started_at, finished_at, time_limit_ms, decided_by, decided_at";

    private PlanStore() {
    }

    public static void insert(Tx tx, PlanRow row) throws SQLException {
        tx.update("INSERT INTO plan_job (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.id(), row.kind(), row.status(), row.parameters(), row.summary(), row.result(), row.actions(),
                row.message(),
                row.ownerInstance(), row.createdBy(), row.createdAt(), row.startedAt(), row.finishedAt(),
                row.timeLimitMillis(), row.decidedBy(), row.decidedAt());
    }

    public static Optional<PlanRow> find(Tx tx, String id) throws SQLException {
        return tx.one("SELECT " + COLUMNS + " FROM plan_job WHERE id = ?", PlanStore::row, id);
    }

    public static Optional<PlanRow> lock(Tx tx, String id) throws SQLException {
        return tx.one("SELECT " + COLUMNS + " FROM plan_job WHERE id = ? FOR UPDATE", PlanStore::row, id);
    }

    public static List<PlanRow> list(Tx tx, int limit) throws SQLException {
        return tx.list("SELECT " + COLUMNS + " FROM plan_job ORDER BY created_at DESC, id LIMIT " + limit,
                PlanStore::row);
    }

    /** Moves a job from one status to another; returns false when it was not in {@code from} any more. */
    public static boolean move(Tx tx, String id, String from, String to, OffsetDateTime at) throws SQLException {
        String column = switch (to) {
            case "RUNNING" -> "started_at";
            case "APPROVED", "REJECTED" -> "decided_at";
            default -> "finished_at";
        };
        return tx.update("UPDATE plan_job SET status = ?, " + column + " = ? WHERE id = ? AND status = ?", to, at,
                id, from) == 1;
    }

    /** Ends a running job; returns false when it was cancelled meanwhile. */
    public static boolean finish(Tx tx, String id, String status, String summary, String result, String actions,
            String message, OffsetDateTime at) throws SQLException {
        return tx.update("UPDATE plan_job SET status = ?, summary = ?, result = ?, actions = ?, message = ?, "
                + "finished_at = ? WHERE id = ? AND status = 'RUNNING'", status, summary, result, actions, message,
                at, id) == 1;
    }

    public static void decide(Tx tx, String id, String status, String by, String summary, OffsetDateTime at)
            throws SQLException {
        tx.update("UPDATE plan_job SET status = ?, decided_by = ?, decided_at = ?, summary = ? WHERE id = ?", status,
                by, at, summary, id);
    }

    /** Jobs an instance that stopped left queued or running: they will never finish. */
    public static int abandon(Tx tx, String instance, OffsetDateTime at) throws SQLException {
        return tx.update("UPDATE plan_job SET status = 'FAILED', message = 'The instance running the job stopped.', "
                + "finished_at = ? WHERE owner_instance = ? AND status IN ('QUEUED', 'RUNNING')", at, instance);
    }

    private static PlanRow row(ResultSet row) throws SQLException {
        return new PlanRow(row.getString("id"), row.getString("kind"), row.getString("status"),
                row.getString("parameters"), row.getString("summary"), row.getString("result"),
                row.getString("actions"), row.getString("message"), row.getString("owner_instance"), row.getString("created_by"),
                Tx.time(row, "created_at"), Tx.time(row, "started_at"), Tx.time(row, "finished_at"),
                row.getLong("time_limit_ms"), row.getString("decided_by"), Tx.time(row, "decided_at"));
    }
}
