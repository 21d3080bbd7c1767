package dev.tandem.service.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The change log: every committed action appends one {@link Change} under the next sequence number, in the same
 * transaction. Writers take the single counter row's lock last, just before commit, so sequence numbers are
 * handed out in commit order and a follower that has read up to {@code n} has missed nothing below it. On
 * PostgreSQL the append also sends a {@code NOTIFY}, delivered to listening instances on commit.
 */
public final class ChangeLog {

    /** The PostgreSQL notification channel instances listen on. */
    public static final String CHANNEL = "tandem_changes";

    /** One logged change. */
    public record Entry(long seq, OffsetDateTime at, Change change) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule());

    private ChangeLog() {
    }

    /** Appends {@code change}; call last in the transaction. Returns its sequence number. */
    public static long append(Tx tx, OffsetDateTime at, Change change) throws SQLException {
        long seq = tx.one("SELECT seq FROM change_counter WHERE id = 1 FOR UPDATE", row -> row.getLong(1))
                .orElseThrow() + 1;
        tx.update("UPDATE change_counter SET seq = ? WHERE id = 1", seq);
        tx.update("INSERT INTO change_log (seq, at, type, payload) VALUES (?, ?, ?, ?)", seq, at, change.type(),
                write(change));
        if (tx.dialect() == Database.Dialect.POSTGRESQL) {
            tx.update("NOTIFY " + CHANNEL + ", '" + seq + "'");
        }
        return seq;
    }

    /** Changes after {@code seq}, oldest first, at most {@code limit}. */
    public static List<Entry> since(Tx tx, long seq, int limit) throws SQLException {
        return tx.list("SELECT seq, at, payload FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?",
                row -> new Entry(row.getLong("seq"), Tx.time(row, "at"), read(row.getString("payload"))), seq, limit);
    }

    /** The last sequence number handed out. */
    public static long last(Tx tx) throws SQLException {
        return tx.one("SELECT seq FROM change_counter WHERE id = 1", row -> row.getLong(1)).orElse(0L);
    }

    private static String write(Change change) {
        try {
            return JSON.writeValueAsString(change);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Change read(String payload) {
        try {
            return JSON.readValue(payload, Change.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
