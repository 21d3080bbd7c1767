package dev.tandem.deadstock;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;

import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.StoreId;

/**
 * The dead stock of one part at one store.
 *
 * @param store the store holding it
 * @param part the part
 * @param units dead units, 1 or more: all free units when idle, else those beyond the cover limit
 * @param value the units at unit cost, exact
 * @param daysIdle days since the last movement, empty when unknown
 * @param daysOfCover days the free stock lasts at the average demand; infinite with no demand
 * @param idle whether it is dead for not moving
 * @param excessCover whether it is dead for lasting too long
 */
public record DeadStockItem(StoreId store, Part part, int units, Money value, Optional<Long> daysIdle,
        double daysOfCover, boolean idle, boolean excessCover) {

    public DeadStockItem {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(daysIdle, "daysIdle");
        checkArgument(units >= 1, "The dead units (%s) of part (%s) at store (%s) must be 1 or more.", units,
                part.number(), store);
        checkArgument(idle || excessCover, "Dead stock is idle, in excess of cover, or both.");
    }

    /** Such as {@code no movement for 120 days}, {@code 400 days of cover} or both, joined by {@code ; }. */
    public String reason() {
        StringBuilder reason = new StringBuilder();
        if (idle) {
            reason.append("no movement for ").append(daysIdle.orElseThrow()).append(" days");
        }
        if (excessCover) {
            reason.append(idle ? "; " : "").append(Double.isInfinite(daysOfCover) ? "no demand"
                    : Math.round(daysOfCover) + " days of cover");
        }
        return reason.toString();
    }
}
