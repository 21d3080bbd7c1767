package dev.tandem.rebalance;

import java.util.Objects;

import dev.tandem.model.PartNumber;
import dev.tandem.model.StoreId;

/**
 * A shortage a plan leaves uncovered, and why.
 *
 * @param store the store still short
 * @param part the part
 * @param units units still short of the store's target
 * @param backorderUnits of which customers are waiting for
 * @param why the reason a person reads, such as {@code freight exceeds what the units are worth}
 */
public record Shortfall(StoreId store, PartNumber part, int units, int backorderUnits, String why) {

    public Shortfall {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(why, "why");
    }
}
