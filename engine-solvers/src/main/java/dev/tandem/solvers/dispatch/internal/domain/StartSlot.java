package dev.tandem.solvers.dispatch.internal.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A moment work may start: a value of {@link RequestAssignment#getStart()}. One slot per distinct moment, shared
 * by every request that may start then. An immutable problem fact; equal only to itself.
 */
public final class StartSlot {

    private final OffsetDateTime time;
    private final long epochSecond;
    private final LocalDate day;

    public StartSlot(OffsetDateTime time) {
        this.time = Objects.requireNonNull(time, "time");
        this.epochSecond = time.toEpochSecond();
        this.day = time.toLocalDate();
    }

    public OffsetDateTime getTime() {
        return time;
    }

    @PlanningId
    public long getEpochSecond() {
        return epochSecond;
    }

    /** The day of the start in its own offset, the day the lending store is short of the technician. */
    public LocalDate getDay() {
        return day;
    }

    @Override
    public String toString() {
        return time.toString();
    }
}
