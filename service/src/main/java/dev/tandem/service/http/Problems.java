package dev.tandem.service.http;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tandem.service.Json;
import dev.tandem.service.ServiceException;
import dev.tandem.service.ServiceException.FieldError;
import dev.tandem.service.store.DatabaseException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * Writes every error as RFC 9457 problem details ({@code application/problem+json}): {@code type} (a relative URI
 * such as {@code /problems/validation}), {@code title}, {@code status}, {@code detail}, {@code instance} (the
 * request path) and, for invalid input, {@code errors}: at most {@value #MAX_ERRORS} of {@code {field, rule,
 * value}}. No stack trace or class name reaches the client; unexpected failures are logged with theirs.
 */
final class Problems {

    static final String CONTENT_TYPE = "application/problem+json";
    static final int MAX_ERRORS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    static void write(Context ctx, ServiceException problem) {
        write(ctx, problem.status(), problem.type(), problem.title(), problem.detail(), problem.errors());
        if (problem.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"tandem\"");
        }
    }

    static void write(Context ctx, HttpResponseException e) {
        int status = e.getStatus();
        switch (status) {
            case 404 -> write(ctx, 404, "not-found", "Not found.", "There is no resource at " + ctx.path() + ".",
                    List.of());
            case 405 -> write(ctx, 405, "method-not-allowed", "Method not allowed.", ctx.method() + " is not "
                    + "allowed on " + ctx.path() + ".", List.of());
            case 413 -> write(ctx, 413, "payload-too-large", "The request body is too large.", "The body is over "
                    + "the limit of " + ApiServer.MAX_BODY_BYTES / 1024 + " KiB.", List.of());
            default -> write(ctx, status, "http-" + status, "The request failed.", safe(e.getMessage()), List.of());
        }
    }

    static void write(Context ctx, DatabaseException e) {
        LOG.error("Database failure on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
        write(ctx, 503, "database-unavailable", "The database is unavailable.", "The action was not done; "
                + "retry it (with the same Idempotency-Key) in a moment.", List.of());
    }

    /**
     * Answers an unexpected failure with a plain 500 and logs it with its stack trace. A request that is gone (the
     * client went away, or the server stopped, and Jetty recycled it) is not answered and only logged at debug
     * level; a response already under way (an event stream) cannot take a problem document, so the failure is only
     * logged.
     */
    static void unexpected(Context ctx, Exception e) {
        if (!Exchange.alive(ctx)) {
            LOG.debug("A request that is gone failed: {}", e.toString());
            return;
        }
        if (ctx.res().isCommitted()) {
            LOG.error("Unexpected failure on {} {} after its response started", ctx.method(), ctx.path(), e);
            return;
        }
        LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        write(ctx, 500, "internal", "Internal error.", "The server failed on this request; nothing was done "
                + "that was not acknowledged. The failure is logged.", List.of());
    }

    static void write(Context ctx, int status, String type, String title, String detail, List<FieldError> errors) {
        ObjectNode body = Json.MAPPER.createObjectNode()
                .put("type", "/problems/" + type.toLowerCase(Locale.ROOT))
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.path());
        if (!errors.isEmpty()) {
            ArrayNode list = body.putArray("errors");
            for (FieldError error : errors.subList(0, Math.min(MAX_ERRORS, errors.size()))) {
                ObjectNode item = list.addObject().put("field", error.field()).put("rule", error.rule());
                if (error.value() != null) {
                    item.put("value", shorten(error.value()));
                }
            }
            if (errors.size() > MAX_ERRORS) {
                body.put("errorsOmitted", errors.size() - MAX_ERRORS);
            }
        }
        ctx.status(status).contentType(CONTENT_TYPE).result(Json.write(body));
    }

    private static String safe(String message) {
        return message == null || message.isBlank() ? "The request failed." : shorten(message);
    }

    private static String shorten(String value) {
        return value.length() <= 200 ? value : value.substring(0, 200) + "...";
    }
}
