package dev.tandem.service.http;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import dev.tandem.model.TimeWindow;
import dev.tandem.service.ServiceException;
import io.javalin.http.Context;

/** Query parameters beyond names: the time window of {@code from} and {@code to}. */
final class Lookups {

    private Lookups() {
    }

    /** The window in the {@code from} and {@code to} parameters, when both are given. */
    static Optional<TimeWindow> window(Context ctx) {
        Optional<String> from = Exchange.query(ctx, "from");
        Optional<String> to = Exchange.query(ctx, "to");
        if (from.isEmpty() && to.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime start = time(from, "from");
        OffsetDateTime end = time(to, "to");
        if (!end.isAfter(start)) {
            throw ServiceException.invalid("to", "must be after from", to.get());
        }
        return Optional.of(TimeWindow.of(start, end));
    }

    private static OffsetDateTime time(Optional<String> text, String name) {
        if (text.isEmpty()) {
            throw ServiceException.invalid(name, "is required with the other end of the window", null);
        }
        try {
            return OffsetDateTime.parse(text.get());
        } catch (DateTimeParseException e) {
            throw ServiceException.invalid(name, "must be a time with offset such as 2026-11-29T09:00:00+08:00",
                    text.get());
        }
    }
}
