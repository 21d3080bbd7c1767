package dev.tandem.travel;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;

/**
 * One drive from a store to another.
 *
 * @param distanceKm road distance in kilometres, finite and not negative
 * @param driveMinutes drive time in minutes, finite and not negative
 */
public record Leg(double distanceKm, double driveMinutes) {

    public static final Leg ZERO = new Leg(0, 0);

    public Leg {
        checkArgument(Double.isFinite(distanceKm) && distanceKm >= 0,
                "The distanceKm (%s) of a leg must be a finite number, 0 or more.", distanceKm);
        checkArgument(Double.isFinite(driveMinutes) && driveMinutes >= 0,
                "The driveMinutes (%s) of a leg must be a finite number, 0 or more.", driveMinutes);
    }

    /** The drive time rounded to whole seconds. */
    public Duration driveTime() {
        return Duration.ofSeconds(Math.round(driveMinutes * 60));
    }
}
