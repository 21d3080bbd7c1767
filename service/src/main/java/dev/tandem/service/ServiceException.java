package dev.tandem.service;

import java.util.List;
import java.util.Objects;

import dev.tandem.network.InvalidInputException;

/**
 * A request the service refuses, with what the client should see: an HTTP status, a problem type, a one-line
 * title and a detail naming the values involved (RFC 9457 problem details). Never carries a stack trace to the
 * client: the HTTP layer writes only these fields.
 */
public final class ServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One rule a request broke: where (a JSON pointer or a parameter name), which rule, and the value given. */
    public record FieldError(String field, String rule, String value) {

        public FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(rule, "rule");
        }
    }

    private final int status;
    private final String type;
    private final String title;
    private final transient List<FieldError> errors;

    private ServiceException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ServiceException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? describe(errors.get(0))
                : errors.size() + " fields break their rules; the first: " + describe(errors.get(0));
        return new ServiceException(422, "validation", "The request is not valid.", detail, errors);
    }

    /** The library's input errors (a request, job or history document) as field errors with JSON pointers. */
    public static ServiceException invalid(InvalidInputException e) {
        return invalid(e.problems().stream().limit(100).map(problem -> new FieldError(
                "/" + problem.path().replaceAll("\\[(\\d+)]", "/$1").replace('.', '/'), problem.message(), null))
                .toList());
    }

    public static ServiceException invalid(String field, String rule, String value) {
        return invalid(List.of(new FieldError(field, rule, value)));
    }

    public static ServiceException badRequest(String detail) {
        return new ServiceException(400, "bad-request", "The request cannot be read.", detail, List.of());
    }

    public static ServiceException unauthorized(String detail) {
        return new ServiceException(401, "unauthorized", "Log in first.", detail, List.of());
    }

    public static ServiceException forbidden(String detail) {
        return new ServiceException(403, "forbidden", "Not allowed for this user.", detail, List.of());
    }

    public static ServiceException notFound(String detail) {
        return new ServiceException(404, "not-found", "Not found.", detail, List.of());
    }

    /** The action does not fit the current state (stock taken, record already answered): 409. */
    public static ServiceException conflict(String type, String detail) {
        return new ServiceException(409, type, "The action conflicts with the current state.", detail, List.of());
    }

    public static ServiceException of(int status, String type, String title, String detail) {
        return new ServiceException(status, type, title, detail, List.of());
    }

    public int status() {
        return status;
    }

    /** The last segment of the problem type URI, such as {@code validation} or {@code insufficient-stock}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(FieldError error) {
        return error.field() + ": " + error.rule() + (error.value() == null ? "" : " (was " + error.value() + ")");
    }
}
