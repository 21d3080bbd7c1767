package dev.tandem.service.store;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Idempotency keys: the first request with a key claims it inside its transaction; the stored response answers
 * every retry. Two concurrent requests with one key meet on the primary key: the second waits for the first to
 * commit, then finds its response.
 */
public final class IdempotencyStore {

    /** The response stored for a key, and the hash of the request that made it. */
    public record Stored(String requestHash, int status, String body) {
    }

    /** Thrown when the key is already claimed (SQLState 23505 on both databases). */
    public static final class KeyTaken extends RuntimeException {

        private static final long serialVersionUID = 1L;

        KeyTaken() {
            super(null, null, false, false);
        }
    }

    private IdempotencyStore() {
    }

    public static Optional<Stored> find(Tx tx, long userId, String key) throws SQLException {
        return tx.one("SELECT request_hash, status, body FROM idempotency_key WHERE user_id = ? AND idem_key = ?",
                row -> new Stored(row.getString("request_hash"), row.getInt("status"), row.getString("body")),
                userId, key);
    }

    /**
     * Claims {@code key}; call first in the transaction, since on PostgreSQL a failed insert ends it.
     *
     * @throws KeyTaken if another request holds the key
     */
    public static void claim(Tx tx, long userId, String key, String requestHash, OffsetDateTime now)
            throws SQLException {
        try {
            tx.update("INSERT INTO idempotency_key (user_id, idem_key, request_hash, status, body, created_at) "
                    + "VALUES (?, ?, ?, 0, '', ?)", userId, key, requestHash, now);
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new KeyTaken();
            }
            throw e;
        }
    }

    public static void complete(Tx tx, long userId, String key, int status, String body) throws SQLException {
        tx.update("UPDATE idempotency_key SET status = ?, body = ? WHERE user_id = ? AND idem_key = ?", status, body,
                userId, key);
    }
}
