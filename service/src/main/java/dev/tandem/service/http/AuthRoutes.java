package dev.tandem.service.http;

import java.time.OffsetDateTime;

import dev.tandem.service.auth.Authenticator;
import dev.tandem.service.auth.Authenticator.Login;
import dev.tandem.service.auth.Principal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code POST /api/login}, {@code POST /api/logout}, {@code GET /api/me}. */
final class AuthRoutes {

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

    AuthRoutes(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/login", this::login);
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

    private void logout(Context ctx) {
        Exchange.principal(ctx);
        authenticator.logout(ApiServer.bearer(ctx).orElseThrow());
        ctx.status(204);
    }
}
