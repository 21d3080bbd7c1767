package dev.tandem.service.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import dev.tandem.service.Json;
import dev.tandem.service.ServiceException;
import dev.tandem.service.auth.Principal;
import dev.tandem.service.flow.Action;
import dev.tandem.service.flow.ActionRunner;
import dev.tandem.service.flow.ActionRunner.Outcome;
import io.javalin.http.Context;

/** The request-side helpers every route uses: who asks, the body's fields, query parameters, and replies. */
final class Exchange {

    static final String PRINCIPAL = "tandem.principal";
    private static final int MAX_KEY_LENGTH = 200;

    private Exchange() {
    }

    static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw ServiceException.unauthorized("This endpoint needs a bearer token.\nLog in with POST /api/login.");
        }
        return principal;
    }

    /**
     * Whether the request is still being served. Jetty recycles a request once it is finished (the client went, or
     * the server stopped), after which reading it fails; a stream's sender must then leave it alone.
     */
    static boolean alive(Context ctx) {
        try {
            ctx.req().getMethod();
            ctx.res().isCommitted();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static Fields fields(Context ctx, String... allowed) {
        return Fields.of(ctx.bodyAsBytes(), new LinkedHashSet<>(List.of(allowed)));
    }

    /** Runs a state-changing action, idempotent under the request's {@code Idempotency-Key}, and replies. */
    static void act(Context ctx, ActionRunner runner, Action action) {
        Principal principal = principal(ctx);
        Optional<String> key = Optional.ofNullable(ctx.header("Idempotency-Key")).map(String::strip);
        if (key.isPresent() && (key.get().isEmpty() || key.get().length() > MAX_KEY_LENGTH
                || !key.get().chars().allMatch(c -> c > 32 && c < 127))) {
            throw ServiceException.invalid("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters", key.get());
        }
        Outcome outcome = runner.run(principal, key, hash(ctx), action);
        if (outcome.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        ctx.status(outcome.status()).contentType("application/json").result(outcome.body());
    }

    static void json(Context ctx, Object body) {
        ctx.contentType("application/json").result(Json.write(body));
    }

    static Optional<String> query(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    static String requiredQuery(Context ctx, String name, String example) {
        return query(ctx, name).orElseThrow(() -> ServiceException.invalid(name, "is a required query parameter, "
                + "such as " + name + "=" + example, null));
    }

    static int intQuery(Context ctx, String name, int fallback, int min, int max) {
        Optional<String> text = query(ctx, name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the rule
        }
        throw ServiceException.invalid(name, "must be a whole number from " + min + " to " + max, text.get());
    }

    static LocalDate dateQuery(Context ctx, String name, LocalDate fallback) {
        Optional<String> text = query(ctx, name);
        try {
            return text.map(LocalDate::parse).orElse(fallback);
        } catch (DateTimeParseException e) {
            throw ServiceException.invalid(name, "must be a date such as 2026-11-27", text.get());
        }
    }

    static <E extends Enum<E>> Optional<E> enumQuery(Context ctx, String name, Class<E> type) {
        Optional<String> text = query(ctx, name);
        try {
            return text.map(value -> Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalid(name, "must be one of " + List.of(type.getEnumConstants()),
                    text.get());
        }
    }

    private static String hash(Context ctx) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((ctx.method() + " " + ctx.path() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(ctx.bodyAsBytes());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime.", e);
        }
    }
}
