package dev.tandem.sample;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The size and seed of a generated network.
 *
 * @param stores number of stores, 1 or more
 * @param parts number of parts in the catalogue, 1 or more
 * @param technicians number of technicians, 0 or more
 * @param days days of capacity from {@code asOf}'s date, 1 or more
 * @param seed the random seed; the same spec always gives the same network
 * @param asOf the moment the snapshot describes
 */
public record GeneratorSpec(int stores, int parts, int technicians, int days, long seed, OffsetDateTime asOf) {

    /** Friday 2026-11-27 09:00 in China Standard Time, the moment of the bundled sample. */
    public static final OffsetDateTime DEFAULT_AS_OF = OffsetDateTime.parse("2026-11-27T09:00:00+08:00");

    public GeneratorSpec {
        checkArgument(stores >= 1, "The number of stores (%s) must be 1 or more.", stores);
        checkArgument(parts >= 1, "The number of parts (%s) must be 1 or more.", parts);
        checkArgument(technicians >= 0, "The number of technicians (%s) must be 0 or more.", technicians);
        checkArgument(days >= 1 && days <= 366, "The number of days (%s) must be between 1 and 366.", days);
        Objects.requireNonNull(asOf, "asOf");
    }

    /** A week of capacity from {@link #DEFAULT_AS_OF}. */
    public static GeneratorSpec of(int stores, int parts, int technicians, long seed) {
        return new GeneratorSpec(stores, parts, technicians, 7, seed, DEFAULT_AS_OF);
    }
}
