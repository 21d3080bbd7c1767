package dev.tandem.deadstock;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import dev.tandem.model.Part;
import dev.tandem.model.StockLevel;

/**
 * When stock is dead. Free stock (on hand, not reserved) is dead
 * <ul>
 * <li>whole, when it has not moved for {@code idleDays} or more (the last movement {@code idleDays} or more days
 *     before today; an unknown last movement is not idle), or</li>
 * <li>in part, when it would last more than {@code coverDays} at its average demand: the whole units beyond
 *     {@code ceil(demand × coverDays)}, if any; with no demand at all, the cover is infinite and every free unit
 *     is dead.</li>
 * </ul>
 * The playbook names dead stock (呆滞) and the pile that shows it (某个店库存特别高) but gives no days; 90 days
 * without movement is the usual after-sales threshold, and half a year of cover is a pile no forecast error
 * explains.
 *
 * @param idleDays days without movement that make stock dead, 1 or more
 * @param coverDays days of demand beyond which stock is dead, 1 or more
 */
public record DeadStockRule(int idleDays, int coverDays) {

    /** 90 days without movement, or more than 180 days of cover. */
    public static final DeadStockRule DEFAULT = new DeadStockRule(90, 180);

    public DeadStockRule {
        checkArgument(idleDays >= 1, "The idleDays (%s) must be 1 or more.", idleDays);
        checkArgument(coverDays >= 1, "The coverDays (%s) must be 1 or more.", coverDays);
    }

    /** The dead stock of {@code level} on {@code today}, empty when none of it is dead. */
    public Optional<DeadStockItem> apply(StockLevel level, Part part, LocalDate today) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(part, "part");
        checkArgument(level.part().equals(part.number()), "The stock level is of part (%s), not of (%s).",
                level.part(), part.number());
        int free = level.available();
        if (free == 0) {
            return Optional.empty();
        }
        Optional<Long> daysIdle = level.daysIdle(today);
        boolean idle = daysIdle.map(days -> days >= idleDays).orElse(false);
        // whole units beyond the cover: 2 units at 0.011 a day last 182 days, but 180 days take both
        int excess = free - coverUnits(level.avgDailyDemand());
        boolean excessCover = excess > 0;
        if (!idle && !excessCover) {
            return Optional.empty();
        }
        int units = idle ? free : excess;
        return Optional.of(new DeadStockItem(level.store(), part, units, part.unitCost().times(units), daysIdle,
                level.daysOfCover(), idle, excessCover));
    }

    /** Units {@code coverDays} of demand take, rounded up: what a store may keep. */
    private int coverUnits(double avgDailyDemand) {
        return (int) Math.min(Integer.MAX_VALUE, (long) Math.ceil(avgDailyDemand * coverDays - 1e-9));
    }
}
