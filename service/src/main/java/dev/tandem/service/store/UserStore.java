package dev.tandem.service.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Users and their bearer tokens. Passwords arrive hashed (bcrypt), tokens as SHA-256 hashes. */
public final class UserStore {

    /** A stored user; {@code store} is null for HQ. */
    public record UserRow(long id, String username, String passwordHash, String role, String store, boolean demo) {
    }

    private UserStore() {
    }

    public static Optional<UserRow> byName(Tx tx, String username) throws SQLException {
        return tx.one("SELECT id, username, password_hash, role, store, demo FROM app_user WHERE username = ?",
                UserStore::row, username);
    }

    public static boolean any(Tx tx) throws SQLException {
        return tx.one("SELECT COUNT(*) FROM app_user", row -> row.getLong(1)).orElse(0L) > 0;
    }

    public static void insert(Tx tx, String username, String passwordHash, String role, String store, boolean demo)
            throws SQLException {
        tx.update("INSERT INTO app_user (username, password_hash, role, store, demo) VALUES (?, ?, ?, ?, ?)", username,
                passwordHash, role, store, demo);
    }

    public static void insertToken(Tx tx, String tokenHash, long userId, OffsetDateTime now, OffsetDateTime expires)
            throws SQLException {
        tx.update("INSERT INTO access_token (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                tokenHash, userId, now, expires);
    }

    /** A live token's user and when the token expires. */
    public record TokenUser(UserRow user, OffsetDateTime expiresAt) {
    }

    /** The user a live token belongs to. */
    public static Optional<TokenUser> byToken(Tx tx, String tokenHash, OffsetDateTime now) throws SQLException {
        return tx.one("SELECT u.id, u.username, u.password_hash, u.role, u.store, u.demo, t.expires_at FROM "
                + "access_token t JOIN app_user u ON u.id = t.user_id WHERE t.token_hash = ? AND t.expires_at > ?",
                row -> new TokenUser(row(row), Tx.time(row, "expires_at")), tokenHash, now);
    }

    public static void deleteToken(Tx tx, String tokenHash) throws SQLException {
        tx.update("DELETE FROM access_token WHERE token_hash = ?", tokenHash);
    }

    public static int deleteExpiredTokens(Tx tx, OffsetDateTime now) throws SQLException {
        return tx.update("DELETE FROM access_token WHERE expires_at <= ?", now);
    }

    private static UserRow row(ResultSet row) throws SQLException {
        return new UserRow(row.getLong("id"), row.getString("username"), row.getString("password_hash"),
                row.getString("role"), row.getString("store"), row.getBoolean("demo"));
    }
}
