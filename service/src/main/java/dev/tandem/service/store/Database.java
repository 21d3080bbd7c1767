package dev.tandem.service.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The service's database: a HikariCP pool over H2 (embedded, a file) or PostgreSQL, migrated by Flyway on open.
 * Every state-changing action runs in one {@link #inTransaction transaction}; a deadlock or serialization failure
 * reported by the database is retried a few times, since it means the transaction did nothing.
 *
 * <p>On H2 the transactions that write run one at a time. H2 writes its whole store to the file after each commit,
 * including the changes of transactions still open or still committing on other connections; after a SIGKILL under
 * concurrent writes, the recovery on the next start was seen to keep one part of a transaction and not another (a
 * stock row's hold without its record), most likely for that reason (not traced inside H2). With one writer at a
 * time, every state H2 writes is the state after a whole transaction. PostgreSQL needs no such
 * rule: its write-ahead log makes each transaction all or nothing.
 */
public final class Database implements AutoCloseable {

    /** The two databases the schema is written for. */
    public enum Dialect {
        H2, POSTGRESQL
    }

    /** Work done inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    private static final int RETRIES = 5;

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final String url;
    /** Held while a transaction runs, on H2 only. */
    private final Optional<Lock> writer;

    private Database(HikariDataSource pool, Dialect dialect, String url) {
        this.pool = pool;
        this.dialect = dialect;
        this.url = url;
        this.writer = dialect == Dialect.H2 ? Optional.of(new ReentrantLock(true)) : Optional.empty();
    }

    /** The statements each H2 session keeps parsed. */
    private static final int H2_QUERY_CACHE = 64;

    /**
     * Opens a pool on {@code jdbcUrl} and brings the schema up to date.
     *
     * @throws IllegalArgumentException for a URL that is neither H2 nor PostgreSQL
     */
    public static Database open(String jdbcUrl, int poolSize) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Dialect dialect;
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            dialect = Dialect.H2;
        } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            dialect = Dialect.POSTGRESQL;
        } else {
            throw new IllegalArgumentException("The database URL (" + redact(jdbcUrl) + ") is neither H2 nor "
                    + "PostgreSQL.\nUse jdbc:postgresql://HOST:PORT/DB?user=U&password=P, or leave --db out for the "
                    + "embedded H2 file database.");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        config.setAutoCommit(true);
        config.setPoolName("tandem");
        config.setConnectionTimeout(10_000);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        if (dialect == Dialect.H2 && !jdbcUrl.toUpperCase(Locale.ROOT).contains("QUERY_CACHE_SIZE")) {
            // H2 parses a statement again when it fell out of its session's cache of 8; one stock movement runs
            // about 10 statements, so the default cache missed on almost every one of them under load
            config.addDataSourceProperty("QUERY_CACHE_SIZE", String.valueOf(H2_QUERY_CACHE));
        }
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, dialect, jdbcUrl);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The URL without its password, for logs and start-up messages. */
    public String displayUrl() {
        return redact(url);
    }

    /** The JDBC URL itself, for a dedicated connection such as PostgreSQL's LISTEN. */
    String url() {
        return url;
    }

    DataSource dataSource() {
        return pool;
    }

    /**
     * Runs {@code work} in one transaction and commits; rolls back on any exception. Retried whole on a deadlock
     * or serialization failure, so {@code work} must not act outside the database. On H2 one transaction runs at a
     * time (see the class comment).
     */
    public <T> T inTransaction(Work<T> work) {
        writer.ifPresent(Lock::lock);
        try {
            return attempt(work);
        } finally {
            writer.ifPresent(Lock::unlock);
        }
    }

    private <T> T attempt(Work<T> work) {
        for (int attempt = 1;; attempt++) {
            try (Connection connection = pool.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    T result = work.run(new Tx(connection, dialect));
                    connection.commit();
                    return result;
                } catch (SQLException e) {
                    rollback(connection);
                    if (attempt < RETRIES && retryable(e)) {
                        continue;
                    }
                    throw new DatabaseException(e);
                } catch (RuntimeException | Error e) {
                    rollback(connection);
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new DatabaseException(e);
            }
        }
    }

    /** Runs read-only {@code work} on a connection in auto-commit mode. */
    public <T> T read(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(new Tx(connection, dialect));
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; Hikari evicts it, and the transaction never committed
        }
    }

    private static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        // 40001 serialization failure, 40P01 deadlock (PostgreSQL); H2 reports deadlocks as 40001 too
        return "40001".equals(state) || "40P01".equals(state) || "HYT00".equals(state);
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
