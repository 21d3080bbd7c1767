package dev.tandem.service.flow;

import java.util.Objects;

/** What an action answers: an HTTP status and a body that serializes to JSON. */
public record Reply(int status, Object body) {

    public Reply {
        Objects.requireNonNull(body, "body");
    }

    public static Reply created(Object body) {
        return new Reply(201, body);
    }

    public static Reply ok(Object body) {
        return new Reply(200, body);
    }

    public static Reply accepted(Object body) {
        return new Reply(202, body);
    }
}
