package dev.tandem.model;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A half-open interval of time {@code [from, to)}, such as a technician's support window (本周可支援时间).
 * A valid snapshot holds only windows whose end is after their start.
 *
 * @param from inclusive start
 * @param to exclusive end
 */
public record TimeWindow(OffsetDateTime from, OffsetDateTime to) {

    public TimeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public static TimeWindow of(OffsetDateTime from, OffsetDateTime to) {
        return new TimeWindow(from, to);
    }

    /** Whether the end is strictly after the start. */
    public boolean isValid() {
        return to.isAfter(from);
    }

    public Duration duration() {
        return Duration.between(from, to);
    }

    /** Whether {@code other} lies entirely inside this window. */
    public boolean contains(TimeWindow other) {
        return !other.from.isBefore(from) && !other.to.isAfter(to);
    }

    /** Whether the two windows share some instant. */
    public boolean overlaps(TimeWindow other) {
        return from.isBefore(other.to) && other.from.isBefore(to);
    }
}
