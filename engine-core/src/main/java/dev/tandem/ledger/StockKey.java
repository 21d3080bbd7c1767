package dev.tandem.ledger;

import java.util.Comparator;
import java.util.Objects;

import dev.tandem.model.PartNumber;
import dev.tandem.model.StoreId;

/**
 * A place in the stock book: one part at one store. Ordered by store, then part.
 *
 * @param store the store
 * @param part the part
 */
public record StockKey(StoreId store, PartNumber part) implements Comparable<StockKey> {

    private static final Comparator<StockKey> ORDER =
            Comparator.comparing(StockKey::store).thenComparing(StockKey::part);

    public StockKey {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(part, "part");
    }

    @Override
    public int compareTo(StockKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return part + "@" + store;
    }
}
