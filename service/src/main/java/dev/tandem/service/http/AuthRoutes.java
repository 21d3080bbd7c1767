package dev.tandem.service.http;

import java.time.OffsetDateTime;
import java.util.Optional;

import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.service.ServiceException;

import dev.tandem.service.auth.Authenticator;
import dev.tandem.service.auth.Authenticator.Login;
import dev.tandem.service.auth.Passwords;
import dev.tandem.service.auth.Principal;
import dev.tandem.service.auth.Role;
import dev.tandem.service.flow.ActionRunner;
import dev.tandem.service.flow.Reply;
import dev.tandem.service.store.UserStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code POST /api/login}, {@code POST /api/logout}, {@code GET /api/me}, and HQ's {@code POST /api/users}. */
final class AuthRoutes {

    private static final int MIN_PASSWORD = 10;

    /** Who a token acts for. */
    record User(String username, String role, String store) {

        static User of(Principal principal) {
            return new User(principal.username(), principal.role().name(), principal.store().orElse(null));
        }
    }

    /** A new bearer token. */
    record Token(String token, String tokenType, OffsetDateTime expiresAt, User user) {
    }

    private final Authenticator authenticator;
    private final ActionRunner runner;
    private final NetworkSnapshot network;

    AuthRoutes(Authenticator authenticator, ActionRunner runner, NetworkSnapshot network) {
        this.authenticator = authenticator;
        this.runner = runner;
        this.network = network;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/login", this::login);
        routes.post("/api/users", this::createUser);
        routes.post("/api/logout", this::logout);
        routes.get("/api/me", ctx -> Exchange.json(ctx, User.of(Exchange.principal(ctx))));
    }

    private void login(Context ctx) {
        Fields fields = Exchange.fields(ctx, "username", "password");
        String username = fields.text("username");
        String password = fields.text("password");
        fields.done();
        Login login = authenticator.login(username, password);
        Exchange.json(ctx, new Token(login.token(), "Bearer", login.expiresAt(), User.of(login.principal())));
    }

    /** HQ creates a user: HQ, or staff of one store. */
    private void createUser(Context ctx) {
        Exchange.principal(ctx).requireHq("create users");
        Fields fields = Exchange.fields(ctx, "username", "password", "role", "store");
        String username = fields.text("username");
        String password = fields.text("password");
        Role role = fields.enumValue("role", Role.class);
        Optional<String> store = fields.optionalText("store");
        if (!username.isEmpty() && !username.matches("[a-z0-9._-]{2,64}")) {
            fields.error("/username", "must be 2 to 64 of a-z, 0-9, dot, dash, underscore", username);
        }
        if (!password.isEmpty() && password.length() < MIN_PASSWORD) {
            fields.error("/password", "must be at least " + MIN_PASSWORD + " characters", null);
        }
        if (role == Role.STORE && store.isEmpty()) {
            fields.error("/store", "is required for STORE users", null);
        } else if (role == Role.HQ && store.isPresent()) {
            fields.error("/store", "must be left out for HQ users", store.get());
        } else if (store.isPresent() && network.findStore(StoreId.of(store.get())).isEmpty()) {
            fields.error("/store", "must be a store of the network", store.get());
        }
        fields.done();
        String hash = Passwords.hash(password);
        Exchange.act(ctx, runner, tx -> {
            if (UserStore.byName(tx.tx(), username).isPresent()) {
                throw ServiceException.conflict("user-exists", "A user (" + username + ") exists already.");
            }
            UserStore.insert(tx.tx(), username, hash, role.name(), store.orElse(null), false);
            return Reply.created(new User(username, role.name(), store.orElse(null)));
        });
    }

    private void logout(Context ctx) {
        Exchange.principal(ctx);
        authenticator.logout(ApiServer.bearer(ctx).orElseThrow());
        ctx.status(204);
    }
}
