package dev.tandem.service.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.tandem.service.ServiceException;
import dev.tandem.service.auth.Authenticator;
import dev.tandem.service.store.DatabaseException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * The HTTP face of the service on Javalin: REST and JSON under {@code /api}, the OpenAPI document at
 * {@code /openapi.json}, server-sent events at {@code /api/events}. Every request under {@code /api} but the
 * login needs a bearer token; every error is a problem details document.
 */
public final class ApiServer {

    /** Request bodies over this are refused with 413 (plans with their requests are the largest). */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    /** The copy buffer of a response; larger replies (views, the dashboard) go out in several writes. */
    private static final int RESPONSE_BUFFER_BYTES = 8 * 1024;

    /** How long stopping waits for the event streams to end. */
    private static final long STREAMS_END_MILLIS = 2_000;

    private final Javalin app;
    private final List<String> routes;
    private final EventRoutes events;

    private ApiServer(Javalin app, List<String> routes, EventRoutes events) {
        this.app = app;
        this.routes = routes;
        this.events = events;
    }

    /** Builds the server (not started) for the service's parts. */
    public static ApiServer create(String host, int port, Authenticator authenticator, ApiParts parts) {
        String openapi = resource("/dev/tandem/service/openapi.json");
        List<String> routes = new CopyOnWriteArrayList<>();
        EventRoutes events = new EventRoutes(parts.hub(), parts.follower());
        Javalin app = Javalin.create(config -> {
            config.events.handlerAdded(handler -> {
                if (handler.getHttpMethod().isHttpMethod()) {
                    routes.add(handler.getHttpMethod() + " " + handler.getPath());
                }
            });
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            // Javalin copies each result to the response through a buffer of this size, allocated per response:
            // its 32 KB default was a third of all the service allocated under load, for replies of a few KB
            config.http.responseBufferSize = RESPONSE_BUFFER_BYTES;
            config.http.prefer405over404 = true;
            config.jetty.host = host;
            config.jetty.port = port;
            config.routes.before("/api/*", ctx -> authenticate(ctx, authenticator));
            config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
            config.routes.get("/health", ctx -> Exchange.json(ctx, java.util.Map.of("status", "UP")));
            new AuthRoutes(authenticator, parts.runner(), parts.live().base()).register(config.routes);
            new NetworkRoutes(parts.live(), parts.runner(), parts.updates()).register(config.routes);
            new AdviceRoutes(parts.live()).register(config.routes);
            new LedgerRoutes(parts.database(), parts.runner(), parts.transfers(), parts.support(),
                    parts.diversions()).register(config.routes);
            new PlanRoutes(parts.runner(), parts.plans()).register(config.routes);
            new ReportRoutes(parts.reports(), parts.runner(), parts.live()).register(config.routes);
            events.register(config.routes);
            new ConsoleRoutes(parts.live()).register(config);
            config.routes.exception(ServiceException.class, (e, ctx) -> Problems.write(ctx, e));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> Problems.write(ctx, e));
            config.routes.exception(DatabaseException.class, (e, ctx) -> Problems.write(ctx, e));
            config.routes.exception(Exception.class, (e, ctx) -> Problems.unexpected(ctx, e));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    Problems.write(ctx, new HttpResponseException(404));
                }
            });
            config.routes.error(405, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    Problems.write(ctx, new HttpResponseException(405));
                }
            });
        });
        return new ApiServer(app, routes, events);
    }

    /** Every route served, as {@code "GET /api/records/{id}"}: what the OpenAPI document must describe. */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    public ApiServer start() {
        app.start();
        return this;
    }

    /** The port listened on: the one asked for, or the one chosen when 0 was asked for. */
    public int port() {
        return app.port();
    }

    /** Stops the server, ending the open event streams first so that each finishes its request cleanly. */
    public void stop() {
        events.endStreams(STREAMS_END_MILLIS);
        app.stop();
    }

    /** The bearer token of the request: the Authorization header, or {@code ?access_token=} for event streams. */
    static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(header.substring(7).strip()).filter(token -> !token.isEmpty());
        }
        if (ctx.path().equals("/api/events")) {
            return Optional.ofNullable(ctx.queryParam("access_token")).filter(token -> !token.isBlank());
        }
        return Optional.empty();
    }

    private static void authenticate(Context ctx, Authenticator authenticator) {
        if (ctx.path().equals("/api/login")) {
            return;
        }
        String token = bearer(ctx).orElseThrow(() -> ServiceException.unauthorized("This endpoint needs a bearer "
                + "token in the Authorization header.\nLog in with POST /api/login."));
        ctx.attribute(Exchange.PRINCIPAL, authenticator.authenticate(token));
    }

    private static String resource(String name) {
        try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + name + " is missing from the service jar.");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
