package dev.tandem.match;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;

/**
 * An overloaded store looks for a nearby store to take a customer (SOP 3, customer diversion).
 *
 * @param store the overloaded store
 * @param jobHours workshop hours the customer's job takes
 * @param skill the skill the job needs
 * @param date the day of the job
 * @param maxDrive the longest drive a customer is offered
 * @param limit how many ranked stores to return, 1 or more
 */
public record ReceivingRequest(StoreId store, double jobHours, Skill skill, LocalDate date, Duration maxDrive,
        int limit) {

    /** A customer is not sent more than an hour away unless asked. */
    public static final Duration DEFAULT_MAX_DRIVE = Duration.ofHours(1);

    public ReceivingRequest {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(maxDrive, "maxDrive");
        checkArgument(jobHours > 0 && Double.isFinite(jobHours), "The jobHours (%s) must be positive.", jobHours);
        checkArgument(!maxDrive.isNegative(), "The maxDrive (%s) must not be negative.", maxDrive);
        checkArgument(limit >= 1, "The limit (%s) must be 1 or more.", limit);
    }

    /** The 5 nearest stores within an hour's drive. */
    public static ReceivingRequest of(StoreId store, double jobHours, Skill skill, LocalDate date) {
        return new ReceivingRequest(store, jobHours, skill, date, DEFAULT_MAX_DRIVE, 5);
    }

    public ReceivingRequest withMaxDrive(Duration drive) {
        return new ReceivingRequest(store, jobHours, skill, date, drive, limit);
    }

    double maxDriveMinutes() {
        return maxDrive.toSeconds() / 60.0;
    }
}
