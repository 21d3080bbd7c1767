package dev.tandem.service.store;

import java.sql.SQLException;

/** A database failure the service cannot turn into an answer for the client; logged, shown as a 503. */
public final class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseException(SQLException cause) {
        super("The database failed (SQLState " + cause.getSQLState() + "): " + cause.getMessage(), cause);
    }

    public String sqlState() {
        return ((SQLException) getCause()).getSQLState();
    }
}
