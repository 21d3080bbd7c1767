package dev.tandem.advise;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

import dev.tandem.model.Level;
import dev.tandem.model.PartNumber;
import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;

/**
 * A customer at a store that cannot serve them at once. Immutable.
 *
 * @param store where the customer is
 * @param at when they ask, the moment every time to service counts from
 * @param jobHours workshop hours the job takes, positive
 * @param skill the skill it needs
 * @param level the lowest level that can do it
 * @param part the part it needs, if any
 */
public record StuckCustomer(StoreId store, OffsetDateTime at, double jobHours, Skill skill, Level level,
        Optional<PartNumber> part) {

    public StuckCustomer {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(part, "part");
        checkArgument(jobHours > 0 && Double.isFinite(jobHours), "The jobHours (%s) of the customer at store (%s) "
                + "must be positive.", jobHours, store);
    }

    /** A customer whose job needs no part. */
    public static StuckCustomer of(StoreId store, OffsetDateTime at, double jobHours, Skill skill, Level level) {
        return new StuckCustomer(store, at, jobHours, skill, level, Optional.empty());
    }

    public StuckCustomer withPart(PartNumber newPart) {
        return new StuckCustomer(store, at, jobHours, skill, level, Optional.of(newPart));
    }
}
