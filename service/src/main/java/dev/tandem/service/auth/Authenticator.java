package dev.tandem.service.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import dev.tandem.service.ServiceException;
import dev.tandem.service.store.Database;
import dev.tandem.service.store.UserStore;
import dev.tandem.service.store.UserStore.UserRow;

/**
 * Logs users in and resolves bearer tokens. A token is 32 random bytes (base64url); the database keeps only its
 * SHA-256 hash and an expiry, so a copy of the database holds no usable token.
 */
public final class Authenticator {

    /** A token just issued: the only time its text is known. */
    public record Login(String token, OffsetDateTime expiresAt, Principal principal) {
    }

    private final Database database;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    public Authenticator(Database database, Clock clock, Duration lifetime) {
        this.database = database;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Checks the password and issues a token; 401 with the same message for a wrong name or password. */
    public Login login(String username, String password) {
        Optional<UserRow> user = database.read(tx -> UserStore.byName(tx, username));
        if (user.isEmpty()) {
            Passwords.burn(password);
            throw wrongCredentials();
        }
        if (!Passwords.matches(password, user.get().passwordHash())) {
            throw wrongCredentials();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expires = now.plus(lifetime);
        database.inTransaction(tx -> {
            UserStore.insertToken(tx, hash(token), user.get().id(), now, expires);
            UserStore.deleteExpiredTokens(tx, now);
            return null;
        });
        return new Login(token, expires, principal(user.get()));
    }

    /** The user of a live token; 401 when the token is unknown or expired. */
    public Principal authenticate(String token) {
        return database.read(tx -> UserStore.byToken(tx, hash(token), OffsetDateTime.now(clock)))
                .map(Authenticator::principal)
                .orElseThrow(() -> ServiceException.unauthorized("The bearer token is unknown or expired.\n"
                        + "Log in again with POST /api/login."));
    }

    public void logout(String token) {
        database.inTransaction(tx -> {
            UserStore.deleteToken(tx, hash(token));
            return null;
        });
    }

    private static Principal principal(UserRow user) {
        return new Principal(user.id(), user.username(), Role.valueOf(user.role()), Optional.ofNullable(user.store()));
    }

    private static ServiceException wrongCredentials() {
        return ServiceException.unauthorized("The username or password is wrong.");
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime.", e);
        }
    }
}
