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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
    /**
     * Tokens seen lately, so that a busy client does not cost a database read per request. An entry lives
     * {@link #CACHE_MILLIS}: a logout on another instance takes effect there within that time.
     */
    private final Map<String, Cached> recent = new ConcurrentHashMap<>();

    private static final long CACHE_MILLIS = 5_000;
    private static final int CACHE_SIZE = 10_000;

    private record Cached(Principal principal, long until) {
    }

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
        String hash = hash(token);
        long now = clock.millis();
        Cached cached = recent.get(hash);
        if (cached != null && cached.until() > now) {
            return cached.principal();
        }
        Optional<UserStore.TokenUser> user = database.read(tx -> UserStore.byToken(tx, hash,
                OffsetDateTime.now(clock)));
        if (user.isEmpty()) {
            recent.remove(hash);
            throw ServiceException.unauthorized("The bearer token is unknown or expired.\n"
                    + "Log in again with POST /api/login.");
        }
        if (recent.size() >= CACHE_SIZE) {
            recent.clear();
        }
        Principal principal = principal(user.get().user());
        recent.put(hash, new Cached(principal, Math.min(now + CACHE_MILLIS,
                user.get().expiresAt().toInstant().toEpochMilli())));
        return principal;
    }

    public void logout(String token) {
        recent.remove(hash(token));
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
