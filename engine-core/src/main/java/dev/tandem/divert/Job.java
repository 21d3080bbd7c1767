package dev.tandem.divert;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;

/**
 * A customer's job of the day at a store, the unit of customer diversion (SOP 3).
 *
 * @param id unique among the day's jobs
 * @param store the store the customer booked or walked into
 * @param duration bay time the job takes, positive
 * @param skill the skill the job needs, such as {@code BODY_PAINT}
 * @param booked the booked start, or empty for a walk-in; a job booked before the snapshot's time is in the bay
 *     already and is not diverted
 * @param maxDrive the longest drive to another store the customer accepts, positive
 * @param vip whether the customer is a VIP, whose long wait risks more
 */
public record Job(JobId id, StoreId store, Duration duration, Skill skill, Optional<OffsetDateTime> booked,
        Duration maxDrive, boolean vip) {

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(booked, "booked");
        Objects.requireNonNull(maxDrive, "maxDrive");
        checkArgument(duration.compareTo(Duration.ZERO) > 0, "The duration (%s) of job (%s) must be positive.",
                duration, id);
        checkArgument(maxDrive.compareTo(Duration.ZERO) > 0, "The maxDrive (%s) of job (%s) must be positive.",
                maxDrive, id);
    }

    /** A walk-in who accepts a drive of up to an hour. */
    public static Job walkIn(String id, String store, double hours, Skill skill) {
        return new Job(JobId.of(id), StoreId.of(store), Duration.ofMinutes(Math.round(hours * 60)), skill,
                Optional.empty(), Duration.ofHours(1), false);
    }

    public boolean isWalkIn() {
        return booked.isEmpty();
    }

    /** The bay time in whole minutes, the load of the job on a store. */
    public long bayMinutes() {
        return duration.toMinutes();
    }
}
